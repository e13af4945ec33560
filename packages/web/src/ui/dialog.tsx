import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import './ui.css'

export interface DialogProps {
  readonly open: boolean
  /** Called when the dialog asks to close: Escape, the close button, or a click on the backdrop. */
  readonly onClose: () => void
  /** The dialog's title: shown as its heading and used as its accessible name. */
  readonly title: ReactNode
  readonly description?: ReactNode
  readonly children: ReactNode
  /** Actions at the bottom (buttons); put a form's submit button here with `form="<form id>"`. */
  readonly footer?: ReactNode
  readonly size?: 'small' | 'medium' | 'large'
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A modal dialog on the native `<dialog>`: the page behind is inert, Tab stays inside, Escape
 * closes it, and focus goes back to the element that opened it.
 */
export function Dialog({ open, onClose, title, description, children, footer, size = 'medium' }: DialogProps) {
  const { t } = useTranslation('shell')
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (dialog === null) return
    if (open && !dialog.open) {
      const opener = document.activeElement
      dialog.showModal()
      const first = dialog.querySelector<HTMLElement>('[autofocus], input, select, textarea')
      first?.focus()
      return () => {
        if (dialog.open) dialog.close()
        if (opener instanceof HTMLElement) opener.focus()
      }
    }
    return undefined
  }, [open])

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || ref.current === null) return
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    if (first === undefined || last === undefined) return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return (
    <dialog
      ref={ref}
      className={`ui-dialog ui-dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : descriptionId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onKeyDown={trapTab}
      onClick={(event) => {
        if (event.target === ref.current) onClose()
      }}
    >
      {open ? (
        <div className="ui-dialog__frame">
          <header className="ui-dialog__header">
            <h2 id={titleId} className="ui-dialog__title">
              {title}
            </h2>
            <button type="button" className="ui-dialog__close" aria-label={t('ui.close')} onClick={onClose}>
              <span aria-hidden="true">×</span>
            </button>
          </header>
          {description === undefined ? null : (
            <p id={descriptionId} className="ui-dialog__description">
              {description}
            </p>
          )}
          <div className="ui-dialog__body">{children}</div>
          {footer === undefined ? null : <footer className="ui-dialog__footer">{footer}</footer>}
        </div>
      ) : null}
    </dialog>
  )
}
