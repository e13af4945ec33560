import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ImportStatus, startImport } from '../api/import.js'
import { Button } from '../ui/button.js'
import { Select, type SelectOption } from '../ui/select.js'
import { TextField } from '../ui/text-field.js'
import { describeRequestError, type ImportProblem } from './describe-import-problem.js'
import { ImportProblemAlert } from './import-problem-alert.js'
import {
  type ColumnField,
  draftProblems,
  IDENTIFIER_KINDS,
  type MappingDraft,
  mappingOfDraft,
  propertyColumns,
} from './mapping-draft.js'

/** Date formats offered as suggestions (any strptime format is accepted). */
const FORMAT_SUGGESTIONS = [
  'iso8601',
  '%d/%m/%Y %H:%M:%S',
  '%d/%m/%Y %H:%M',
  '%d/%m/%Y',
  '%Y-%m-%d %H:%M:%S',
  '%m/%d/%Y %H:%M:%S',
  '%d-%m-%Y %H:%M',
  '%d.%m.%Y %H:%M',
]

export interface MappingStepProps {
  readonly projectId: string
  readonly status: ImportStatus
  readonly draft: MappingDraft
  readonly onDraftChange: (draft: MappingDraft) => void
  /** A problem met by the last run (a failed import), shown on its field. */
  readonly failure?: ImportProblem | undefined
  readonly onBack: () => void
  readonly onStarted: (status: ImportStatus) => void
}

