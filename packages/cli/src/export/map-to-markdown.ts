import { type JourneyMap, toMapTable } from '@parcours/core'

/** The map as a Markdown document: its facts, then one section per stage with every lane's content. */
export function mapToMarkdown(map: JourneyMap): string {
  const table = toMapTable(map)
  const lines = [`# ${map.title}`, '']
  if (map.objective !== '') lines.push(`> ${map.objective}`, '')
  lines.push(`- type: ${map.type}`, `- status: ${map.status}`, `- language: ${map.locale}`)
  if (map.owner !== undefined) lines.push(`- owner: ${map.owner}`)
  if (map.personaIds.length > 0) lines.push(`- personas: ${map.personaIds.join(', ')}`)
  table.columns.forEach((column, index) => {
    const stage = map.stages[index]
    lines.push('', `## ${index + 1}. ${column.name}${column.phase === undefined ? '' : ` (${column.phase})`}`)
    if (stage?.description !== undefined) lines.push('', stage.description)
    if (stage !== undefined && stage.steps.length > 0) {
      lines.push('', ...stage.steps.map((step) => `- ${step.name}${step.isMomentOfTruth === true ? ' ★' : ''}`))
    }
    for (const row of table.rows) {
      const text = row.cells[index] ?? ''
      if (text === '') continue
      lines.push('', `### ${row.title}`, '', escapeMarkdown(text))
    }
  })
  if (map.kpis.length > 0) {
    lines.push('', '## KPIs', '', '| KPI | formula | target | applies to |', '|---|---|---|---|')
    for (const kpi of map.kpis) {
      const scope =
        kpi.appliesTo.level === 'map'
          ? 'map'
          : kpi.appliesTo.level === 'stage'
            ? `stage ${kpi.appliesTo.stageId}`
            : `touchpoint ${kpi.appliesTo.touchpointId}`
      lines.push(`| ${cell(kpi.name)} | ${cell(kpi.formula)} | ${kpi.target ?? ''} | ${scope} |`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** Keeps user text from being read as Markdown markup or HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/^(#|>|\d+\.)/gm, '\\$1')
}

function cell(text: string): string {
  return escapeMarkdown(text).replace(/\|/g, '\\|').replace(/\n/g, ' ')
}
