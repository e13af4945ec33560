import { useTranslation } from 'react-i18next'
import { EmptyState } from '../ui/empty-state.js'
import { LinkButton } from '../ui/link-button.js'

/** Any address no route matches. */
export function NotFoundPage() {
  const { t } = useTranslation('shell')
  return (
    <main id="main" className="shell-main shell-main--full" tabIndex={-1}>
      <div className="shell-page shell-page--narrow">
        <EmptyState
          icon="⌕"
          level={1}
          title={t('notFound.title')}
          description={t('notFound.description')}
          action={
            <LinkButton to="/" variant="primary">
              {t('notFound.home')}
            </LinkButton>
          }
        />
      </div>
    </main>
  )
}
