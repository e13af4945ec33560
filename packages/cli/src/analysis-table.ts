import type { AnalysisResult, DurationSummary, FunnelStepResult, MeasuredKpi, VariantTableRow } from '@parcours/core'

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
    case 'funnel': {
      const r = answer.result
      const breakdown = r.breakdown ?? []
      return {
        headline: [['counted by', r.countBy]],
        columns: ['segment', 'step', 'count', 'from first %', 'from previous %', 'drop-off', 'median time ms'],
        rows: [
          ...funnelRows('(all)', r.steps),
          ...breakdown.flatMap((row) =>
            funnelRows(
              row.kind === 'value'
                ? String(row.value)
                : row.kind === 'missing'
                  ? '(none)'
                  : `(other: ${row.valueCount})`,
              row.steps,
            ),
          ),
        ],
      }
    }
    case 'compare-segments': {
      const r = answer.result
      const percent = (value: number | null | undefined) => (value === null || value === undefined ? null : value * 100)
      return {
        headline: [
          ['test', r.test],
          ['interval', `${r.interval}, ${r.confidence * 100} %`],
        ],
        columns: ['step', 'A %', 'A low', 'A high', 'B %', 'B low', 'B high', 'difference %', 'p-value'],
        rows: r.steps.map((step) => [
          step.name,
          percent(step.a.rate),
          percent(step.a.low),
          percent(step.a.high),
          percent(step.b.rate),
          percent(step.b.low),
          percent(step.b.high),
          percent(step.difference?.value),
          step.pValue,
        ]),
      }
    }
    case 'kpi': {
      const r = answer.result
      return {
        headline: [
          ['kpi', r.kind],
          ['formula', r.formula],
        ],
        columns: ['value', 'unit', 'sample size', 'missing'],
        rows: [[r.value, r.unit, r.sampleSize, r.missing]],
      }
    }
    case 'conformance': {
      const { model, rules } = answer.result
      return {
        headline: [
          ...(model === null
            ? []
            : ([
                ['cases', model.totalCases],
                ['fitting cases', model.fittingCases],
                ['mean fitness', model.fitness?.mean ?? '—'],
              ] as const)),
          ...(rules === null
            ? []
            : rules.rules.map(
                (rule) => [rule.label, `${rule.satisfiedCases} satisfied, ${rule.violatedCases} violated`] as const,
              )),
        ],
        columns: ['deviation', 'stage', 'touchpoint', 'cases', 'occurrences', 'examples'],
        rows: (model?.deviations ?? []).map((d) => [
          d.kind === 'channel-switch' ? `${d.kind} ${d.fromChannel}→${d.toChannel}` : d.kind,
          d.stageId,
          d.touchpointId,
          d.cases,
          d.occurrences,
          d.exampleCases.join(' '),
        ]),
      }
    }
    case 'measure': {
      const r = answer.result
      const percent = (value: number | null) => (value === null ? null : value * 100)
      const kpiText = (kpis: readonly MeasuredKpi[]) =>
        kpis
          .map(
            (kpi) =>
              `${kpi.name}: ${kpi.value?.value ?? kpi.problem?.code ?? '—'}${kpi.value === null ? '' : ` (n=${kpi.value.sampleSize})`}`,
          )
          .join('; ')
      return {
        headline: [
          ['map', r.mapId],
          ['cases', r.cases],
          ['cases on the map', r.casesOnMap],
          ['mean fitness', r.conformance?.fitness?.mean ?? r.conformanceProblem?.code ?? '—'],
        ],
        columns: [
          'stage',
          'reach',
          'conversion %',
          'drop-off %',
          'median to next ms',
          'satisfaction',
          'n',
          'KPIs',
          'top deviation',
        ],
        rows: r.stages.map((stage) => [
          stage.name,
          stage.reach,
          percent(stage.conversionFromPrevious),
          percent(stage.dropOff),
          stage.medianTimeToNextStage,
          stage.satisfaction?.measured ?? null,
          stage.satisfaction?.n ?? null,
          kpiText([...stage.kpis, ...stage.touchpoints.flatMap((t) => t.kpis)]),
          stage.deviations[0] === undefined
            ? ''
            : `${stage.deviations[0].kind} ${stage.deviations[0].touchpointId} (${stage.deviations[0].cases})`,
        ]),
      }
    }
  }
}

function funnelRows(segment: string, steps: readonly FunnelStepResult[]) {
  return steps.map((step) => [
    segment,
    step.optional ? `${step.name} (optional)` : step.name,
    step.count,
    step.conversionFromFirst * 100,
    step.conversionFromPrevious * 100,
    step.dropOff,
    step.timeToConvert?.median ?? null,
  ])
}
