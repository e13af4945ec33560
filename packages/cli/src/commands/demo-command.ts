import {
  buildDemo,
  DEMO_MAP_ID,
  DEMO_PROJECT,
  type DemoContent,
  type DocumentBodies,
  type DocumentKind,
  type DocumentStore,
  type NewEvent,
  type ParcoursStore,
  toNewEvent,
} from '@parcours/core'
import { resolveDatabasePath } from '@parcours/storage-duckdb'
import type { Command } from 'commander'
import { CliError, type CliIo, parseFormat } from '../cli-io.js'
import { describeStoreError } from '../describe-store-error.js'
import { withStore } from '../open-store.js'

/** What loading the demo did (`parcours demo --format json` prints it). */
export interface DemoLoadSummary {
  /** `skipped` when the demo project was already there and `--force` was not given. */
  readonly status: 'loaded' | 'skipped'
  readonly projectId: string
  readonly projectName: string
  readonly mapId: string
  readonly mapTitle: string
  readonly personaIds: readonly string[]
  /** Events the demo holds, events newly stored, and events already there (stored once). */
  readonly events: { readonly generated: number; readonly inserted: number; readonly duplicates: number }
  /** The project's events and stitched customers after the load. */
  readonly storedEvents: number
  readonly customers: number
  /** A write key created by this load (shown once), null when the project already had an active one. */
  readonly writeKey: string | null
  readonly seconds: number
}

export interface LoadDemoOptions {
  /** Load again when the demo project exists: rewrites its map and personas, stores the events that are missing. */
  readonly force?: boolean
  /** Called as the events are prepared: how many of how many. */
  readonly onProgress?: (done: number, total: number) => void
  /** The demo to load (default: `buildDemo()`, the fixed seed everyone sees). */
  readonly demo?: DemoContent
}

const BATCH = 5000

/**
 * Loads the demo (Maison Lumière: project, personas, measured map, events) into a store. Idempotent:
 * events are stored once (their messageIds are fixed), and an existing demo project is left as it
 * is unless `force` is set.
 */
export async function loadDemo(store: ParcoursStore, options: LoadDemoOptions = {}): Promise<DemoLoadSummary> {
  const started = performance.now()
  const demo = options.demo ?? buildDemo()
  const { project, map, personas } = demo
  const projectId = project.id
  const existing = await store.documents.get({ kind: 'project', projectId, id: projectId })
  const base = {
    projectId,
    projectName: project.name,
    mapId: map.id,
    mapTitle: map.title,
    personaIds: personas.map((persona) => persona.id),
  }
  if (existing.ok && options.force !== true) {
    const stats = await store.events.stats(projectId, { classifier: 'name' })
    return {
      ...base,
      status: 'skipped',
      events: { generated: demo.events.length, inserted: 0, duplicates: 0 },
      storedEvents: stats.events,
      customers: stats.customers,
      writeKey: null,
      seconds: elapsed(started),
    }
  }
  if (!existing.ok) await save(store.documents, 'project', projectId, projectId, project)
  for (const persona of personas) await save(store.documents, 'persona', projectId, persona.id, persona)
  await save(store.documents, 'map', projectId, map.id, map)
  const hasKey = (await store.writeKeys.list(projectId)).some((info) => info.revokedAt === null)
  const writeKey = hasKey ? null : (await store.writeKeys.create(projectId)).key

  const receivedAt = Date.now()
  const events = demo.events
  async function* batches(): AsyncGenerator<readonly NewEvent[]> {
    for (let start = 0; start < events.length; start += BATCH) {
      yield events.slice(start, start + BATCH).map((event) => toNewEvent(event, receivedAt))
      options.onProgress?.(Math.min(events.length, start + BATCH), events.length)
    }
  }
  const appended = await store.importer.importEvents(projectId, batches())
  const identities = await store.identities.recompute(projectId)
  const stats = await store.events.stats(projectId, { classifier: 'name' })
  return {
    ...base,
    status: 'loaded',
    events: { generated: events.length, inserted: appended.inserted, duplicates: appended.duplicates },
    storedEvents: stats.events,
    customers: identities.customers,
    writeKey,
    seconds: elapsed(started),
  }
}

/** Creates a document, or writes a new version of it when it exists. */
async function save<K extends DocumentKind>(
  documents: DocumentStore,
  kind: K,
  projectId: string,
  id: string,
  body: DocumentBodies[K],
): Promise<void> {
  const key = { kind, projectId, id }
  const current = await documents.get(key)
  const written = current.ok
    ? await documents.update(key, body, current.value.version)
    : await documents.create(key, body)
  if (!written.ok) throw new CliError(describeStoreError(written.error))
}

