import { CHANNELS, type Channel, type PropertyPredicate, type Segment, type SegmentCondition } from '@parcours/core'
import { useTranslation } from 'react-i18next'
import { Button } from '../ui/button.js'
import { Select } from '../ui/select.js'
import { TextField } from '../ui/text-field.js'

const OPERATORS = ['eq', 'neq', 'contains', 'in', 'gt', 'gte', 'lt', 'lte', 'exists'] as const
type Operator = (typeof OPERATORS)[number]

/** A value typed in a field: a number when it reads as one, true/false, else the text. */
function scalarOf(text: string): string | number | boolean {
  const trimmed = text.trim()
  if (trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed)
  if (trimmed === 'true') return true
  if (trimmed === 'false') return false
  return text
}

function valueText(predicate: PropertyPredicate): string {
  switch (predicate.op) {
    case 'exists':
      return ''
    case 'in':
      return predicate.values.join(', ')
    default:
      return String(predicate.value)
  }
}

/** Rebuilds a predicate when its operator, property or value text changes. */
function predicateOf(op: Operator, property: string, text: string): PropertyPredicate {
  switch (op) {
    case 'exists':
      return { op, property }
    case 'in':
      return {
        op,
        property,
        values: text
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item !== '')
          .map(scalarOf),
      }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return { op, property, value: Number(text) }
    case 'contains':
      return { op, property, value: text }
    case 'eq':
    case 'neq':
      return { op, property, value: scalarOf(text) }
  }
}

function newCondition(kind: SegmentCondition['kind']): SegmentCondition {
  switch (kind) {
    case 'trait':
      return { kind, predicate: { op: 'eq', property: 'traits.', value: '' } }
    case 'performed':
      return { kind, selector: { events: [] } }
    case 'channel':
      return { kind, channels: [] }
  }
}

export interface PersonaSegmentEditorProps {
  readonly segment: Segment | undefined
  readonly onChange: (segment: Segment | undefined) => void
}

/**
 * The persona's segment: the conditions that tie it to real customers (a trait test, an event
 * done at least N times, a channel seen). The server validates the whole segment on save.
 */
export function PersonaSegmentEditor({ segment, onChange }: PersonaSegmentEditorProps) {
  const { t } = useTranslation('shell')
  if (segment === undefined) {
    return (
      <div className="shell-stack">
        <h2 className="shell-subheading">{t('persona.segment')}</h2>
        <p className="shell-muted">{t('persona.noSegment')}</p>
        <div>
          <Button icon="+" onClick={() => onChange({ match: 'all', conditions: [newCondition('trait')] })}>
            {t('segment.add')}
          </Button>
        </div>
      </div>
    )
  }
  const setCondition = (index: number, condition: SegmentCondition) =>
    onChange({ ...segment, conditions: segment.conditions.map((item, i) => (i === index ? condition : item)) })
  const removeCondition = (index: number) => {
    const conditions = segment.conditions.filter((_, i) => i !== index)
    onChange(conditions.length === 0 ? undefined : { ...segment, conditions })
  }
  return (
    <div className="shell-stack">
      <h2 className="shell-subheading">{t('persona.segment')}</h2>
      <Select
        label={t('segment.match')}
        value={segment.match}
        onChange={(event) => onChange({ ...segment, match: event.target.value === 'any' ? 'any' : 'all' })}
        options={[
          { value: 'all', label: t('segment.matchAll') },
          { value: 'any', label: t('segment.matchAny') },
        ]}
      />
      <ol className="shell-conditions">
        {segment.conditions.map((condition, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no id; their position is their identity
          <li key={index} className="shell-condition">
            <fieldset className="shell-condition__fields">
              <legend className="shell-condition__legend">{t('segment.condition', { number: index + 1 })}</legend>
              <div className="shell-condition__grid">
                <Select
                  label={t('segment.kind')}
                  value={condition.kind}
                  onChange={(event) =>
                    setCondition(index, newCondition(event.target.value as SegmentCondition['kind']))
                  }
                  options={[
                    { value: 'trait', label: t('segment.kindTrait') },
                    { value: 'performed', label: t('segment.kindPerformed') },
                    { value: 'channel', label: t('segment.kindChannel') },
                  ]}
                />
                <ConditionFields condition={condition} onChange={(next) => setCondition(index, next)} />
              </div>
            </fieldset>
            <Button
              variant="ghost"
              size="small"
              icon="✕"
              iconOnlyLabel={t('segment.remove', { number: index + 1 })}
              onClick={() => removeCondition(index)}
            />
          </li>
        ))}
      </ol>
      <div className="shell-row">
        <Button
          icon="+"
          onClick={() => onChange({ ...segment, conditions: [...segment.conditions, newCondition('trait')] })}
        >
          {t('segment.addCondition')}
        </Button>
        <Button variant="ghost" onClick={() => onChange(undefined)}>
          {t('segment.clear')}
        </Button>
      </div>
    </div>
  )
}

