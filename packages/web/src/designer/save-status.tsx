import { useTranslation } from 'react-i18next'
import type { EditorAction, EditorState } from './map-editor-state.js'

/** Saved, saving, unsaved or failed: where autosave stands, announced politely to screen readers. */
export function SaveStatus({
  state,
  dispatch,
  reloadSaved,
}: {
  readonly state: EditorState
  readonly dispatch: (action: EditorAction) => void
  readonly reloadSaved: () => void
}) {
  const { t } = useTranslation('designer')
  const { save, pending } = state
  const kind =
    save.kind === 'saving'
      ? 'saving'
      : save.kind === 'error'
        ? 'error'
        : save.kind === 'conflict'
          ? 'conflict'
          : pending.length > 0
            ? 'pending'
            : 'saved'
  return (
    <div className={`save-status status-${kind}`} role="status" aria-live="polite">
      <span className="status-dot" aria-hidden="true" />
      <span>
        {kind === 'error' && save.kind === 'error'
          ? save.message === ''
            ? t('save.unreachable')
            : t('save.error', { message: save.message })
          : t(`save.${kind}`, { version: state.version })}
      </span>
      {kind === 'error' && (
        <>
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'retry' })}>
            {t('save.retry')}
          </button>
          <button type="button" className="link-button" onClick={reloadSaved}>
            {t('save.reload')}
          </button>
        </>
      )}
    </div>
  )
}
