import type { ReactNode } from 'react'

/** A scrollable analytics table: one header row of column names, then the rows given as children. */
export function AnalyticsTable(props: {
  /** The table's accessible name. */
  readonly label: string
  readonly caption?: ReactNode
  /** The column names, in order; each is also the cell's key, so they must differ. */
  readonly header: readonly string[]
  readonly children: ReactNode
}) {
  return (
    <div className="analytics-table-scroll">
      <table className="analytics-table" aria-label={props.label}>
        {props.caption !== undefined && <caption>{props.caption}</caption>}
        <thead>
          <tr>
            {props.header.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  )
}
