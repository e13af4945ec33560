import { type JourneyMap, toMapTable } from '@parcours/core'
import { stringify } from 'csv-stringify/sync'

/** The map as a CSV grid: a header of stages, then one line per lane. */
export function mapToCsv(map: JourneyMap): string {
  const table = toMapTable(map)
  const header = ['lane', ...table.columns.map((column) => column.name)]
  return stringify([header, ...table.rows.map((row) => [row.title, ...row.cells])])
}
