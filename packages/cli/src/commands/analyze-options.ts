import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { CliError, type CliIo } from '../cli-io.js'
import type { StoreOptions } from '../open-store.js'

// The flags of `parcours analyze`, turned into the fields of an `AnalysisRequest`.

/** The options every analysis takes (the scope of `AnalysisRequest`). */
export interface ScopeFlags extends StoreOptions {
  readonly map?: string
  readonly case?: string
  readonly classifier: string
  readonly lifecycle?: string
  readonly segment?: string
  readonly channel?: string
  readonly from?: string
  readonly to?: string
  readonly format: string
}

export const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
export const int = (value: string | undefined) => (value === undefined ? undefined : Number(value))

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }
/** `14d`, `24h`, `30m`, `90s` or milliseconds. */
export function duration(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(value.trim())
  if (match === null)
    throw new CliError(`--${flag} must be a duration such as 14d, 24h, 30m or 90s (got "${value}")`, 2)
  return Number(match[1]) * (UNIT_MS[match[2] ?? 'ms'] as number)
}

/** A file's text, for `--costs`. */
export function readTextFlag(io: CliIo, flag: string, value: string): string {
  try {
    return readFileSync(resolve(io.cwd, value), 'utf8')
  } catch (error) {
    throw new CliError(`--${flag}: cannot read ${value}: ${(error as Error).message}`, 2)
  }
}

export interface FunnelFlags extends ScopeFlags {
  readonly steps?: string
  readonly spec?: string
  readonly mode?: string
  readonly window?: string
  readonly countBy?: string
  readonly breakdown?: string
  readonly attribution?: string
  readonly top?: string
}

/** A funnel from `--spec`, or from `--steps` (event names) and the option flags. */
export function funnelOf(io: CliIo, flags: FunnelFlags): unknown {
  if (flags.spec !== undefined) return readJsonFlag(io, 'spec', flags.spec)
  if (flags.steps === undefined)
    throw new CliError('give the funnel steps with --steps "A,B,C" or a whole funnel with --spec', 2)
  const attribution =
    flags.attribution === undefined
      ? undefined
      : /^\d+$/.test(flags.attribution)
        ? { step: Number(flags.attribution) }
        : flags.attribution
  return {
    steps: (list(flags.steps) ?? []).map((name) => ({ name, selector: { events: [name] } })),
    ...(flags.mode === undefined ? {} : { mode: flags.mode }),
    ...(flags.window === undefined ? {} : { windowMs: duration('window', flags.window) }),
    ...(flags.countBy === undefined ? {} : { countBy: flags.countBy }),
    ...(flags.breakdown === undefined
      ? {}
      : {
          breakdown: {
            property: flags.breakdown,
            ...(attribution === undefined ? {} : { attribution }),
            ...(flags.top === undefined ? {} : { top: int(flags.top) }),
          },
        }),
  }
}

export function withFunnelOptions(command: Command): Command {
  return command
    .option('--steps <list>', 'the steps, as event names in order (e.g. "Product Viewed,Cart Updated,Order Completed")')
    .option('--spec <json>', 'a whole funnel (steps with selectors, windows, exclusions…), as JSON or @file.json')
    .option('--mode <mode>', 'ordered, strict or unordered (default ordered)')
    .option('--window <duration>', 'conversion window from step 1: 14d, 24h, 30m… (default 14d)')
    .option('--count-by <unit>', 'customer, case or attempt (default case)')
    .option('--breakdown <path>', 'split by a property (e.g. properties.utm_source)')
    .option('--attribution <which>', 'breakdown value from first-touch, last-touch or a step number')
    .option('--top <n>', 'breakdown: keep the N largest values, sum the rest into "other"')
}

/** A JSON value given inline or as `@file.json`. */
export function readJsonFlag(io: CliIo, flag: string, value: string): unknown {
  const text = value.startsWith('@') ? readFileSync(resolve(io.cwd, value.slice(1)), 'utf8') : value
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CliError(`--${flag} is not valid JSON: ${(error as Error).message}`, 2)
  }
}

export function scopeOf(io: CliIo, flags: ScopeFlags) {
  return {
    classifier: flags.classifier,
    ...(flags.map === undefined ? {} : { mapId: flags.map }),
    ...(flags.case === undefined ? {} : { caseProperty: flags.case }),
    ...(flags.lifecycle === undefined ? {} : { lifecycle: list(flags.lifecycle) }),
    ...(flags.segment === undefined ? {} : { segment: readJsonFlag(io, 'segment', flags.segment) }),
    ...(flags.channel === undefined ? {} : { channels: list(flags.channel) }),
    ...(flags.from === undefined ? {} : { from: flags.from }),
    ...(flags.to === undefined ? {} : { to: flags.to }),
  }
}

export function withScopeOptions(command: Command): Command {
  return command
    .option('--db <file>', 'database file (default ./.parcours/parcours.duckdb or PARCOURS_DB)')
    .option('--project <id>', 'project (default: the only one, or "default")')
    .option('--case <property>', 'case notion: a property naming the case (default: one case per customer)')
    .option(
      '--classifier <classifier>',
      'activity: name, name+lifecycle, name+channel or touchpoint (with --map)',
      'name',
    )
    .option(
      '--map <id>',
      'a map of the project: its touchpoints for --classifier touchpoint, its model for conformance and measure',
    )
    .option('--lifecycle <list>', 'keep only events of these lifecycles (e.g. complete)')
    .option('--segment <json>', 'a segment of customers, as JSON or @file.json')
    .option('--channel <list>', 'keep only events of these channels (e.g. web,app)')
    .option('--from <iso>', 'keep events from this instant (ISO 8601 with offset)')
    .option('--to <iso>', 'keep events before this instant (ISO 8601 with offset)')
    .option('--format <format>', 'table, json or csv', 'table')
}
