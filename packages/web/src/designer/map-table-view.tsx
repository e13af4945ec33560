import { type JourneyMap, toMapTable } from '@parcours/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/** The whole map as an HTML table (core's `toMapTable`): one column per stage, one row per lane or curve. */
export function MapTableView({ map }: { readonly map: JourneyMap }) {
  const { t } = useTranslation('designer')
  const table = toMapTable(map)
  const hasPhases = table.columns.some((column) => column.phase !== undefined)
  const captionId = useId()
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="map-table-scroller" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table map-table">
        <caption id={captionId}>{t('table.caption', { title: map.title })}</caption>
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
    </section>
  )
}
