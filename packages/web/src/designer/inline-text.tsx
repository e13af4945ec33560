import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react'

/** Props of {@link InlineText}. */
export interface InlineTextProps {
  readonly value: string
  /** Called with the new text when the edit is committed and differs from `value`. */
  readonly onCommit: (value: string) => void
  /** The accessible name of the text while it is shown (e.g. "Rename stage Awareness"). */
  readonly label: string
  /** The accessible name of the field while editing (e.g. "Stage name"). */
  readonly fieldLabel: string
  /** Several lines: Shift+Enter adds a line, Enter commits. */
  readonly multiline?: boolean
  /** Names cannot be empty: an empty edit is cancelled. */
  readonly required?: boolean
  /** Shown when the value is empty. */
  readonly emptyText?: string
  /** Extra keys while the text is shown but not edited (e.g. Alt+arrows to move). */
  readonly onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void
  readonly className?: string
  /** What is shown instead of the raw value (e.g. a list with bullets). */
  readonly display?: ReactNode
  /** Marks the shown text so focus can be given back to it after a move (`focusLater`). */
  readonly focusKey?: string
}

/**
 * Text edited in place: click, Enter or F2 to edit; Enter (or leaving the field) commits, Escape cancels.
 */
export function InlineText(props: InlineTextProps) {
  const { value, onCommit, label, fieldLabel, multiline = false, required = false } = props
  const [draft, setDraft] = useState<string | undefined>(undefined)
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  const shown = useRef<HTMLDivElement>(null)
  const refocus = useRef(false)

  const editing = draft !== undefined
  useEffect(() => {
    if (editing) field.current?.select()
    else if (refocus.current) {
      refocus.current = false
      shown.current?.focus()
    }
  }, [editing])

  const finish = (commit: boolean, keepFocus: boolean) => {
    if (draft === undefined) return
    const text = multiline ? draft.replace(/\s+$/, '') : draft.trim()
    refocus.current = keepFocus
    setDraft(undefined)
    if (commit && text !== value && !(required && text === '')) onCommit(text)
  }

  if (draft !== undefined) {
    const common = {
      ref: field,
      className: 'inline-text-field',
      'aria-label': fieldLabel,
      value: draft,
      onBlur: () => finish(true, false),
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        event.stopPropagation()
        if (event.key === 'Escape') {
          event.preventDefault()
          finish(false, true)
        } else if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
          event.preventDefault()
          finish(true, true)
        }
      },
    }
    return multiline ? (
      <textarea
        {...common}
        rows={Math.min(8, Math.max(2, draft.split('\n').length))}
        onChange={(e) => setDraft(e.target.value)}
      />
    ) : (
      <input {...common} type="text" onChange={(e) => setDraft(e.target.value)} />
    )
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a button cannot hold the multi-line text layout of a cell
    <div
      ref={shown}
      data-focus-key={props.focusKey}
      role="button"
      tabIndex={0}
      aria-label={nameWithText(label, value === '' ? props.emptyText : (textOf(props.display) ?? value))}
      className={`inline-text ${props.className ?? ''} ${value === '' ? 'is-empty' : ''}`}
      onClick={() => setDraft(value)}
      onKeyDown={(event) => {
        if ((event.key === 'Enter' || event.key === 'F2') && !event.altKey) {
          event.preventDefault()
          setDraft(value)
          return
        }
        props.onKeyDown?.(event)
      }}
    >
      {value === '' ? <span className="inline-text-empty">{props.emptyText}</span> : (props.display ?? value)}
    </div>
  )
}

/** The text of a `display` when it is plain text; undefined for markup (its text is the value's). */
function textOf(display: ReactNode): string | undefined {
  return typeof display === 'string' || typeof display === 'number' ? String(display) : undefined
}

/**
 * The accessible name: the label, followed by the text shown when the label does not hold it, so a
 * screen reader reads the content and speech users can say what they see (WCAG 2.5.3, label in name).
 */
function nameWithText(label: string, shown: string | undefined): string {
  const text = (shown ?? '')
    .replace(/^\+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
  return text === '' || ` ${words(label)} `.includes(` ${words(text)} `) ? label : `${label}: ${text}`
}

/** The words of a text, lower-cased, separated by one space ("Pain point" is not in "Pain points"). */
function words(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join(' ')
}
