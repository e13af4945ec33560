import { fileURLToPath } from 'node:url'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { decodeXesInput } from './decode-xes-input.js'
import { parseXesDate } from './parse-xes-date.js'
import type { XesClassifier, XesEvent, XesExtension, XesLog, XesTrace, XesValue } from './xes-log.js'
import { XesReadError } from './xes-read-error.js'

export interface ReadXesOptions {
  /**
   * Called once with the log's own attributes, globals, classifiers and extensions: just before the
   * first trace is yielded (with what the file declares before it), or at the end of a file
   * without traces.
   */
  readonly onLog?: (log: XesLog) => void
  /** The name to give in errors when the input is a stream (a path names itself). */
  readonly fileName?: string
}

/**
 * Reads an XES (IEEE 1849) event log one trace at a time, in file order, so memory holds one trace
 * and not the log. The input is a file path (or `file:` URL) or a byte stream; `.xes` and `.xes.gz`
 * are both read, gzip being recognised by its magic bytes. A stream is consumed (and destroyed if
 * the loop stops early).
 *
 * Log-level `<global>`s are not applied to traces and events (as in pm4py): an event has only the
 * attributes written in it. They, the log's attributes, classifiers and extensions go to `onLog`.
 *
 * An attribute without a `key` is kept under `''` (pm4py keeps it under `None`); unknown elements
 * are skipped with their content.
 *
 * @throws XesReadError for malformed XML, an `<event>` outside a `<trace>`, a value that does not
 *   fit its type (`<int value="x">`) or is missing, or an IO, gzip or encoding failure; the error
 *   names the file and line.
 *
 * @example
 * for await (const trace of readXes('bpic2012.xes.gz')) {
 *   console.log(trace.attributes['concept:name'], trace.events.length)
 * }
 */
export async function* readXes(
  input: string | URL | NodeJS.ReadableStream,
  options: ReadXesOptions = {},
): AsyncIterable<XesTrace> {
  const path = typeof input === 'string' ? input : input instanceof URL ? fileURLToPath(input) : undefined
  const fileName = path ?? options.fileName
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true })
  const here = () => ({ fileName, line: parser.line, column: parser.column })
  const fail = (reason: string): never => {
    throw new XesReadError(reason, here())
  }
  parser.on('error', (error) => fail(error.message.replace(/^\d+:\d+: /, '')))
  const builder = new XesBuilder(fail)
  parser.on('opentag', (tag) => builder.open(tag))
  parser.on('closetag', (tag) => builder.close(tag))

  let isLogReported = false
  const reportLog = () => {
    if (isLogReported || !builder.isLogComplete) return
    isLogReported = true
    options.onLog?.(builder.log())
  }

  for await (const text of textOf(path ?? (input as NodeJS.ReadableStream), here)) {
    parser.write(text)
    reportLog()
    yield* builder.takeTraces()
  }
  parser.close()
  reportLog()
  yield* builder.takeTraces()
}

/** The decoded text, with read and gzip failures turned into an XesReadError at the current position. */
async function* textOf(
  input: string | NodeJS.ReadableStream,
  here: () => { fileName: string | undefined; line: number; column: number },
): AsyncGenerator<string, void, undefined> {
  try {
    yield* decodeXesInput(input)
  } catch (cause) {
    const { fileName, line, column } = here()
    const hasStarted = line > 1 || column > 0
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new XesReadError(reason, hasStarted ? { fileName, line, column } : { fileName }, { cause })
  }
}

type AttributeType = 'string' | 'date' | 'int' | 'float' | 'boolean' | 'id' | 'list' | 'container'
const ATTRIBUTE_TYPES: ReadonlySet<string> = new Set([
  'string',
  'date',
  'int',
  'float',
  'boolean',
  'id',
  'list',
  'container',
])

type Attributes = Record<string, XesValue>

interface AttributeFrame {
  readonly kind: 'attribute'
  readonly type: AttributeType
  /** '' when the element has none (list items usually have none). */
  readonly key: string
  /** Its own value (none for a list or a container). */
  readonly value: XesValue | undefined
  /** Its child attributes: `{ value, child… }` once it has one (a container: its children only). */
  children: Attributes | undefined
  /** A list's items. */
  items: XesValue[] | undefined
}

