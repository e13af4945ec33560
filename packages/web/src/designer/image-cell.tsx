import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CellProps } from './cell-props.js'

/** Only web and relative addresses and inline images are shown; anything else is refused. */
export function isSafeImageUrl(url: string): boolean {
  return /^(https?:\/\/|\/(?!\/)|data:image\/(png|jpe?g|gif|webp);)/i.test(url.trim())
}

/** An image with its text alternative; both are required to add one. */
export function ImageCell({ place, cell, where, execute }: CellProps) {
  const { t } = useTranslation('designer')
  const image = cell?.content.kind === 'image' ? cell.content : undefined
  const [editing, setEditing] = useState(false)
  const [url, setUrl] = useState(image?.url ?? '')
  const [alt, setAlt] = useState(image?.alt ?? '')
  const valid = isSafeImageUrl(url) && alt.trim() !== ''
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!valid) return
    execute({ type: 'set-cell', ...place, content: { kind: 'image', url: url.trim(), alt: alt.trim() } })
    setEditing(false)
  }
  if (editing) {
    return (
      <form className="image-form" onSubmit={submit}>
        <label>
          {t('image.url')}
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required />
        </label>
        <label>
          {t('image.alt')}
          <input type="text" value={alt} onChange={(e) => setAlt(e.target.value)} required />
        </label>
        {url !== '' && !isSafeImageUrl(url) && <p className="field-error">{t('image.badUrl')}</p>}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={!valid}>
            {t('actions.save')}
          </button>
          <button type="button" className="button" onClick={() => setEditing(false)}>
            {t('actions.cancel')}
          </button>
        </div>
      </form>
    )
  }
  return (
    <div className="image-cell">
      {image !== undefined && isSafeImageUrl(image.url) && <img src={image.url} alt={image.alt} loading="lazy" />}
      <div className="cell-actions">
        <button
          type="button"
          className="link-button"
          aria-label={t('image.edit', { where })}
          onClick={() => setEditing(true)}
        >
          {image === undefined ? `+ ${t('image.add')}` : t('image.change')}
        </button>
        {image !== undefined && (
          <button
            type="button"
            className="link-button"
            aria-label={t('image.remove', { where })}
            onClick={() => execute({ type: 'clear-cell', ...place })}
          >
            {t('actions.remove')}
          </button>
        )}
      </div>
    </div>
  )
}
