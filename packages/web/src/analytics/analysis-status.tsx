import { useTranslation } from 'react-i18next'
import { EmptyState } from '../ui/empty-state.js'
import { ErrorMessage } from '../ui/error-message.js'
import { Loading } from '../ui/loading.js'
import type { AnalysisState } from './use-analysis.js'

/**
 * What the user sees while an analysis is not answered: a status line while it runs, an alert
 * with the server's words when it failed, a prompt while the form is incomplete. Renders nothing
 * once the answer is there.
 */
export function AnalysisStatus(props: { readonly state: AnalysisState<unknown>; readonly idleText?: string }) {
  const { t } = useTranslation('analytics')
  const { state } = props
  if (state.status === 'loading') return <Loading>{t('common.loading')}</Loading>
  if (state.status === 'error') return <ErrorMessage error={state.error} title={t('common.errorTitle')} />
  if (state.status === 'idle') return <p className="analytics-empty">{props.idleText ?? t('common.idle')}</p>
  return null
}

/** What an analysis shows when it answered but found nothing. */
export function EmptyResult(props: { readonly text?: string }) {
  const { t } = useTranslation('analytics')
  return <EmptyState level={3} title={props.text ?? t('common.empty')} description={t('common.emptyHint')} />
}