type Frame =
  | { readonly kind: 'log' }
  | { readonly kind: 'trace'; readonly attributes: Attributes; readonly events: XesEvent[] }
  | { readonly kind: 'event'; readonly attributes: Attributes; timestamp: number | undefined }
  | { readonly kind: 'global'; readonly attributes: Attributes }
  | { readonly kind: 'values'; readonly list: AttributeFrame }
  | AttributeFrame
  | { readonly kind: 'ignored' }

/** An element whose content is skipped: unknown elements, extensions, classifiers. */
const IGNORED: Frame = { kind: 'ignored' }

/** Turns the parser's open and close tags into traces, which wait in `traces` until taken. */
class XesBuilder {
  private readonly stack: Frame[] = []
  private traces: XesTrace[] = []
  private traceCount = 0
  private readonly logAttributes: Attributes = {}
  private readonly globals = { trace: {} as Attributes, event: {} as Attributes }
  private readonly classifiers: XesClassifier[] = []
  private readonly extensions: XesExtension[] = []
  /** True once the log's header is read: at the first trace, or at the end of the log. */
  isLogComplete = false

  constructor(private readonly fail: (reason: string) => never) {}

  log(): XesLog {
    return {
      attributes: this.logAttributes,
      globals: this.globals,
      classifiers: this.classifiers,
      extensions: this.extensions,
    }
  }

  /** The traces completed since the last call, in file order. */
  takeTraces(): XesTrace[] {
    const traces = this.traces
    this.traces = []
    return traces
  }

  open(tag: SaxesTagPlain): void {
    const parent = this.stack.at(-1)
    const name = tag.name
    if (parent === undefined) {
      if (name !== 'log') this.fail(`the root element is <${name}>, not <log>`)
      this.stack.push({ kind: 'log' })
      return
    }
    if (parent.kind === 'ignored') {
      this.stack.push(IGNORED)
      return
    }
    if (ATTRIBUTE_TYPES.has(name)) {
      this.stack.push(this.openAttribute(name as AttributeType, tag.attributes))
      return
    }
    switch (name) {
      case 'trace':
        if (parent.kind !== 'log') this.fail(`<trace> inside ${describe(parent)}; a trace belongs in <log>`)
        this.isLogComplete = true
        this.stack.push({ kind: 'trace', attributes: {}, events: [] })
        return
      case 'event':
        if (parent.kind === 'log') this.fail('<event> outside a <trace>')
        if (parent.kind !== 'trace') this.fail(`<event> inside ${describe(parent)}; an event belongs in <trace>`)
        this.stack.push({ kind: 'event', attributes: {}, timestamp: undefined })
        return
      case 'values':
        this.stack.push(
          parent.kind === 'attribute' && parent.type === 'list' ? { kind: 'values', list: parent } : IGNORED,
        )
        return
      case 'global':
        this.stack.push(parent.kind === 'log' ? this.openGlobal(tag.attributes.scope) : IGNORED)
        return
      case 'extension':
        if (parent.kind === 'log') {
          const { name = '', prefix = '', uri = '' } = tag.attributes
          this.extensions.push({ name, prefix, uri })
        }
        this.stack.push(IGNORED)
        return
      case 'classifier':
        if (parent.kind === 'log') {
          const { name = '', keys = '' } = tag.attributes
          this.classifiers.push({ name, keys: splitClassifierKeys(keys) })
        }
        this.stack.push(IGNORED)
        return
      default:
        this.stack.push(IGNORED)
    }
  }

  close(_tag: SaxesTagPlain): void {
    const frame = this.stack.pop()
    const parent = this.stack.at(-1)
    switch (frame?.kind) {
      case 'attribute':
        if (parent !== undefined) this.addAttribute(parent, frame)
        return
      case 'event': {
        if (parent?.kind !== 'trace') return
        const index = parent.events.length
        const { attributes, timestamp } = frame
        parent.events.push(timestamp === undefined ? { attributes, index } : { attributes, index, timestamp })
        return
      }
      case 'trace':
        this.traces.push({ attributes: frame.attributes, events: frame.events, index: this.traceCount++ })
        return
      case 'log':
        this.isLogComplete = true
        return
      case 'global':
      case 'values':
      case 'ignored':
      case undefined:
        return
    }
  }