function ConditionFields({
  condition,
  onChange,
}: {
  readonly condition: SegmentCondition
  readonly onChange: (condition: SegmentCondition) => void
}) {
  const { t } = useTranslation('shell')
  switch (condition.kind) {
    case 'trait': {
      const { predicate } = condition
      const text = valueText(predicate)
      return (
        <>
          <TextField
            label={t('segment.property')}
            hint={t('segment.propertyHint')}
            value={predicate.property}
            onChange={(event) =>
              onChange({ kind: 'trait', predicate: predicateOf(predicate.op, event.target.value, text) })
            }
          />
          <Select
            label={t('segment.operator')}
            value={predicate.op}
            onChange={(event) =>
              onChange({
                kind: 'trait',
                predicate: predicateOf(event.target.value as Operator, predicate.property, text),
              })
            }
            options={OPERATORS.map((op) => ({ value: op, label: t(`segment.op.${op}`) }))}
          />
          {predicate.op === 'exists' ? null : (
            <TextField
              label={t('segment.value')}
              hint={predicate.op === 'in' ? t('segment.valuesHint') : undefined}
              value={text}
              onChange={(event) =>
                onChange({
                  kind: 'trait',
                  predicate: predicateOf(predicate.op, predicate.property, event.target.value),
                })
              }
            />
          )}
        </>
      )
    }
    case 'performed':
      return (
        <>
          <TextField
            label={t('segment.events')}
            hint={t('segment.valuesHint')}
            value={condition.selector.events.join(', ')}
            onChange={(event) =>
              onChange({
                ...condition,
                selector: {
                  ...condition.selector,
                  events: event.target.value.split(',').map((name) => name.trim()),
                },
              })
            }
          />
          <TextField
            label={t('segment.minCount')}
            type="number"
            min={1}
            value={condition.minCount ?? ''}
            onChange={(event) => {
              const { minCount: _, ...rest } = condition
              const count = Number.parseInt(event.target.value, 10)
              onChange(Number.isFinite(count) && count >= 1 ? { ...rest, minCount: count } : rest)
            }}
          />
        </>
      )
    case 'channel':
      return (
        <ChannelChecklist
          legend={t('segment.channels')}
          value={condition.channels}
          onChange={(channels) => onChange({ kind: 'channel', channels })}
        />
      )
  }
}

/** Checkboxes for channels, in the interface language. */
export function ChannelChecklist({
  legend,
  value,
  onChange,
}: {
  readonly legend: string
  readonly value: readonly Channel[]
  readonly onChange: (channels: Channel[]) => void
}) {
  const { t } = useTranslation('shell')
  return (
    <fieldset className="shell-checklist">
      <legend className="ui-field__label">{legend}</legend>
      {CHANNELS.map((channel) => (
        <label key={channel} className="shell-check">
          <input
            type="checkbox"
            checked={value.includes(channel)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? CHANNELS.filter((item) => item === channel || value.includes(item))
                  : value.filter((item) => item !== channel),
              )
            }
          />
          <span>{t(`persona.channels.${channel}`)}</span>
        </label>
      ))}
    </fieldset>
  )
}