const elapsed = (started: number) => Math.round((performance.now() - started) / 100) / 10
const count = (n: number) => n.toLocaleString('en-US')

/** The summary as a person reads it: what was loaded, and what to do next. */
export function describeDemoLoad(
  summary: DemoLoadSummary,
  dbPath: string,
  options: { readonly nextSteps?: boolean } = {},
): string {
  if (summary.status === 'skipped')
    return [
      `The demo project "${summary.projectId}" (${summary.projectName}) is already in ${dbPath}: ${count(summary.storedEvents)} events, ${count(summary.customers)} customers. Nothing loaded.`,
      'Run `parcours demo --force` to load it again (its map and personas are rewritten; events already there are kept once).',
      '',
    ].join('\n')
  const lines = [
    `Loaded the demo "${summary.projectName}" in ${summary.seconds} s (database ${dbPath}):`,
    `  project   ${summary.projectId}`,
    `  events    ${count(summary.events.inserted)} stored${summary.events.duplicates > 0 ? ` (${count(summary.events.duplicates)} already there)` : ''}; the project holds ${count(summary.storedEvents)}`,
    `  customers ${count(summary.customers)} after identity stitching`,
    `  map       ${summary.mapId} (${summary.mapTitle}), with ${summary.personaIds.length} personas: ${summary.personaIds.join(', ')}`,
  ]
  if (summary.writeKey !== null)
    lines.push(`  write key ${summary.writeKey} (shown once: send more events to /v1/batch with it)`)
  if (options.nextSteps === false) return `${lines.join('\n')}\n`
  lines.push(
    '',
    `Next: \`parcours serve\` and open http://127.0.0.1:3000${demoMeasurePath(summary)}, or measure the map here:`,
    `  parcours analyze measure --map ${summary.mapId} --project ${summary.projectId}`,
    '',
  )
  return lines.join('\n')
}

/** The web app's page of the demo map's measured overlay. */
export function demoMeasurePath(demo: { readonly projectId: string; readonly mapId: string } = DEMO_IDS): string {
  return `/projects/${demo.projectId}/maps/${demo.mapId}/measure`
}
const DEMO_IDS = { projectId: DEMO_PROJECT.id, mapId: DEMO_MAP_ID }

/** Prints a progress line on a terminal (stderr), rewriting itself; nothing elsewhere. */
export function demoProgress(io: CliIo): { update(done: number, total: number): void; done(): void } {
  if (io.isTerminal !== true) return { update: () => {}, done: () => {} }
  let shown = -1
  return {
    update(done, total) {
      const percent = Math.round((done / total) * 100)
      if (percent === shown) return
      shown = percent
      io.stderr(
        done < total
          ? `\rloading the demo: ${String(percent).padStart(3)} % of ${count(total)} events`
          : `\rloading the demo: ${count(total)} events read; storing them and stitching identities…`,
      )
    },
    done() {
      if (shown >= 0) io.stderr('\n')
    },
  }
}

/** `parcours demo [--db] [--force] [--format]`: loads the Maison Lumière demo into the store. */
export function registerDemoCommand(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description(
      `load the demo project (${DEMO_PROJECT.name}: personas, a measured journey map, 50,000 events); safe to run twice`,
    )
    .option('--db <file>', 'database file (default ./.parcours/parcours.duckdb or PARCOURS_DB)')
    .option('--force', 'load it again when the demo project exists (rewrites its map and personas)')
    .option('--format <format>', 'table or json', 'table')
    .action((options: { db?: string; force?: boolean; format: string }) => {
      const format = parseFormat(options.format, ['table', 'json'] as const)
      const dbPath = resolveDatabasePath(options.db, io.env)
      return withStore(io, options, async (store) => {
        if (format === 'table' && (options.force === true || !(await demoExists(store))))
          io.stderr(`loading the demo project "${DEMO_PROJECT.name}"…\n`)
        const progress = demoProgress(io)
        const summary = await loadDemo(store, { force: options.force === true, onProgress: progress.update })
        progress.done()
        io.stdout(format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : describeDemoLoad(summary, dbPath))
      })
    })
}

async function demoExists(store: ParcoursStore): Promise<boolean> {
  return (await store.documents.get({ kind: 'project', projectId: DEMO_PROJECT.id, id: DEMO_PROJECT.id })).ok
}
