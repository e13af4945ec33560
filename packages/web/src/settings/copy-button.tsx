import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../ui/button.js'

export interface CopyButtonProps {
  /** The exact text put on the clipboard. */
  readonly text: string
  /** What is copied, for the button's accessible name ("Copy: Ingestion URL"). */
  readonly what: string
  readonly variant?: 'primary' | 'secondary'
}

/**
 * Copies a text to the clipboard and says so in a polite live region. Where the Clipboard API is
 * missing (a page served over plain http from another host), it falls back to a hidden text area
 * and `document.execCommand('copy')`; when both fail it asks the user to copy by hand.
 */
export function CopyButton({ text, what, variant = 'secondary' }: CopyButtonProps) {
  const { t } = useTranslation('settings')
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (status !== 'copied') return undefined
    const timer = window.setTimeout(() => setStatus('idle'), 4000)
    return () => window.clearTimeout(timer)
  }, [status])

  const copy = async () => {
    setStatus((await copyText(text)) ? 'copied' : 'failed')
  }

  return (
    <span className="settings-copy">
      <Button size="small" variant={variant} aria-label={t('send.copyLabel', { what })} onClick={copy}>
        {t('send.copy')}
      </Button>
      <span role="status" className={status === 'failed' ? 'settings-copy__status--failed' : 'settings-copy__status'}>
        {status === 'copied' ? t('send.copied') : status === 'failed' ? t('send.copyFailed') : ''}
      </span>
    </span>
  )
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard !== undefined) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Denied or unavailable: try the older way below.
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}
