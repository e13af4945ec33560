import { useTranslation } from 'react-i18next'
import type { StoredMap } from '../api/designer.js'
import type { EditorAction } from './map-editor-state.js'

/** Shown when someone else saved the map first: take their version, or put mine on top of it. */
export function ConflictBanner({
  theirs,
  pendingCount,
  dispatch,
}: {
  readonly theirs: StoredMap
  readonly pendingCount: number
  readonly dispatch: (action: EditorAction) => void
}) {
  const { t } = useTranslation('designer')
  return (
    <div className="banner banner-warning" role="alert">
      <div>
        <strong>{t('conflict.title')}</strong>
        <p>{t('conflict.detail', { version: theirs.version, count: pendingCount })}</p>
      </div>
      <div className="banner-actions">
        <button type="button" className="button primary" onClick={() => dispatch({ type: 'reload-theirs' })}>
          {t('conflict.reload')}
        </button>
        <button type="button" className="button" onClick={() => dispatch({ type: 'keep-mine' })}>
          {t('conflict.keep')}
        </button>
      </div>
    </div>
  )
}
