import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { readXes, type XesLog, XesReadError, type XesTrace } from './index.js'

/** The shared real data lives beside the repository: ../shared/data from its root. */
const DATA = new URL('../../../../shared/data/', import.meta.url)
const dataFile = (path: string) => new URL(path, DATA)

const scratch = mkdtempSync(join(tmpdir(), 'parcours-xes-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function writeScratch(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

async function readAll(...args: Parameters<typeof readXes>): Promise<XesTrace[]> {
  const traces: XesTrace[] = []
  for await (const trace of readXes(...args)) traces.push(trace)
  return traces
}

async function readError(...args: Parameters<typeof readXes>): Promise<XesReadError> {
  try {
    await readAll(...args)
  } catch (error) {
    if (error instanceof XesReadError) return error
    throw error
  }
  throw new Error('expected an XesReadError')
}

/** The figures an independent recount publishes in `*.recount-stats.json`, computed in one streaming pass. */
interface RecountStats {
  readonly cases: number
  readonly events: number
  readonly activities: number
  readonly eventClassesActivityLifecycle: number
  readonly variantsByActivity: number
  readonly variantsByActivityLifecycle: number
  readonly distinctDFpairs: number
  readonly distinctDFpairsActivityLifecycle: number
  readonly startActivities: Record<string, number>
  readonly endActivities: Record<string, number>
  readonly top5VariantsByActivity: readonly { readonly count: number; readonly variant: string }[]
  readonly top10DF: readonly { readonly pair: string; readonly count: number }[]
}

interface Counts {
  cases: number
  events: number
  traceLengths: number[]
  activities: Set<string>
  classes: Set<string>
  variants: Map<string, number>
  variantsWithLifecycle: Set<string>
  pairs: Map<string, number>
  pairsWithLifecycle: Set<string>
  starts: Map<string, number>
  ends: Map<string, number>
}

const increment = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

/** Counts a log without holding it: only the per-trace figures are kept. */
async function countLog(input: URL): Promise<Counts> {
  const counts: Counts = {
    cases: 0,
    events: 0,
    traceLengths: [],
    activities: new Set(),
    classes: new Set(),
    variants: new Map(),
    variantsWithLifecycle: new Set(),
    pairs: new Map(),
    pairsWithLifecycle: new Set(),
    starts: new Map(),
    ends: new Map(),
  }
  for await (const trace of readXes(input)) {
    expect(trace.index).toBe(counts.cases)
    counts.cases += 1
    counts.events += trace.events.length
    counts.traceLengths.push(trace.events.length)
    const names = trace.events.map((event) => String(event.attributes['concept:name']))
    const classes = trace.events.map(
      (event) => `${String(event.attributes['concept:name'])}+${String(event.attributes['lifecycle:transition'])}`,
    )
    trace.events.forEach((event, index) => {
      expect(event.index).toBe(index)
    })
    for (const name of names) counts.activities.add(name)
    for (const name of classes) counts.classes.add(name)
    increment(counts.variants, names.join('>'))
    counts.variantsWithLifecycle.add(classes.join('>'))
    for (let i = 1; i < names.length; i++) {
      increment(counts.pairs, `${names[i - 1]} -> ${names[i]}`)
      counts.pairsWithLifecycle.add(`${classes[i - 1]} -> ${classes[i]}`)
    }
    if (names.length > 0) {
      increment(counts.starts, names[0] as string)
      increment(counts.ends, names.at(-1) as string)
    }
  }
  return counts
}

function expectRecountFigures(counts: Counts, stats: RecountStats): void {
  expect({
    cases: counts.cases,
    events: counts.events,
    activities: counts.activities.size,
    eventClassesActivityLifecycle: counts.classes.size,
    variantsByActivity: counts.variants.size,
    variantsByActivityLifecycle: counts.variantsWithLifecycle.size,
    distinctDFpairs: counts.pairs.size,
    distinctDFpairsActivityLifecycle: counts.pairsWithLifecycle.size,
  }).toEqual({
    cases: stats.cases,
    events: stats.events,
    activities: stats.activities,
    eventClassesActivityLifecycle: stats.eventClassesActivityLifecycle,
    variantsByActivity: stats.variantsByActivity,
    variantsByActivityLifecycle: stats.variantsByActivityLifecycle,
    distinctDFpairs: stats.distinctDFpairs,
    distinctDFpairsActivityLifecycle: stats.distinctDFpairsActivityLifecycle,
  })
  // The recount lists the most frequent start and end activities (at most ten of each).
  for (const [activity, count] of Object.entries(stats.startActivities)) expect(counts.starts.get(activity)).toBe(count)
  for (const [activity, count] of Object.entries(stats.endActivities)) expect(counts.ends.get(activity)).toBe(count)
  for (const { pair, count } of stats.top10DF) expect(counts.pairs.get(pair)).toBe(count)
  // Long variants are cut with an ellipsis in the recount; the whole ones must match.
  for (const { variant, count } of stats.top5VariantsByActivity.filter((top) => !top.variant.endsWith('…'))) {
    expect(counts.variants.get(variant)).toBe(count)
  }
}

function recountStats(path: string): RecountStats {
  return JSON.parse(readFileSync(dataFile(path), 'utf8')) as RecountStats
}

describe('readXes on the shared real logs', () => {
  it('reads BPIC 2012: 13,087 traces, 262,200 events, 24 activities, 36 with lifecycle, as recounted', async () => {
    const counts = await countLog(dataFile('bpic2012/bpic2012.xes.gz'))
    expect([counts.cases, counts.events, counts.activities.size, counts.classes.size]).toEqual([
      13_087, 262_200, 24, 36,
    ])
    expectRecountFigures(counts, recountStats('bpic2012/bpic2012.recount-stats.json'))
  })

  it('reads receipt: 1,434 traces, 8,577 events, 27 activities, as recounted', async () => {
    const counts = await countLog(dataFile('receipt/receipt.xes.gz'))
    expect([counts.cases, counts.events, counts.activities.size]).toEqual([1_434, 8_577, 27])
    expectRecountFigures(counts, recountStats('receipt/receipt.recount-stats.json'))
  })

  it('reads the running example: 6 traces, 42 events, trace lengths [9, 5, 5, 5, 13, 5] in file order', async () => {
    const counts = await countLog(dataFile('running-example/running-example.xes'))
    expect([counts.cases, counts.events]).toEqual([6, 42])
    expect(counts.traceLengths).toEqual([9, 5, 5, 5, 13, 5])
    expectRecountFigures(counts, recountStats('running-example/running-example.recount-stats.json'))
  })

  it.each([
    [
      'road-traffic-fines-sample/roadtraffic100traces.xes',
      'road-traffic-fines-sample/roadtraffic100traces.recount-stats.json',
    ],
    [
      'road-traffic-fines-sample/roadtraffic_1t_per_variant.xes.gz',
      'road-traffic-fines-sample/roadtraffic_1t_per_variant.recount-stats.json',
    ],
    [
      'bpic2019-variants/bpic2019_1t_per_variant.xes.gz',
      'bpic2019-variants/bpic2019_1t_per_variant.recount-stats.json',
    ],
    [
      'bpic2020-permit-variants/bpic2020_permit_log_1t_per_variant.xes.gz',
      'bpic2020-permit-variants/bpic2020_permit_log_1t_per_variant.recount-stats.json',
    ],
    [
      'hospital-billing-variants/hospital_billing_1t_per_variant.xes.gz',
      'hospital-billing-variants/hospital_billing_1t_per_variant.recount-stats.json',
    ],
  ])('reads %s with the figures of its recount', async (log, stats) => {
    expectRecountFigures(await countLog(dataFile(log)), recountStats(stats))
  })

  it('reads roadtraffic50traces: 51 traces, 201 events, 8 activities, 6 variants (SOURCE.md)', async () => {
    const counts = await countLog(dataFile('road-traffic-fines-sample/roadtraffic50traces.xes'))
    expect([counts.cases, counts.events, counts.activities.size, counts.variants.size]).toEqual([51, 201, 8, 6])
  })

  it('reads the first BPIC 2012 trace with its attributes and epoch-ms timestamps honouring the +02:00 offset', async () => {
    let first: XesTrace | undefined
    for await (const trace of readXes(dataFile('bpic2012/bpic2012.xes.gz'))) {
      first = trace
      break
    }
    expect(first?.attributes).toEqual({
      REG_DATE: '2011-10-01T00:38:44.546+02:00',
      'concept:name': '173688',
      AMOUNT_REQ: '20000',
    })
    expect(first?.events[0]).toEqual({
      attributes: {
        'org:resource': '112',
        'lifecycle:transition': 'COMPLETE',
        'concept:name': 'A_SUBMITTED',
        'time:timestamp': '2011-10-01T00:38:44.546+02:00',
      },
      index: 0,
      // 00:38:44.546 on 1 October at UTC+2 is 22:38:44.546 UTC on 30 September.
      timestamp: Date.UTC(2011, 8, 30, 22, 38, 44, 546),
    })
    expect(first?.events[1]?.timestamp).toBe(Date.UTC(2011, 8, 30, 22, 38, 44, 880))
  })

  it('reads an offset-less date as UTC (road traffic fines) and keeps typed values', async () => {
    const [first] = await readAll(dataFile('road-traffic-fines-sample/roadtraffic50traces.xes'))
    expect(first?.attributes).toEqual({ 'concept:name': 'A1' })
    expect(first?.events[0]).toMatchObject({
      attributes: {
        amount: 35,
        'concept:name': 'Create Fine',
        'time:timestamp': '2006-07-24T00:00:00.000',
        article: 157,
        points: 0,
      },
      timestamp: Date.UTC(2006, 6, 24),
    })
  })

  it('reports the BPIC 2012 log header once, before the first trace, without applying globals to events', async () => {
    const reports: XesLog[] = []
    let tracesBeforeLog = -1
    let traces = 0
    for await (const trace of readXes(dataFile('bpic2012/bpic2012.xes.gz'), {
      onLog: (log) => {
        tracesBeforeLog = traces
        reports.push(log)
      },
    })) {
      traces += 1
      if (trace.index === 1) break
    }
    expect(reports).toHaveLength(1)
    expect(tracesBeforeLog).toBe(0)
    const [log] = reports
    expect(log?.extensions).toHaveLength(11)
    expect(log?.extensions).toContainEqual({
      name: 'Concept',
      prefix: 'concept',
      uri: 'http://www.xes-standard.org/concept.xesext',
    })
    expect(log?.classifiers).toEqual([
      { name: 'Activity classifier', keys: ['concept:name', 'lifecycle:transition'] },
      { name: 'Resource classifier', keys: ['org:resource'] },
    ])
    expect(log?.globals.event).toEqual({
      'time:timestamp': '1970-01-01T00:00:00.000+01:00',
      'lifecycle:transition': 'UNKNOWN',
      'concept:name': 'UNKNOWN',
    })
    expect(log?.globals.trace).toEqual({
      REG_DATE: '1970-01-01T00:00:00.000+01:00',
      AMOUNT_REQ: 'UNKNOWN',
      'concept:name': 'UNKNOWN',
    })
    // A nested log attribute: its own value under `value`, its children beside it.
    expect(log?.attributes['meta_org:resource_events_standard_deviation']).toMatchObject({
      value: 19.944,
      '10609': 2.538,
    })
  })
})

const NESTED = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">
  <trace>
    <string key="concept:name" value="case-1"/>
    <boolean key="vip" value="true"/>
    <event>
      <string key="concept:name" value="visit"/>
      <int key="pages" value="-12"/>
      <float key="spend" value="1.5E2"/>
      <boolean key="returning" value="false"/>
      <id key="identity:id" value="c1d2"/>
      <date key="time:timestamp" value="2024-03-01T10:00:00Z"/>
      <string key="channel" value="web">
        <string key="source" value="newsletter"/>
        <int key="campaign" value="7">
          <string key="owner" value="ops"/>
        </int>
      </string>
      <list key="tags">
        <values>
          <string key="tag" value="a"/>
          <int key="tag" value="2"/>
        </values>
      </list>
      <list key="legacy">
        <string key="x" value="p"/>
        <string key="y" value="q"/>
      </list>
      <container key="device">
        <string key="os" value="linux"/>
        <boolean key="mobile" value="0"/>
      </container>
    </event>
  </trace>
</log>`

describe('readXes on small documents', () => {
  it('reads every attribute type, nested attributes, lists and containers', async () => {
    const [trace] = await readAll(writeScratch('nested.xes', NESTED))
    expect(trace).toEqual({
      attributes: { 'concept:name': 'case-1', vip: true },
      index: 0,
      events: [
        {
          index: 0,
          timestamp: Date.UTC(2024, 2, 1, 10),
          attributes: {
            'concept:name': 'visit',
            pages: -12,
            spend: 150,
            returning: false,
            'identity:id': 'c1d2',
            'time:timestamp': '2024-03-01T10:00:00Z',
            channel: { value: 'web', source: 'newsletter', campaign: { value: 7, owner: 'ops' } },
            tags: ['a', 2],
            legacy: ['p', 'q'],
            device: { os: 'linux', mobile: false },
          },
        },
      ],
    })
  })

  it('reads an offset-less date as UTC and leaves the timestamp out when the date is invalid', async () => {
    const [trace] = await readAll(
      Readable.from([
        `<log><trace><event><date key="time:timestamp" value="2011-10-01T00:38:44.546"/></event>`,
        `<event><date key="time:timestamp" value="yesterday"/></event></trace></log>`,
      ]),
    )
    expect(trace?.events[0]?.timestamp).toBe(Date.UTC(2011, 9, 1, 0, 38, 44, 546))
    expect(trace?.events[1]).toEqual({ attributes: { 'time:timestamp': 'yesterday' }, index: 1 })
    expect(trace?.events[1] && 'timestamp' in trace.events[1]).toBe(false)
  })

  it('yields traces in file order with their positions, and reports globals without applying them', async () => {
    const logs: XesLog[] = []
    const traces = await readAll(
      Readable.from(
        `<log><string key="source" value="crm"/>
          <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
          <global scope="event"><string key="org:resource" value="UNKNOWN"/></global>
          <global><string key="concept:name" value="__INVALID__"/></global>
          <global scope="trace"><string key="concept:name" value="?"/></global>
          <classifier name="Activity" keys="'Activity name' lifecycle:transition"/>
          <trace><string key="concept:name" value="b"/><event/><event/></trace>
          <trace><string key="concept:name" value="a"/></trace>
        </log>`,
      ),
      { onLog: (log) => logs.push(log) },
    )
    expect(traces.map((trace) => [trace.index, trace.attributes['concept:name'], trace.events.length])).toEqual([
      [0, 'b', 2],
      [1, 'a', 0],
    ])
    expect(traces[0]?.events[0]).toEqual({ attributes: {}, index: 0 })
    expect(logs).toEqual([
      {
        attributes: { source: 'crm' },
        globals: {
          event: { 'org:resource': 'UNKNOWN', 'concept:name': '__INVALID__' },
          trace: { 'concept:name': '?' },
        },
        classifiers: [{ name: 'Activity', keys: ['Activity name', 'lifecycle:transition'] }],
        extensions: [{ name: 'Concept', prefix: 'concept', uri: 'http://www.xes-standard.org/concept.xesext' }],
      },
    ])
  })

  it('reports the log header at the end when the log has no trace', async () => {
    const logs: XesLog[] = []
    const traces = await readAll(Readable.from(['<log><int key="n" value="1"/></log>']), {
      onLog: (log) => logs.push(log),
    })
    expect(traces).toEqual([])
    expect(logs.map((log) => log.attributes)).toEqual([{ n: 1 }])
  })

  it('recognises gzip by its magic bytes, whatever the file name or input', async () => {
    const gzipped = gzipSync(Buffer.from(NESTED))
    const [fromFile] = await readAll(writeScratch('compressed-but-named.xes', gzipped))
    expect(fromFile?.attributes['concept:name']).toBe('case-1')
    const [fromStream] = await readAll(Readable.from([gzipped.subarray(0, 1), gzipped.subarray(1)]))
    expect(fromStream?.events[0]?.attributes.pages).toBe(-12)
  })

  it('decodes UTF-8 split anywhere between chunks, and the encoding the XML declaration names', async () => {
    const utf8 = Buffer.from('<log><trace><string key="concept:name" value="Crème brûlée €5 🍮"/></trace></log>')
    const chunks = Array.from({ length: Math.ceil(utf8.length / 3) }, (_, i) => utf8.subarray(i * 3, i * 3 + 3))
    const [split] = await readAll(Readable.from(chunks))
    expect(split?.attributes['concept:name']).toBe('Crème brûlée €5 🍮')

    const latin1 = Buffer.from(
      `<?xml version="1.0" encoding="ISO-8859-1"?><log><trace><string key="concept:name" value="Müller"/></trace></log>`,
      'latin1',
    )
    const [declared] = await readAll(writeScratch('latin1.xes', latin1))
    expect(declared?.attributes['concept:name']).toBe('Müller')
  })

  it('fails on malformed XML with an XesReadError naming the file and line', async () => {
    const path = writeScratch('malformed.xes', '<log>\n  <trace>\n    <event>\n  </trace>\n</log>\n')
    const error = await readError(path)
    expect(error.fileName).toBe(path)
    expect(error.line).toBe(4)
    expect(error.message).toContain(`${path}, line 4`)
  })

  it('fails on an event outside a trace, naming the line', async () => {
    const error = await readError(
      Readable.from(['<log>\n<trace/>\n<event>\n<string key="a" value="b"/></event>\n</log>']),
      { fileName: 'upload.xes' },
    )
    expect(error).toMatchObject({ reason: '<event> outside a <trace>', fileName: 'upload.xes', line: 3 })
    expect(error.message).toMatch(/^upload\.xes, line 3, column \d+: <event> outside a <trace>$/)
  })

  it.each([
    ['<log><trace><int key="n" value="2.5"/></trace></log>', 'invalid int "2.5" for key "n"'],
    ['<log><trace><float key="f" value="1,5"/></trace></log>', 'invalid float "1,5" for key "f"'],
    ['<log><trace><boolean key="b" value="yes"/></trace></log>', 'invalid boolean "yes" for key "b"'],
    ['<log><trace><string key="s"/></trace></log>', '<string key="s"> without a value'],
    ['<trace></trace>', 'the root element is <trace>, not <log>'],
    ['<log><trace><trace/></trace></log>', '<trace> inside <trace>; a trace belongs in <log>'],
    ['<log><trace><event><event/></event></trace></log>', '<event> inside <event>; an event belongs in <trace>'],
  ])('rejects %s', async (xml, reason) => {
    const error = await readError(Readable.from([xml]))
    expect(error).toMatchObject({ reason, line: 1 })
  })

  it('fails on a truncated gzip file, keeping the cause', async () => {
    const gzipped = gzipSync(Buffer.from(NESTED))
    const error = await readError(writeScratch('truncated.xes.gz', gzipped.subarray(0, gzipped.length - 20)))
    expect(error.cause).toBeInstanceOf(Error)
    expect(error.fileName).toContain('truncated.xes.gz')
  })

  it('fails on a missing file with an XesReadError naming it', async () => {
    const path = join(scratch, 'missing.xes')
    const error = await readError(path)
    expect(error.message).toContain(path)
    expect((error.cause as NodeJS.ErrnoException).code).toBe('ENOENT')
  })

  it('fails on an empty input', async () => {
    const error = await readError(Readable.from([Buffer.alloc(0)]))
    expect(error.reason).toMatch(/root/)
  })
})
