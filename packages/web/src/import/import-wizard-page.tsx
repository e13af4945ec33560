import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { getImport, type ImportStatus, removeImport } from '../api/import.js'
import { useCurrentProject } from '../shell/current-project.js'
import { Loading } from '../ui/loading.js'
import { PageHeader } from '../ui/page-header.js'
import { describeFailure, describeRequestError, type ImportProblem } from './describe-import-problem.js'
import { ImportProblemAlert } from './import-problem-alert.js'
import { draftFromPreview, type MappingDraft } from './mapping-draft.js'
import { MappingStep } from './mapping-step.js'
import { PreviewStep } from './preview-step.js'
import { ProgressStep } from './progress-step.js'
import { SummaryStep } from './summary-step.js'
import { UploadStep } from './upload-step.js'
import './import-wizard.css'

const STEPS = ['upload', 'preview', 'mapping', 'progress', 'summary'] as const
type Step = (typeof STEPS)[number]

/** The step that shows an import in this state. */
const stepOf = (status: ImportStatus): Step =>
  status.state === 'previewed' ? 'preview' : status.state === 'running' ? 'progress' : 'summary'

/**
 * `/projects/:projectId/import`: the import wizard. 1 upload a file (picker or drop), 2 preview its
 * first rows, 3 map the columns (prefilled with the detection), 4 watch the progress, 5 read the
 * summary with the rejected rows. The server imports with the same importer as `parcours import`.
 * The import's id stays in the address (`?import=imp_…`): a reload comes back to it.
 */
export function ImportWizardPage() {
  const { t } = useTranslation('import')
  const project = useCurrentProject()
  const [step, setStep] = useState<Step>('upload')
  const [status, setStatus] = useState<ImportStatus | undefined>()
  const [draft, setDraft] = useState<MappingDraft | undefined>()
  const [failure, setFailure] = useState<ImportProblem | undefined>()
  const heading = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)
  const [search, setSearch] = useSearchParams()
  const importId = search.get('import')
  const [resuming, setResuming] = useState<'idle' | 'loading' | ImportProblem>(importId === null ? 'idle' : 'loading')

  // Coming back to an import named in the address: its step, from its state.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the page opens
  useEffect(() => {
    if (importId === null) return
    getImport(project.id, importId).then(
      (found) => {
        setStatus(found)
        setDraft(draftFromPreview(found.preview))
        setFailure(found.failure === undefined ? undefined : describeFailure(found.failure, t))
        setStep(stepOf(found))
        setResuming('idle')
      },
      (error: unknown) => {
        setSearch({}, { replace: true })
        setResuming(describeRequestError(error, t))
      },
    )
  }, [])

  // Each step's heading takes the focus, so keyboard and screen-reader users follow the wizard.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    heading.current?.focus()
  }, [step])

  const reset = () => {
    if (status !== undefined && status.state !== 'running') void removeImport(project.id, status.id).catch(() => {})
    setStatus(undefined)
    setDraft(undefined)
    setFailure(undefined)
    setStep('upload')
    setSearch({})
  }

  const onFinished = useCallback(
    (finished: ImportStatus) => {
      setStatus(finished)
      setFailure(finished.failure === undefined ? undefined : describeFailure(finished.failure, t))
      setStep('summary')
    },
    [t],
  )

  const headings: Record<Step, string> = {
    upload: t('upload.heading'),
    preview: t('preview.heading', { name: status?.fileName ?? '' }),
    mapping: t('mapping.heading'),
    progress: t('progress.heading'),
    summary: t('summary.heading'),
  }

  return (
    <div className="import-page">
      <PageHeader eyebrow={project.document.name} title={t('title')} subtitle={t('subtitle')} />
      <ol className="import-steps" aria-label={t('steps.label')}>
        {STEPS.map((name, index) => {
          const position = STEPS.indexOf(step)
          const state = index < position ? 'past' : index === position ? 'current' : 'next'
          return (
            <li
              key={name}
              className={`import-steps__item import-steps__item--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="import-steps__number" aria-hidden="true">
                {index < position ? '✓' : index + 1}
              </span>
              <span>{t(`steps.${name}`)}</span>
            </li>
          )
        })}
      </ol>
      <section className="import-card" aria-labelledby="import-step-heading">
        <h2 id="import-step-heading" className="import-card__heading" ref={heading} tabIndex={-1}>
          {headings[step]}
        </h2>
        {typeof resuming === 'object' ? <ImportProblemAlert title={t('problem.other')} problem={resuming} /> : null}
        {resuming === 'loading' ? (
          <Loading />
        ) : step === 'upload' || status === undefined ? (
          <UploadStep
            projectId={project.id}
            onUploaded={(uploaded) => {
              setSearch({ import: uploaded.id })
              setResuming('idle')
              setStatus(uploaded)
              setDraft(draftFromPreview(uploaded.preview))
              setStep('preview')
            }}
          />
        ) : step === 'preview' ? (
          <PreviewStep status={status} onBack={reset} onNext={() => setStep('mapping')} />
        ) : step === 'mapping' && draft !== undefined ? (
          <MappingStep
            projectId={project.id}
            status={status}
            draft={draft}
            onDraftChange={setDraft}
            failure={failure}
            onBack={() => setStep('preview')}
            onStarted={(started) => {
              setStatus(started)
              setFailure(undefined)
              setStep('progress')
            }}
          />
        ) : step === 'progress' ? (
          <ProgressStep projectId={project.id} status={status} onFinished={onFinished} />
        ) : (
          <SummaryStep
            projectId={project.id}
            status={status}
            onAnother={reset}
            onBackToMapping={() => setStep('mapping')}
          />
        )}
      </section>
    </div>
  )
}
