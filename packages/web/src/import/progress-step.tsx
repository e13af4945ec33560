import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getImport, type ImportStatus } from '../api/import.js'
import { describeRequestError, type ImportProblem } from './describe-import-problem.js'
import { ImportProblemAlert } from './import-problem-alert.js'

/** How often the import's state is asked for while it runs. */
const POLL_MS = 400

export interface ProgressStepProps {
  readonly projectId: string
  readonly status: ImportStatus
  readonly onFinished: (status: ImportStatus) => void
}

/** Step 4: a progress bar fed by polling the import until it is done or failed. */
export function ProgressStep({ projectId, status, onFinished }: ProgressStepProps) {
  const { t } = useTranslation('import')
  const [current, setCurrent] = useState(status)
  const [problem, setProblem] = useState<ImportProblem | undefined>()

  useEffect(() => {
    let active = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = () => {
      getImport(projectId, status.id).then(
        (next) => {
          if (!active) return
          setProblem(undefined)
          if (next.state === 'done' || next.state === 'failed') onFinished(next)
          else {
            setCurrent(next)
            timer = setTimeout(poll, POLL_MS)
          }
        },
        (error: unknown) => {
          if (!active) return
          setProblem(describeRequestError(error, t))
          timer = setTimeout(poll, POLL_MS * 5)
        },
      )
    }
    timer = setTimeout(poll, POLL_MS)
    return () => {
      active = false
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [projectId, status.id, onFinished, t])

  const progress = current.progress
  const fraction = progress?.fraction ?? null
  const phase = t(`progress.phase.${progress?.phase ?? 'reading'}`)
  const percent = fraction === null ? undefined : Math.round(fraction * 100)
  return (
    <div className="import-step">
      {problem === undefined ? null : <ImportProblemAlert title={t('problem.other')} problem={problem} />}
      <div className="import-progress">
        <p className="import-progress__phase" aria-live="polite">
          {phase}
          {percent === undefined ? '' : ` — ${percent} %`}
          {progress?.traces === undefined ? '' : ` — ${t('progress.traces', { count: progress.traces })}`}
        </p>
        {fraction === null ? (
          <progress className="import-progress__bar" aria-label={t('progress.label')} />
        ) : (
          <progress
            className="import-progress__bar"
            aria-label={t('progress.label')}
            max={1}
            value={fraction}
            aria-valuetext={`${phase} — ${percent} %`}
          />
        )}
        <p className="import-progress__wait">{t('progress.wait')}</p>
      </div>
    </div>
  )
}
