import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { EventCatalog } from '../api/measure.js'
import { type ConditionDraft, OPERATORS, type Operator } from './selector-draft.js'

export interface PropertyConditionRowProps {
  readonly index: number
  readonly condition: ConditionDraft
  readonly catalog: EventCatalog
  /** The id of the datalist of property paths. */
  readonly propertiesListId: string
  /** Whether the operator needs a number the value is not. */
  readonly numberNeeded: boolean
  readonly onChange: (condition: ConditionDraft) => void
  readonly onRemove: () => void
}

/** One property condition: the key (suggested from the catalog), the operator, the value (suggested from the key's top values). */
export function PropertyConditionRow({
  index,
  condition,
  catalog,
  propertiesListId,
  numberNeeded,
  onChange,
  onRemove,
}: PropertyConditionRowProps) {
  const { t } = useTranslation('measure')
  const id = useId()
  const values = catalog.properties.find((property) => property.path === condition.property)?.values ?? []
  const number = index + 1
  return (
    <div className="condition-row" data-condition={number}>
      <label className="measure-field">
        <span>
          {t('picker.property')} {number}
        </span>
        <input
          list={propertiesListId}
          value={condition.property}
          placeholder="properties.plan"
          onChange={(event) => onChange({ ...condition, property: event.target.value })}
        />
      </label>
      <label className="measure-field">
        <span>
          {t('picker.operator')} {number}
        </span>
        <select
          value={condition.op}
          onChange={(event) => onChange({ ...condition, op: event.target.value as Operator })}
        >
          {OPERATORS.map((op) => (
            <option key={op} value={op}>
              {t(`picker.op.${op}`)}
            </option>
          ))}
        </select>
      </label>
      {condition.op !== 'exists' && (
        <label className="measure-field">
          <span>
            {condition.op === 'in' ? t('picker.values') : t('picker.value')} {number}
          </span>
          <input
            list={`${id}-values`}
            value={condition.text}
            inputMode={['gt', 'gte', 'lt', 'lte'].includes(condition.op) ? 'decimal' : undefined}
            aria-invalid={numberNeeded}
            aria-describedby={numberNeeded ? `${id}-error` : undefined}
            onChange={(event) => onChange({ ...condition, text: event.target.value })}
          />
          <datalist id={`${id}-values`}>
            {values.map((entry) => (
              <option key={`${typeof entry.value}:${String(entry.value)}`} value={String(entry.value)}>
                {`${String(entry.value)} (${entry.events})`}
              </option>
            ))}
          </datalist>
          {numberNeeded && (
            <span id={`${id}-error`} className="measure-error">
              {t('picker.numberNeeded')}
            </span>
          )}
        </label>
      )}
      <button
        type="button"
        className="measure-button measure-button--quiet"
        aria-label={t('picker.removeCondition', { index: number })}
        onClick={onRemove}
      >
        ×
      </button>
    </div>
  )
}
