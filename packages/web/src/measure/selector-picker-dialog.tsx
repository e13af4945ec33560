import type { EventSelector } from '@parcours/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectorPicker } from './selector-picker.js'
import './measure.css'

export interface SelectorPickerDialogProps {
  readonly projectId: string
  /** The touchpoint being bound, for the title. */
  readonly touchpointName: string
  readonly value: EventSelector | undefined
  /** Saves the chosen selector (`null` unbinds); a rejection's message is shown and the dialog stays open. */
  readonly onSave: (selector: EventSelector | null) => Promise<void>
  readonly onClose: () => void
}

/**
 * `<SelectorPicker>` in a modal dialog with Save, Unbind (when bound) and Cancel: how a touchpoint
 * is bound to events. Escape cancels.
 *
 * @example <SelectorPickerDialog projectId="acme" touchpointName="Checkout" value={tp.selector} onSave={save} onClose={close} />
 */
export function SelectorPickerDialog({ projectId, touchpointName, value, onSave, onClose }: SelectorPickerDialogProps) {
  const { t } = useTranslation('measure')
  const dialog = useRef<HTMLDialogElement>(null)
  const [selector, setSelector] = useState<EventSelector | undefined>(value)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | undefined>()
  useEffect(() => {
    const element = dialog.current
    if (element !== null && !element.open) element.showModal()
  }, [])

  const save = async (chosen: EventSelector | null) => {
    setSaving(true)
    setError(undefined)
    try {
      await onSave(chosen)
      dialog.current?.close()
    } catch (cause) {
      setError(t('page.saveFailed', { message: cause instanceof Error ? cause.message : String(cause) }))
    } finally {
      setSaving(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      className="measure-details selector-dialog"
      aria-labelledby="selector-dialog-title"
      onClose={onClose}
    >
      <header className="measure-details__header">
        <h2 id="selector-dialog-title">{t('picker.title', { name: touchpointName })}</h2>
      </header>
      <SelectorPicker projectId={projectId} value={value} onChange={setSelector} />
      {error !== undefined && (
        <p role="alert" className="measure-error">
          {error}
        </p>
      )}
      <footer className="measure-details__actions">
        {value !== undefined && (
          <button
            type="button"
            className="measure-button measure-button--quiet"
            disabled={saving}
            onClick={() => save(null)}
          >
            {t('page.unbind')}
          </button>
        )}
        <button type="button" className="measure-button measure-button--quiet" onClick={() => dialog.current?.close()}>
          {t('picker.cancel')}
        </button>
        <button
          type="button"
          className="measure-button"
          disabled={saving || selector === undefined}
          onClick={() => selector !== undefined && save(selector)}
        >
          {t('picker.save')}
        </button>
      </footer>
    </dialog>
  )
}