/** Step 3: one select per field, prefilled with the detection; checked here, then by the server (400 names the field). */
export function MappingStep({ projectId, status, draft, onDraftChange, failure, onBack, onStarted }: MappingStepProps) {
  const { t } = useTranslation('import')
  const [showProblems, setShowProblems] = useState(false)
  const [starting, setStarting] = useState(false)
  const [problem, setProblem] = useState<ImportProblem | undefined>(failure)
  const isXes = status.format === 'xes'
  const columns = status.preview.columns
  const local = draftProblems(draft)
  const columnOptions = (empty: string): SelectOption[] => [
    { value: '', label: empty },
    ...columns.map((column) => ({ value: column, label: column })),
  ]

  const errorOf = (field: string): string | undefined => {
    const localProblem = showProblems ? local[field as ColumnField] : undefined
    if (localProblem !== undefined) return t(`mapping.problem.${localProblem}`)
    return problem?.field === field ? problem.message : undefined
  }

  const setColumn = (field: ColumnField, value: string) => {
    if (problem?.field === field) setProblem(undefined)
    onDraftChange({ ...draft, columns: { ...draft.columns, [field]: value } })
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!isXes && Object.keys(local).length > 0) {
      setShowProblems(true)
      return
    }
    setStarting(true)
    setProblem(undefined)
    const request = isXes
      ? {}
      : {
          mapping: mappingOfDraft(draft, columns),
          ...(status.preview.delimiter === undefined ? {} : { delimiter: status.preview.delimiter }),
        }
    startImport(projectId, status.id, request).then(onStarted, (error: unknown) => {
      setStarting(false)
      setProblem(describeRequestError(error, t))
    })
  }

  const columnSelect = (field: ColumnField, required: boolean, hint?: string) => (
    <Select
      key={field}
      label={t(`mapping.field.${field}`)}
      options={columnOptions(required ? t('mapping.none') : t('mapping.automatic'))}
      value={draft.columns[field]}
      onChange={(event) => setColumn(field, event.target.value)}
      required={required}
      hint={hint}
      error={errorOf(field)}
    />
  )

  const kept = propertyColumns(draft, columns)
  const sameTimestamp = draft.columns.timestamp !== '' && draft.columns.timestamp === status.preview.mapping.timestamp
  const { timestampFormat: detectedFormat, likelyTimestampFormat: likely } = status.preview
  const formatHint = !sameTimestamp
    ? undefined
    : detectedFormat !== undefined
      ? t('mapping.hint.timestampFormat', { format: detectedFormat })
      : likely !== undefined
        ? t('mapping.hint.timestampFormatLikely', { format: likely.format, percent: Math.round(likely.share * 100) })
        : t('mapping.hint.timestampFormatUndetected')

  return (
    <form className="import-step" onSubmit={submit} noValidate>
      {problem === undefined ? null : <ImportProblemAlert title={t('mapping.fix')} problem={problem} />}
      {showProblems && Object.keys(local).length > 0 ? (
        <p role="alert" className="import-form-problem">
          {t('mapping.fix')}
        </p>
      ) : null}
      {isXes ? (
        <p className="import-intro">{t('mapping.xesIntro')}</p>
      ) : (
        <>
          <p className="import-intro">{t('mapping.intro')}</p>
          <div className="import-mapping">
            <fieldset className="import-group">
              <legend>{t('mapping.events')}</legend>
              {columnSelect('activity', true)}
              {columnSelect('timestamp', true)}
              <datalist id="import-date-formats">
                {FORMAT_SUGGESTIONS.map((format) => (
                  <option key={format} value={format} />
                ))}
              </datalist>
              <TextField
                label={t('mapping.field.timestampFormat')}
                list="import-date-formats"
                value={draft.timestampFormat}
                placeholder={status.preview.timestampFormat ?? '%d/%m/%Y %H:%M'}
                onChange={(event) => onDraftChange({ ...draft, timestampFormat: event.target.value })}
                hint={formatHint}
                error={errorOf('timestampFormat')}
                autoComplete="off"
                spellCheck={false}
              />
              <TextField
                label={t('mapping.field.timezone')}
                value={draft.timezone}
                placeholder="UTC"
                onChange={(event) => onDraftChange({ ...draft, timezone: event.target.value })}
                hint={t('mapping.hint.timezone')}
                error={errorOf('timezone')}
                autoComplete="off"
                spellCheck={false}
              />
            </fieldset>
            <fieldset className="import-group">
              <legend>{t('mapping.people')}</legend>
              {columnSelect('caseId', false, t('mapping.hint.caseId'))}
              {columnSelect('userId', false)}
              {columnSelect('anonymousId', false)}
            </fieldset>
            <fieldset className="import-group">
              <legend>{t('mapping.more')}</legend>
              {columnSelect('channel', false)}
              {columnSelect('lifecycle', false)}
              {columnSelect('messageId', false)}
            </fieldset>
            <fieldset className="import-group import-group--wide">
              <legend>{t('mapping.identifiers')}</legend>
              <p className="import-group__hint">{t('mapping.identifiersHint')}</p>
              <div className="import-group__row">
                {IDENTIFIER_KINDS.map((kind) => (
                  <Select
                    key={kind}
                    label={t(`mapping.identifier.${kind}`)}
                    options={columnOptions(t('mapping.none'))}
                    value={draft.identifiers[kind]}
                    onChange={(event) =>
                      onDraftChange({ ...draft, identifiers: { ...draft.identifiers, [kind]: event.target.value } })
                    }
                    error={errorOf(`identifiers.${kind}`)}
                  />
                ))}
              </div>
            </fieldset>
            <fieldset className="import-group import-group--wide">
              <legend>{t('mapping.properties')}</legend>
              {kept.length === 0 ? (
                <p className="import-group__hint">{t('mapping.noProperties')}</p>
              ) : (
                <>
                  <p className="import-group__hint">{t('mapping.propertiesHint')}</p>
                  <ul className="import-checks">
                    {kept.map((column) => (
                      <li key={column}>
                        <label className="import-check">
                          <input
                            type="checkbox"
                            checked={!draft.excluded.includes(column)}
                            onChange={(event) =>
                              onDraftChange({
                                ...draft,
                                excluded: event.target.checked
                                  ? draft.excluded.filter((name) => name !== column)
                                  : [...draft.excluded, column],
                              })
                            }
                          />
                          <span>{column}</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </fieldset>
          </div>
        </>
      )}
      <div className="import-actions">
        <Button onClick={onBack}>{t('mapping.back')}</Button>
        <Button type="submit" variant="primary" disabled={starting}>
          {starting ? t('mapping.starting') : t('mapping.start')}
        </Button>
      </div>
    </form>
  )
}
