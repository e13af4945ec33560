import { useTranslation } from 'react-i18next'
import { type ImportStatus, rejectFileUrl } from '../api/import.js'
import { Button } from '../ui/button.js'
import { LinkButton } from '../ui/link-button.js'
import { describeFailure } from './describe-import-problem.js'
import { ImportProblemAlert } from './import-problem-alert.js'
import { ScrollRegion } from './scroll-region.js'

export interface SummaryStepProps {
  readonly projectId: string
  readonly status: ImportStatus
  readonly onAnother: () => void
  readonly onBackToMapping: () => void
}

/** Step 5: the counts, the first rejected rows with their reason, the reject file, and where to go next. */
export function SummaryStep({ projectId, status, onAnother, onBackToMapping }: SummaryStepProps) {
  const { t, i18n } = useTranslation('import')
  const numbers = new Intl.NumberFormat(i18n.language)
  const analytics = `/projects/${encodeURIComponent(projectId)}/analytics`

  if (status.state === 'failed' || status.summary === undefined) {
    const problem = describeFailure(status.failure ?? { code: 'import-failed', message: '' }, t)
    return (
      <div className="import-step">
        <ImportProblemAlert title={t('summary.failedHeading')} problem={problem} />
        <div className="import-actions">
          <Button onClick={onAnother}>{t('summary.another')}</Button>
          {status.format === 'xes' ? null : (
            <Button variant="primary" onClick={onBackToMapping}>
              {t('summary.backToMapping')}
            </Button>
          )}
        </div>
      </div>
    )
  }

  const { summary } = status
  const stats = [
    ['read', summary.read],
    ['imported', summary.imported],
    ['duplicates', summary.duplicates],
    ['rejected', summary.rejected],
  ] as const
  return (
    <div className="import-step">
      <p className="import-done" role="status">
        {t('summary.done', { name: status.fileName })}
      </p>
      <dl className="import-stats">
        {stats.map(([key, value]) => (
          <div key={key} className={`import-stat import-stat--${key}`}>
            <dt>{t(`summary.${key}`)}</dt>
            <dd>{numbers.format(value)}</dd>
          </div>
        ))}
      </dl>
      {summary.duplicates > 0 ? <p className="import-group__hint">{t('summary.duplicatesHint')}</p> : null}
      {summary.rejected === 0 ? null : (
        <section className="import-rejects" aria-labelledby="import-rejects-heading">
          <h3 id="import-rejects-heading">{t('summary.rejectsHeading')}</h3>
          <ScrollRegion label={t('summary.rejectsHeading')}>
            <table className="import-table">
              <caption className="import-table__caption">
                {t('summary.rejectsCaption', { count: summary.rejects.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('summary.where')}</th>
                  <th scope="col">{t('summary.field')}</th>
                  <th scope="col">{t('summary.reason')}</th>
                  <th scope="col">{t('summary.value')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.rejects.map((reject) => (
                  <tr key={`${reject.record}:${reject.field}`}>
                    <td>{reject.line === null ? reject.record : t('summary.line', { line: reject.line })}</td>
                    <td>{reject.field}</td>
                    <td>{t(`reject.${reject.code}`)}</td>
                    <td>{reject.value ?? <span className="import-table__empty">{t('preview.emptyCell')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {summary.rejected > summary.rejects.length ? (
            <p className="import-group__hint">{t('summary.rejectsMore', { count: summary.rejected })}</p>
          ) : null}
          <a
            className="ui-button ui-button--secondary ui-button--medium"
            href={rejectFileUrl(projectId, status.id)}
            download={`${status.fileName}.rejects.csv`}
          >
            {t('summary.download')}
          </a>
        </section>
      )}
      <div className="import-actions">
        <Button onClick={onAnother}>{t('summary.another')}</Button>
        <LinkButton variant="primary" to={analytics}>
          {t('summary.analytics')}
        </LinkButton>
      </div>
    </div>
  )
}
