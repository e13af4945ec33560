import { type JourneyMap, toMapTable } from '@parcours/core'
import { useTranslation } from 'react-i18next'

/** The whole map as an HTML table (core's `toMapTable`): one column per stage, one row per lane or curve. */
export function MapTableView({ map }: { readonly map: JourneyMap }) {
  const { t } = useTranslation('designer')
  const table = toMapTable(map)
  const hasPhases = table.columns.some((column) => column.phase !== undefined)
  return (
    <div className="map-table-scroller">
      <table className="data-table map-table">
        <caption>{t('table.caption', { title: map.title })}</caption>
        <thead>
          {hasPhases && (
            <tr>
              <td />
              {table.columns.map((column) => (
                <th key={column.stageId} scope="col" className="phase-cell">
                  {column.phase ?? ''}
                </th>
              ))}
            </tr>
          )}
          <tr>
            <th scope="col">{t('table.lane')}</th>
            {table.columns.map((column) => (
              <th key={column.stageId} scope="col">
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an emotion lane gives one row per curve under the same lane id
            <tr key={`${row.laneId}-${i}`}>
              <th scope="row">{row.title}</th>
              {row.cells.map((cell, c) => (
                <td key={table.columns[c]?.stageId ?? c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
