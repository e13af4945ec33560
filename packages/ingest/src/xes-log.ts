/**
 * The value of an XES attribute. `string`, `id` and `date` give strings (a date keeps its original
 * ISO text); `int` and `float` give numbers; `boolean` a boolean; `list` an array of its items'
 * values; an attribute with child attributes gives `{ value: <its own value>, <child key>: … }`,
 * and a `container` an object of its children.
 */
export type XesValue = string | number | boolean | XesValue[] | { readonly [key: string]: XesValue }

/** Attributes by key, as read from one `<log>`, `<trace>`, `<event>` or `<global>` element. */
export interface XesAttributes {
  readonly [key: string]: XesValue
}

export interface XesEvent {
  readonly attributes: XesAttributes
  /** 0-based position in its trace. */
  readonly index: number
  /** `time:timestamp` in epoch ms, when present and valid (an offset-less date is UTC). */
  readonly timestamp?: number
}

export interface XesTrace {
  readonly attributes: XesAttributes
  readonly events: readonly XesEvent[]
  /** 0-based position in the file. */
  readonly index: number
}

/** An `<extension>`: the attribute-key prefix it defines (`concept`, `time`, …) and its URI. */
export interface XesExtension {
  readonly name: string
  readonly prefix: string
  readonly uri: string
}

/** A `<classifier>`: the attribute keys whose values together name an event class. */
export interface XesClassifier {
  readonly name: string
  readonly keys: readonly string[]
}

/**
 * Everything the `<log>` element says about the log itself. `globals` are the default attributes
 * the file declares for every trace and every event; they are reported, never copied into traces
 * or events (pm4py does the same).
 */
export interface XesLog {
  readonly attributes: XesAttributes
  readonly globals: { readonly trace: XesAttributes; readonly event: XesAttributes }
  readonly classifiers: readonly XesClassifier[]
  readonly extensions: readonly XesExtension[]
}
