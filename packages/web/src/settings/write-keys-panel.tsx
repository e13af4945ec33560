import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type CreatedWriteKey, createWriteKey, listWriteKeys, revokeWriteKey, type WriteKey } from '../api/settings.js'
import { Badge } from '../ui/badge.js'
import { Button } from '../ui/button.js'
import { Dialog } from '../ui/dialog.js'
import { EmptyState } from '../ui/empty-state.js'
import { ErrorMessage } from '../ui/error-message.js'
import { Loading } from '../ui/loading.js'
import { useResource } from '../ui/use-resource.js'
import { NewKeyNotice } from './new-key-notice.js'

type Action =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'failed'; readonly title: string; readonly error: unknown }
  | { readonly kind: 'done'; readonly message: string }

/**
 * The project's write keys: the list (last 4 characters, created, active or revoked), "Create a
 * key" (the secret shown once, see NewKeyNotice) and "Revoke" after a confirm dialog.
 */
export function WriteKeysPanel({ projectId }: { readonly projectId: string }) {
  const { t, i18n } = useTranslation('settings')
  const [keys, { reload, set }] = useResource(() => listWriteKeys(projectId), [projectId])
  const [created, setCreated] = useState<CreatedWriteKey | undefined>(undefined)
  const [confirming, setConfirming] = useState<WriteKey | undefined>(undefined)
  const [action, setAction] = useState<Action>({ kind: 'idle' })
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const formatDate = (iso: string) => dates.format(new Date(iso))

  const create = async () => {
    setAction({ kind: 'busy' })
    try {
      const fresh = await createWriteKey(projectId)
      setCreated(fresh)
      setAction({ kind: 'idle' })
      const { writeKey: _secret, ...info } = fresh
      if (keys.state === 'ready') set([...keys.value, info])
      else reload()
    } catch (error) {
      setAction({ kind: 'failed', title: t('keys.createError'), error })
    }
  }

  const revoke = async (key: WriteKey) => {
    setAction({ kind: 'busy' })
    try {
      const revoked = await revokeWriteKey(projectId, key.id)
      setConfirming(undefined)
      if (created?.id === key.id) setCreated(undefined)
      const message = revoked.alreadyRevoked ? 'keys.alreadyRevoked' : 'keys.revoked'
      setAction({ kind: 'done', message: t(message, { preview: revoked.preview }) })
      const { alreadyRevoked: _already, ...info } = revoked
      if (keys.state === 'ready') set(keys.value.map((item) => (item.id === info.id ? info : item)))
      else reload()
    } catch (error) {
      setConfirming(undefined)
      setAction({ kind: 'failed', title: t('keys.revokeError'), error })
    }
  }

  const createButton = (
    <Button variant="primary" icon="+" disabled={action.kind === 'busy'} onClick={create}>
      {action.kind === 'busy' && confirming === undefined ? t('keys.creating') : t('keys.create')}
    </Button>
  )

  return (
    <section className="settings-section" aria-labelledby="settings-keys-title">
      <div className="settings-section__head">
        <h2 id="settings-keys-title" className="settings-section__title">
          {t('keys.title')}
        </h2>
        {keys.state === 'ready' && keys.value.length > 0 ? createButton : null}
      </div>
      <p className="settings-hint">{t('keys.intro')}</p>
      {created === undefined ? null : <NewKeyNotice created={created} onDismiss={() => setCreated(undefined)} />}
      {action.kind === 'failed' ? <ErrorMessage error={action.error} title={action.title} /> : null}
      <p role="status" className="settings-status">
        {action.kind === 'done' ? action.message : ''}
      </p>
      {keys.state === 'loading' ? (
        <Loading />
      ) : keys.state === 'error' ? (
        <ErrorMessage error={keys.error} title={t('keys.loadError')} onRetry={reload} />
      ) : keys.value.length === 0 ? (
        <EmptyState
          level={3}
          icon="⚿"
          title={t('keys.empty')}
          description={t('keys.emptyHint')}
          action={createButton}
        />
      ) : (
        <div className="settings-table-frame">
          <table className="settings-table">
            <caption className="settings-visually-hidden">{t('keys.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('keys.columnKey')}</th>
                <th scope="col">{t('keys.columnCreated')}</th>
                <th scope="col">{t('keys.columnStatus')}</th>
                <th scope="col">
                  <span className="settings-visually-hidden">{t('keys.columnActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.value.map((key) => (
                <tr key={key.id} className={key.revokedAt === null ? undefined : 'settings-table__row--revoked'}>
                  <th scope="row">
                    <code className="settings-key-preview">…{key.preview}</code>
                    <span className="settings-key-id">{key.id}</span>
                  </th>
                  <td>{formatDate(key.createdAt)}</td>
                  <td>
                    {key.revokedAt === null ? (
                      <Badge tone="positive">{t('keys.active')}</Badge>
                    ) : (
                      <Badge tone="neutral">{t('keys.revokedOn', { date: formatDate(key.revokedAt) })}</Badge>
                    )}
                  </td>
                  <td className="settings-table__actions">
                    {key.revokedAt === null ? (
                      <Button
                        size="small"
                        variant="danger"
                        aria-label={t('keys.revokeLabel', { preview: key.preview })}
                        onClick={() => setConfirming(key)}
                      >
                        {t('keys.revoke')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog
        open={confirming !== undefined}
        size="small"
        onClose={() => setConfirming(undefined)}
        title={t('keys.confirmTitle', { preview: confirming?.preview ?? '' })}
        description={t('keys.confirmBody')}
        footer={
          <>
            <Button onClick={() => setConfirming(undefined)}>{t('keys.cancel')}</Button>
            <Button
              variant="danger"
              disabled={action.kind === 'busy'}
              onClick={() => {
                if (confirming !== undefined) void revoke(confirming)
              }}
            >
              {action.kind === 'busy' ? t('keys.revoking') : t('keys.confirm')}
            </Button>
          </>
        }
      >
        {confirming === undefined ? null : (
          <p className="settings-hint">
            {confirming.id} · {t('keys.endsWith', { preview: confirming.preview })}
          </p>
        )}
      </Dialog>
    </section>
  )
}
