import type { JourneyMap } from '@parcours/core'
import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { fetchMapForPrint, fetchPersonaNamesForPrint } from '../api/exports.js'
import { Button } from '../ui/button.js'
import { ErrorMessage } from '../ui/error-message.js'
import { Loading } from '../ui/loading.js'
import { PageHeader } from '../ui/page-header.js'
import { useResource } from '../ui/use-resource.js'
import { ExportMenu } from './export-menu.js'
import type { PrintLanguage } from './print-words.js'
import { renderMapPages, renderMapSvg } from './render-map-svg.js'
import './exports.css'

interface PrintData {
  readonly map: JourneyMap
  readonly personas: readonly { readonly id: string; readonly name: string }[]
}

/**
 * `/projects/:projectId/maps/:mapId/print`: the map laid out for print exactly as the SVG, PNG and
 * PDF exports draw it, with the export menu and the browser's print (A3 landscape).
 */
export function PrintPreviewPage() {
  const { t, i18n } = useTranslation('exports')
  const { projectId = '', mapId = '' } = useParams()
  const [data, { reload }] = useResource<PrintData>(async () => {
    const [map, personas] = await Promise.all([
      fetchMapForPrint(projectId, mapId),
      fetchPersonaNamesForPrint(projectId).catch(() => []),
    ])
    return { map, personas }
  }, [projectId, mapId])
  const language: PrintLanguage = i18n.resolvedLanguage === 'fr' ? 'fr' : 'en'
  const mapPath = `/projects/${encodeURIComponent(projectId)}/maps/${encodeURIComponent(mapId)}`

  return (
    <div className="print-preview">
      <PageHeader
        eyebrow={
          <Link to={mapPath}>
            <span aria-hidden="true">← </span>
            {t('preview.back')}
          </Link>
        }
        title={t('preview.title')}
        subtitle={data.state === 'ready' ? data.value.map.title : undefined}
        actions={
          data.state === 'ready' ? (
            <>
              <Button onClick={() => window.print()}>{t('preview.print')}</Button>
              <ExportMenu map={data.value.map} personas={data.value.personas} language={language} />
            </>
          ) : undefined
        }
      />
      {data.state === 'loading' ? (
        <Loading>{t('preview.loading')}</Loading>
      ) : data.state === 'error' ? (
        <ErrorMessage error={data.error} title={t('preview.loadFailed')} onRetry={reload} />
      ) : (
        <PrintSheet data={data.value} language={language} />
      )}
    </div>
  )
}

function PrintSheet({ data, language }: { readonly data: PrintData; readonly language: PrintLanguage }) {
  const { t } = useTranslation('exports')
  const sheetRef = useRef<HTMLElement>(null)
  const options = useMemo(() => ({ language, personas: data.personas }), [language, data.personas])
  const pageCount = useMemo(() => renderMapPages(data.map, options).length, [data.map, options])

  useEffect(() => {
    const svg = renderMapSvg(data.map, options)
    svg.classList.add('print-preview__svg')
    svg.setAttribute('aria-label', t('preview.figure', { title: data.map.title }))
    svg.removeAttribute('aria-labelledby')
    sheetRef.current?.replaceChildren(svg)
  }, [data.map, options, t])

  return (
    <>
      <p className="print-preview__note">{t('preview.pages', { count: pageCount })}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the wide drawing scrolls; keyboard users must reach it (WCAG 2.1.1) */}
      <section className="print-preview__sheet" ref={sheetRef} aria-label={t('preview.sheet')} tabIndex={0} />
    </>
  )
}
