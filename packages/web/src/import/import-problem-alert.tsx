import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportProblem } from './describe-import-problem.js'

/** An import problem as an alert: what happened in words, then the server's detail. */
export function ImportProblemAlert({
  title,
  problem,
  children,
}: {
  readonly title: ReactNode
  readonly problem: ImportProblem
  readonly children?: ReactNode
}) {
  const { t } = useTranslation('import')
  return (
    <div role="alert" className="ui-error import-alert">
      <p className="ui-error__headline">{title}</p>
      <p className="ui-error__detail">{problem.message}</p>
      {problem.detail === undefined ? null : (
        <p className="ui-error__detail import-alert__detail">{t('problem.details', { detail: problem.detail })}</p>
      )}
      {children}
    </div>
  )
}
