import { useTranslation } from 'react-i18next'
import type { Figure } from './measure-figures.js'
import './measure.css'

/**
 * Figures as a compact description list: label, then the value (with its n) or why it is missing.
 * `compact` drops the hints and the n, for a stage column or a touchpoint cell.
 */
export function FigureList({
  figures,
  compact = false,
}: {
  readonly figures: readonly Figure[]
  readonly compact?: boolean
}) {
  const { t } = useTranslation('measure')
  return (
    <dl className={compact ? 'measure-figures measure-figures--compact' : 'measure-figures'}>
      {figures.map((figure) => (
        <div key={figure.key} className="measure-figure" data-figure={figure.key}>
          <dt title={figure.hint}>{figure.label}</dt>
          {figure.value === undefined ? (
            <dd className="measure-figure__missing">{figure.missing}</dd>
          ) : (
            <dd>
              <span className="measure-figure__value">{figure.value}</span>
              {!compact && figure.n !== undefined && (
                <span className="measure-figure__n">{t('figure.n', { n: figure.n })}</span>
              )}
            </dd>
          )}
          {!compact && figure.hint !== undefined && <dd className="measure-figure__hint">{figure.hint}</dd>}
        </div>
      ))}
    </dl>
  )
}
