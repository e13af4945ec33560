import { useTranslation } from 'react-i18next'
import { downloadBlob } from '../exports/download-blob.js'
import { type CsvValue, csvBlob } from '../exports/to-csv.js'

/** A button that downloads the rows of a table as a CSV file (`fileName` without extension). */
export function CsvExportButton(props: {
  readonly fileName: string
  readonly header: readonly string[]
  readonly rows: readonly (readonly CsvValue[])[]
}) {
  const { t } = useTranslation('analytics')
  return (
    <button
      type="button"
      className="ui-button ui-button--secondary ui-button--small"
      disabled={props.rows.length === 0}
      onClick={() => downloadBlob(csvBlob(props.header, props.rows), `${props.fileName}.csv`)}
    >
      <span className="ui-button__icon" aria-hidden="true">
        ⤓
      </span>
      {t('common.exportCsv')}
    </button>
  )
}
