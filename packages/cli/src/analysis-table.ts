import type { AnalysisResult, DurationSummary, VariantTableRow } from '@parcours/core'

/** An analysis as one table: a title line per headline figure, then columns and rows (raw values: ms, %). */
export interface AnalysisTable {
  readonly headline: readonly (readonly [string, string | number])[]
  readonly columns: readonly string[]
  readonly rows: readonly (readonly (string | number | null)[])[]
}

const sequenceText = (row: VariantTableRow) =>
  'other' in row ? `(other: ${row.variants} variants)` : row.sequence.join(' → ')

const durationColumns = (summary: DurationSummary | null) =>
  summary === null ? [null, null, null] : [summary.mean, summary.median, summary.p90]

/** The table form of an analysis, for `--format table` and `--format csv`. Durations stay in ms. */
export function analysisTable(answer: AnalysisResult): AnalysisTable {
  switch (answer.analysis) {
    case 'variants': {
      const r = answer.result
      return {
        headline: [
          ['variants', r.totalVariants],
          ['cases', r.totalCases],
          ['rework cases', r.reworkCases],
          ['rework events', r.reworkEvents],
        ],
        columns: ['cases', 'coverage %', 'sequence'],
        rows: r.rows.map((row) => [row.cases, row.coverage, sequenceText(row)]),
      }
    }
    case 'paths': {
      const r = answer.result
      return {
        headline: [
          ['anchor', r.anchor ?? '(case start/end)'],
          ['direction', r.direction],
          ['cases', r.cases],
          ['paths', r.totalPaths],
        ],
        columns: ['cases', 'coverage %', 'path'],
        rows: r.paths.map((row) => [row.cases, row.coverage, sequenceText(row)]),
      }
    }
    case 'process-map': {
      const r = answer.result
      return {
        headline: [
          ['transitions', r.totalTransitions],
          ['edges', r.edges.length],
          ['activities', r.activities.length],
          ['start activities', r.startActivities.map((a) => `${a.activity} (${a.cases})`).join(', ')],
          ['end activities', r.endActivities.map((a) => `${a.activity} (${a.cases})`).join(', ')],
        ],
        columns: ['from', 'to', 'transitions', 'cases', 'mean ms', 'median ms', 'p90 ms'],
        rows: r.edges.map((edge) => [
          edge.from,
          edge.to,
          edge.transitions,
          edge.cases,
          ...durationColumns(edge.duration),
        ]),
      }
    }
    case 'performance': {
      const r = answer.result
      return {
        headline: [
          ['cases', r.cases],
          ['throughput median ms', r.throughputTime?.median ?? '—'],
          ['processing median ms', r.processingTime?.median ?? '—'],
        ],
        columns: ['activity', 'instances', 'mean ms', 'median ms', 'p90 ms'],
        rows: r.perActivity.map((a) => [a.activity, a.instances, ...durationColumns(a.processingTime)]),
      }
    }
  }
}