  private openGlobal(scope = 'event'): Frame {
    if (scope === 'event') return { kind: 'global', attributes: this.globals.event }
    if (scope === 'trace') return { kind: 'global', attributes: this.globals.trace }
    return IGNORED
  }

  private openAttribute(type: AttributeType, attributes: Record<string, string>): Frame {
    // A missing key is read as '' (BPIC 2012's log metadata has one; pm4py keeps it under None).
    const { key = '', value } = attributes
    let own: XesValue | undefined
    if (type !== 'list' && type !== 'container') {
      if (value === undefined) this.fail(`<${type} key="${key}"> without a value`)
      else own = this.convert(type, key, value)
    }
    return { kind: 'attribute', type, key, value: own, children: undefined, items: undefined }
  }

  private convert(type: Exclude<AttributeType, 'list' | 'container'>, key: string, text: string): XesValue {
    switch (type) {
      case 'string':
      case 'id':
      case 'date':
        return text
      case 'int': {
        if (/^\s*[+-]?\d+\s*$/.test(text)) return Number(text)
        return this.fail(`invalid int "${text}" for key "${key}"`)
      }
      case 'float': {
        const number = parseFloatValue(text)
        return number ?? this.fail(`invalid float "${text}" for key "${key}"`)
      }
      case 'boolean': {
        const normalised = text.trim().toLowerCase()
        if (normalised === 'true' || normalised === '1') return true
        if (normalised === 'false' || normalised === '0') return false
        return this.fail(`invalid boolean "${text}" for key "${key}"`)
      }
    }
  }

  /** Hands a finished attribute to the element it belongs to. */
  private addAttribute(parent: Frame, attribute: AttributeFrame): void {
    const value = finalValue(attribute)
    const key = attribute.key
    switch (parent.kind) {
      case 'log':
        setEntry(this.logAttributes, key, value)
        return
      case 'trace':
      case 'global':
        setEntry(parent.attributes, key, value)
        return
      case 'event':
        setEntry(parent.attributes, key, value)
        if (key === 'time:timestamp' && typeof attribute.value === 'string') {
          parent.timestamp = parseXesDate(attribute.value)
        }
        return
      case 'values':
        parent.list.items ??= []
        parent.list.items.push(value)
        return
      case 'attribute':
        if (parent.type === 'list') {
          parent.items ??= []
          parent.items.push(value)
        } else {
          parent.children ??= parent.type === 'container' ? {} : { value: parent.value ?? '' }
          // A child keyed `value` cannot replace the attribute's own value.
          if (key !== 'value' || parent.type === 'container') setEntry(parent.children, key, value)
        }
        return
      case 'ignored':
        return
    }
  }
}

function finalValue(attribute: AttributeFrame): XesValue {
  if (attribute.type === 'list') return attribute.items ?? []
  if (attribute.type === 'container') return attribute.children ?? {}
  return attribute.children ?? attribute.value ?? ''
}

/** xs:double: a decimal or exponent number, `INF`, `-INF` or `NaN`. */
function parseFloatValue(text: string): number | undefined {
  const trimmed = text.trim()
  if (trimmed === 'INF' || trimmed === '+INF') return Number.POSITIVE_INFINITY
  if (trimmed === '-INF') return Number.NEGATIVE_INFINITY
  if (trimmed === 'NaN') return Number.NaN
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(trimmed)) return undefined
  return Number(trimmed)
}

/** Classifier keys are separated by spaces; a key with spaces in it is quoted: `'Activity name' org:resource`. */
function splitClassifierKeys(keys: string): string[] {
  return [...keys.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '')
}

/** Sets `record[key]`, defining the property for `__proto__` so no key can change the prototype. */
function setEntry(record: Attributes, key: string, value: XesValue): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true })
  else record[key] = value
}

function describe(frame: Frame): string {
  switch (frame.kind) {
    case 'attribute':
      return `<${frame.type}>`
    case 'ignored':
      return 'an ignored element'
    default:
      return `<${frame.kind}>`
  }
}
