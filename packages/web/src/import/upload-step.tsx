import { importFormatOf } from '@parcours/core'
import { type DragEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ImportStatus, uploadImport } from '../api/import.js'
import { describeRequestError, type ImportProblem, UPLOAD_LIMIT_MB } from './describe-import-problem.js'
import { ImportProblemAlert } from './import-problem-alert.js'

/** The file types the picker offers (the server also reads their .gz). */
const ACCEPTED = '.csv,.tsv,.jsonl,.json,.ndjson,.parquet,.xes,.gz'

export interface UploadStepProps {
  readonly projectId: string
  readonly onUploaded: (status: ImportStatus) => void
}

/** Step 1: a drop zone and a file picker (keyboard: Tab to "Choose a file", then Enter); uploads at once. */
export function UploadStep({ projectId, onUploaded }: UploadStepProps) {
  const { t } = useTranslation('import')
  const inputId = useId()
  const [dragging, setDragging] = useState(false)
  const [sending, setSending] = useState<{ readonly name: string; readonly fraction: number } | undefined>()
  const [problem, setProblem] = useState<ImportProblem | undefined>()

  const upload = (file: File) => {
    // Refused here rather than after sending: the server would answer before reading the body.
    if (importFormatOf(file.name) === undefined) {
      setProblem({ message: t('problem.unknown-format'), detail: file.name })
      return
    }
    if (file.size > UPLOAD_LIMIT_MB * 1024 * 1024) {
      setProblem({ message: t('problem.file-too-large', { limit: UPLOAD_LIMIT_MB }), detail: file.name })
      return
    }
    setProblem(undefined)
    setSending({ name: file.name, fraction: 0 })
    uploadImport(projectId, file, (fraction) => setSending({ name: file.name, fraction })).then(
      (status) => {
        setSending(undefined)
        onUploaded(status)
      },
      (error: unknown) => {
        setSending(undefined)
        setProblem(describeRequestError(error, t))
      },
    )
  }

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (file !== undefined && sending === undefined) upload(file)
  }

  return (
    <div className="import-step">
      {problem === undefined ? null : <ImportProblemAlert title={t('upload.failed')} problem={problem} />}
      <section
        aria-label={t('upload.drop')}
        className={dragging ? 'import-drop import-drop--active' : 'import-drop'}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span className="import-drop__icon" aria-hidden="true">
          ⇪
        </span>
        <p className="import-drop__title">{t('upload.drop')}</p>
        <p className="import-drop__or">{t('upload.or')}</p>
        <input
          id={inputId}
          type="file"
          className="import-drop__input ui-visually-hidden"
          accept={ACCEPTED}
          disabled={sending !== undefined}
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file !== undefined) upload(file)
          }}
        />
        <label htmlFor={inputId} className="ui-button ui-button--primary ui-button--medium import-drop__choose">
          {t('upload.choose')}
        </label>
        <p className="import-drop__formats">{t('upload.formats', { limit: UPLOAD_LIMIT_MB })}</p>
        {sending === undefined ? null : (
          <div className="import-drop__sending" role="status">
            <progress
              className="import-progress__bar"
              max={1}
              value={sending.fraction}
              aria-label={t('upload.uploading', { name: sending.name, percent: Math.round(sending.fraction * 100) })}
            />
            <p>
              {sending.fraction < 1
                ? t('upload.uploading', { name: sending.name, percent: Math.round(sending.fraction * 100) })
                : t('upload.reading', { name: sending.name })}
            </p>
          </div>
        )}
      </section>
    </div>
  )
}
