import { useTranslation } from 'react-i18next'
import { Button } from '../ui/button.js'
import { downloadBlob, safeFileName } from './download-blob.js'
import { type CsvValue, csvBlob } from './to-csv.js'

export interface CsvDownloadButtonProps {
  /** The header row. */
  readonly columns: readonly string[]
  /** One array per row, in the order of `columns`. */
  readonly rows: readonly (readonly CsvValue[])[]
  /** The file's name, with or without `.csv`; made safe (no accents, spaces or slashes). */
  readonly fileName: string
  /** The table's name, read by screen readers: "Download the “Funnel” table as CSV". */
  readonly tableName?: string
  readonly size?: 'small' | 'medium'
}

/**
 * A button that downloads a table as a UTF-8 CSV file (see `toCsv`); disabled while the table is empty.
 *
 * @example <CsvDownloadButton columns={['Stage', 'Cases']} rows={[['Search', 120]]} fileName="funnel" tableName="Funnel" />
 */
export function CsvDownloadButton({ columns, rows, fileName, tableName, size = 'small' }: CsvDownloadButtonProps) {
  const { t } = useTranslation('exports')
  const name = safeFileName(fileName.replace(/\.csv$/i, ''), 'csv', 'table')
  return (
    <Button
      size={size}
      disabled={rows.length === 0}
      {...(tableName === undefined ? {} : { 'aria-label': t('csv.label', { table: tableName }) })}
      onClick={() => downloadBlob(csvBlob(columns, rows), name)}
    >
      {t('csv.button')}
    </Button>
  )
}
