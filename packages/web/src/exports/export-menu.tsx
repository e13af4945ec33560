import type { JourneyMap } from '@parcours/core'
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Button } from '../ui/button.js'
import { downloadBlob } from './download-blob.js'
import { exportMap, type MapExportFormat, mapFileName } from './export-map.js'
import type { PrintLanguage } from './print-words.js'
import './exports.css'

const FORMATS: readonly MapExportFormat[] = ['pdf', 'png', 'svg', 'csv', 'json']

export interface ExportMenuProps {
  /** The map as it is now (what the user sees is what gets exported). */
  readonly map: JourneyMap
  /** The map's personas, named in the printed title block and emotion legend. */
  readonly personas?: readonly { readonly id: string; readonly name: string }[]
  /** The language of the words Parcours adds to the print; the app's language by default. */
  readonly language?: PrintLanguage
  /** Button size, to match a toolbar. */
  readonly size?: 'small' | 'medium'
  /**
   * When set, the menu ends with "Print preview", opening this path (the designer passes
   * `/projects/:projectId/maps/:mapId/print`).
   */
  readonly printPreviewPath?: string
}

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly format: MapExportFormat }
  | { readonly kind: 'done'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly format: MapExportFormat; readonly detail: string }

/**
 * An "Export" button opening a menu of PDF (vector, A3 landscape), PNG, SVG, CSV (the map as a
 * table) and JSON; choosing one
 * downloads the file, named from the map's title. Keyboard: Enter, Space or ↓ opens the menu on its
 * first item, ↑/↓/Home/End move, Enter chooses, Escape or Tab closes; the result is announced.
 *
 * @example <ExportMenu map={map} personas={personas} />
 */
export function ExportMenu({ map, personas, language, size = 'medium', printPreviewPath }: ExportMenuProps) {
  const { t, i18n } = useTranslation('exports')
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const menuId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const navigate = useNavigate()
  const itemCount = FORMATS.length + (printPreviewPath === undefined ? 0 : 1)
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([])
  const printLanguage: PrintLanguage = language ?? (i18n.resolvedLanguage === 'fr' ? 'fr' : 'en')
  const formatName = (format: MapExportFormat) => format.toUpperCase()

  // The "downloaded" line goes away after a while; errors stay until the next export.
  useEffect(() => {
    if (status.kind !== 'done') return
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), 6000)
    return () => clearTimeout(timer)
  }, [status])

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const focusItem = (index: number) => {
    const count = itemCount
    itemRefs.current[((index % count) + count) % count]?.focus()
  }

  const openMenu = (focusIndex: number) => {
    setOpen(true)
    // The items exist after this render.
    requestAnimationFrame(() => focusItem(focusIndex))
  }

  const close = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) rootRef.current?.querySelector<HTMLButtonElement>('button[aria-haspopup]')?.focus()
  }

  const choose = async (format: MapExportFormat) => {
    close(true)
    setStatus({ kind: 'busy', format })
    try {
      const blob = await exportMap(map, format, {
        language: printLanguage,
        ...(personas === undefined ? {} : { personas }),
      })
      const fileName = mapFileName(map, format)
      downloadBlob(blob, fileName)
      setStatus({ kind: 'done', fileName })
    } catch (error) {
      setStatus({ kind: 'failed', format, detail: error instanceof Error ? error.message : String(error) })
    }
  }

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      openMenu(event.key === 'ArrowDown' ? 0 : itemCount - 1)
    }
  }

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = itemRefs.current.indexOf(document.activeElement as HTMLButtonElement)
    const moves: Record<string, number | undefined> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: itemCount - 1,
    }
    const target = moves[event.key]
    if (target !== undefined) {
      event.preventDefault()
      focusItem(target)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      close(true)
    } else if (event.key === 'Tab') {
      close(false)
    }
  }

  return (
    <div className="export-menu" ref={rootRef}>
      <Button
        size={size}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('menu.label')}
        disabled={status.kind === 'busy'}
        onClick={() => (open ? close(false) : openMenu(0))}
        onKeyDown={onButtonKeyDown}
        icon={<DownloadIcon />}
      >
        {t('menu.button')}
      </Button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label={t('menu.label')}
          className="export-menu__list"
          onKeyDown={onMenuKeyDown}
        >
          {FORMATS.map((format, index) => (
            <button
              key={format}
              ref={(element) => {
                itemRefs.current[index] = element
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export-menu__item"
              onClick={() => void choose(format)}
            >
              <span className="export-menu__format" aria-hidden="true">
                {formatName(format)}
              </span>
              <span>{t(`menu.${format}`)}</span>
            </button>
          ))}
          {printPreviewPath === undefined ? null : (
            <button
              ref={(element) => {
                itemRefs.current[FORMATS.length] = element
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export-menu__item export-menu__item--separated"
              onClick={() => {
                close(false)
                void navigate(printPreviewPath)
              }}
            >
              <span className="export-menu__format export-menu__format--muted" aria-hidden="true">
                A3
              </span>
              <span>{t('menu.preview')}</span>
            </button>
          )}
        </div>
      ) : null}
      <div className="export-menu__status" role="status" aria-live="polite">
        {status.kind === 'busy' ? t('menu.busy', { format: formatName(status.format) }) : null}
        {status.kind === 'done' ? t('menu.done', { fileName: status.fileName }) : null}
      </div>
      {status.kind === 'failed' ? (
        <p role="alert" className="export-menu__error">
          {t('menu.failed', { format: formatName(status.format), detail: status.detail })}
        </p>
      ) : null}
    </div>
  )
}

function DownloadIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      aria-hidden="true"
    >
      <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
