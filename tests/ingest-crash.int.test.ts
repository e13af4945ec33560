import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createDuckDbStore } from '@parcours/storage-duckdb'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * DESIGN §6: a 200 from ingestion means the events are durable. The real server (the built CLI) is
 * killed with SIGKILL while 40 batch requests are in flight; after a restart every event of every
 * acknowledged request must be there exactly once, and each request is all there or not at all.
 */
const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'packages', 'cli', 'bin', 'parcours.js')
const folder = mkdtempSync(join(tmpdir(), 'parcours-crash-'))
const db = join(folder, 'crash.duckdb')
const started: ChildProcess[] = []
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  rmSync(folder, { recursive: true, force: true })
})

const CONCURRENCY = 40
const EVENTS_PER_BATCH = 100
/** Every worker stops after this many requests, so the loop is bounded even if the kill never comes. */
const MAX_REQUESTS_PER_WORKER = 200
/** The server is killed once this many requests were acknowledged (a few seconds of load). */
const KILL_AFTER_ACKNOWLEDGED = 1000

const parcours = async (...args: string[]) =>
  (await promisify(execFile)(process.execPath, [bin, ...args, '--db', db], { cwd: folder })).stdout

/** Starts `parcours serve` on a free loopback port and resolves once it prints its URL. */
function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', db], {
    cwd: folder,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const url = /running at (http:\/\/[^\s]+)/.exec(output)?.[1]
      if (url !== undefined) resolve({ child, url })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code, signal) =>
      reject(new Error(`serve exited (${code ?? signal}) before serving:\n${output}`)),
    )
  })
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode })
    else child.once('exit', (code, signal) => resolve({ code, signal }))
  })

const messageId = (request: number, index: number) => `r${request}-e${index}`

function batchBody(request: number): string {
  const batch = Array.from({ length: EVENTS_PER_BATCH }, (_, index) => ({
    type: 'track',
    messageId: messageId(request, index),
    event: index % 2 === 0 ? 'Product Viewed' : 'Order Completed',
    userId: `u${(request * EVENTS_PER_BATCH + index) % 997}`,
    timestamp: new Date(Date.UTC(2026, 0, 1) + request * 1000 + index).toISOString(),
    properties: { request, index },
  }))
  return JSON.stringify({ batch, context: { library: { name: 'crash-test' } } })
}

describe('HTTP ingestion under SIGKILL', () => {
  it('keeps every acknowledged event exactly once, and a re-sent batch adds nothing', async () => {
    const created = JSON.parse(await parcours('project', 'create', 'Crash', '--format', 'json')) as {
      id: string
      writeKey: string
    }
    const headers = {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${created.writeKey}:`).toString('base64')}`,
    }

    const first = await startServer()
    const acknowledged = new Set<number>()
    const cut = new Set<number>()
    const unexpected: string[] = []
    let nextRequest = 0
    let killedAt: number | undefined
    const startedAt = performance.now()

    const worker = async () => {
      for (let n = 0; n < MAX_REQUESTS_PER_WORKER && killedAt === undefined; n++) {
        const request = nextRequest++
        try {
          const response = await fetch(`${first.url}/v1/batch`, { method: 'POST', headers, body: batchBody(request) })
          const text = await response.text()
          if (response.status !== 200 || text !== '{"success":true}') unexpected.push(`${response.status} ${text}`)
          else acknowledged.add(request)
        } catch {
          cut.add(request)
          return
        }
        if (acknowledged.size >= KILL_AFTER_ACKNOWLEDGED && killedAt === undefined) {
          killedAt = performance.now()
          first.child.kill('SIGKILL')
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    expect(await exited(first.child)).toEqual({ code: null, signal: 'SIGKILL' })
    expect(unexpected).toEqual([])
    expect(killedAt).toBeDefined()
    // The kill cut requests in flight: their answer never came.
    expect(cut.size).toBeGreaterThan(0)
    const seconds = ((killedAt ?? 0) - startedAt) / 1000
    console.error(
      `ingest crash test: ${acknowledged.size * EVENTS_PER_BATCH} events acknowledged in ${seconds.toFixed(2)} s ` +
        `(${Math.round((acknowledged.size * EVENTS_PER_BATCH) / seconds)} events/s durable, ${CONCURRENCY} concurrent ` +
        `requests of ${EVENTS_PER_BATCH}); ${cut.size} requests cut by SIGKILL`,
    )

    // Restart on the same file; send an acknowledged batch and a cut one again, as a client retrying would.
    const second = await startServer()
    const resentAcknowledged = [...acknowledged][0] ?? -1
    const resentCut = [...cut][0] ?? -1
    for (const request of [resentAcknowledged, resentCut]) {
      const response = await fetch(`${second.url}/v1/batch`, { method: 'POST', headers, body: batchBody(request) })
      expect(response.status).toBe(200)
    }
    second.child.kill('SIGTERM')
    expect(await exited(second.child)).toEqual({ code: 0, signal: null })

    const store = await createDuckDbStore({ path: db })
    const events = await store.events.list(created.id)
    await store.close()
    const perRequest = new Map<number, number>()
    const seen = new Set<string>()
    const duplicates: string[] = []
    for (const event of events) {
      if (seen.has(event.messageId)) duplicates.push(event.messageId)
      seen.add(event.messageId)
      const request = Number(/^r(\d+)-/.exec(event.messageId)?.[1])
      perRequest.set(request, (perRequest.get(request) ?? 0) + 1)
    }
    expect(duplicates).toEqual([])
    const missing = [...acknowledged].filter((request) => perRequest.get(request) !== EVENTS_PER_BATCH)
    expect(missing).toEqual([])
    const partial = [...perRequest].filter(([, count]) => count !== EVENTS_PER_BATCH)
    expect(partial).toEqual([])
    expect(perRequest.get(resentCut)).toBe(EVENTS_PER_BATCH)
    expect(events.length).toBe(perRequest.size * EVENTS_PER_BATCH)
    expect(events.length).toBeLessThanOrEqual(nextRequest * EVENTS_PER_BATCH)
  })
})
