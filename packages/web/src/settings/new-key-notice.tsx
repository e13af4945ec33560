import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { CreatedWriteKey } from '../api/settings.js'
import { Button } from '../ui/button.js'
import { CopyButton } from './copy-button.js'

/**
 * A write key just created: its secret in a read-only field (selected and focused, so it can be
 * copied at once), a copy button and the warning that it will not be shown again.
 */
export function NewKeyNotice({
  created,
  onDismiss,
}: {
  readonly created: CreatedWriteKey
  readonly onDismiss: () => void
}) {
  const { t } = useTranslation('settings')
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])

  const label = t('keys.newSecret')
  return (
    <section className="settings-new-key" aria-labelledby="settings-new-key-title">
      <h3 id="settings-new-key-title" className="settings-subtitle">
        {t('keys.newTitle')}
      </h3>
      <p className="settings-new-key__warning" id="settings-new-key-warning">
        <span aria-hidden="true">⚠ </span>
        {t('keys.newWarning')}
      </p>
      <div className="settings-new-key__row">
        <label className="settings-visually-hidden" htmlFor="settings-new-key-secret">
          {label}
        </label>
        <input
          ref={input}
          id="settings-new-key-secret"
          className="ui-input settings-new-key__secret"
          readOnly
          value={created.writeKey}
          spellCheck={false}
          aria-describedby="settings-new-key-warning"
          onFocus={(event) => event.target.select()}
        />
        <CopyButton text={created.writeKey} what={label} variant="primary" />
      </div>
      <div>
        <Button size="small" variant="ghost" onClick={onDismiss}>
          {t('keys.dismiss')}
        </Button>
      </div>
    </section>
  )
}
