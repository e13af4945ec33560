import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { CopyButton } from './copy-button.js'
import { ingestionSnippets, WRITE_KEY_SLOT } from './ingestion-snippets.js'

/** One example: its heading, a hint, the text in a `<pre>` and a copy button. */
function Snippet({ title, hint, text }: { readonly title: string; readonly hint: string; readonly text: string }) {
  const id = useId()
  return (
    <div className="settings-snippet">
      <div className="settings-snippet__head">
        <h3 id={`${id}-title`} className="settings-subtitle">
          {title}
        </h3>
        <CopyButton text={text} what={title} />
      </div>
      <p className="settings-hint">{hint}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable example must be reachable by keyboard */}
      <section className="settings-pre-frame" aria-labelledby={`${id}-title`} tabIndex={0}>
        <pre className="settings-pre">{text}</pre>
      </section>
    </div>
  )
}

/** How to send events to this server: the ingestion URL, a curl call and an analytics.js setup. */
export function SendEventsPanel() {
  const { t } = useTranslation('settings')
  const snippets = ingestionSnippets(window.location.origin)
  const urlLabel = t('send.url')
  return (
    <section className="settings-section" aria-labelledby="settings-send-title">
      <h2 id="settings-send-title" className="settings-section__title">
        {t('send.title')}
      </h2>
      <p className="settings-hint">{t('send.intro')}</p>
      <dl className="settings-url">
        <dt className="settings-url__label">{urlLabel}</dt>
        <dd className="settings-url__value">
          <code>{snippets.url}</code>
          <CopyButton text={snippets.url} what={urlLabel} />
        </dd>
      </dl>
      <Snippet title={t('send.curl')} hint={t('send.curlHint', { key: WRITE_KEY_SLOT })} text={snippets.curl} />
      <Snippet
        title={t('send.analytics')}
        hint={t('send.analyticsHint', { key: WRITE_KEY_SLOT })}
        text={snippets.analytics}
      />
    </section>
  )
}
