import { useTranslation } from 'react-i18next'
import type { ImportStatus } from '../api/import.js'
import { Button } from '../ui/button.js'
import { ScrollRegion } from './scroll-region.js'

export interface PreviewStepProps {
  readonly status: ImportStatus
  readonly onBack: () => void
  readonly onNext: () => void
}

/** A file size in words: 12.3 KB, 4.5 MB. */
export function formatBytes(bytes: number, language: string): string {
  const units = language.startsWith('fr') ? (['o', 'Ko', 'Mo', 'Go'] as const) : (['B', 'KB', 'MB', 'GB'] as const)
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`
}

/** Step 2: the first rows as a table, with what was detected (format, delimiter, encoding). */
export function PreviewStep({ status, onBack, onNext }: PreviewStepProps) {
  const { t, i18n } = useTranslation('import')
  const { preview } = status
  const facts = [
    t('preview.facts', {
      format: status.format.toUpperCase(),
      size: formatBytes(status.bytes, i18n.language),
      columns: preview.columns.length,
    }),
    ...(preview.delimiter === undefined
      ? []
      : [t('preview.delimiter', { delimiter: preview.delimiter === '\t' ? 'tab' : preview.delimiter })]),
    ...(preview.encoding === undefined ? [] : [t('preview.encoding', { encoding: preview.encoding.toUpperCase() })]),
  ]
  return (
    <div className="import-step">
      <p className="import-facts">{facts.join(' · ')}</p>
      {preview.rows.length === 0 ? (
        <p className="import-empty">{t('preview.empty')}</p>
      ) : (
        <ScrollRegion label={t('preview.heading', { name: status.fileName })}>
          <table className="import-table">
            <caption className="import-table__caption">
              {t('preview.caption', { count: preview.rows.length, name: status.fileName })}
            </caption>
            <thead>
              <tr>
                {preview.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no id and never move
                <tr key={index}>
                  {preview.columns.map((column, cell) => {
                    const value = row[cell] ?? null
                    return (
                      <td key={column}>
                        {value === null || value === '' ? (
                          <span className="import-table__empty">{t('preview.emptyCell')}</span>
                        ) : (
                          value
                        )}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <div className="import-actions">
        <Button onClick={onBack}>{t('preview.another')}</Button>
        <Button variant="primary" onClick={onNext} disabled={preview.rows.length === 0}>
          {status.format === 'xes' ? t('preview.nextXes') : t('preview.next')}
        </Button>
      </div>
    </div>
  )
}
