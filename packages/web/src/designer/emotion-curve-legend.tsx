import type { EmotionLane, JourneyMap, MapCommand } from '@parcours/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CURVE_COLOURS } from './grid-geometry.js'

/** Props of {@link EmotionCurveLegend}. */
export interface EmotionCurveLegendProps {
  readonly map: JourneyMap
  readonly lane: EmotionLane
  readonly execute: (...commands: MapCommand[]) => void
  readonly personaNames: ReadonlyMap<string, string>
}

/** Which line is which curve (solid: current, dashed: future), with a form to add a curve for a persona. */
export function EmotionCurveLegend({ map, lane, execute, personaNames }: EmotionCurveLegendProps) {
  const { t } = useTranslation('designer')
  const [label, setLabel] = useState('')
  const [state, setState] = useState<'current' | 'future'>('current')
  const [personaId, setPersonaId] = useState('')
  const add = (event: FormEvent) => {
    event.preventDefault()
    if (label.trim() === '') return
    execute({
      type: 'add-emotion-curve',
      laneId: lane.id,
      label: label.trim(),
      state,
      ...(personaId === '' ? {} : { personaId }),
    })
    setLabel('')
  }
  return (
    <div className="emotion-legend">
      <ul aria-label={t('emotion.legend')}>
        {lane.curves.map((curve, c) => (
          <li key={curve.id} style={{ color: CURVE_COLOURS[c % CURVE_COLOURS.length] }}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="1"
                x2="27"
                y1="5"
                y2="5"
                stroke="currentColor"
                strokeWidth="2.5"
                strokeDasharray={curve.state === 'future' ? '6 4' : undefined}
              />
            </svg>
            <span className="legend-label">{curve.label}</span>
            <span className="legend-state">
              {t(`emotion.state.${curve.state}`)}
              {curve.personaId === undefined ? '' : ` · ${personaNames.get(curve.personaId) ?? curve.personaId}`}
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label={t('emotion.removeCurve', { curve: curve.label })}
              title={t('emotion.removeCurve', { curve: curve.label })}
              onClick={() => execute({ type: 'remove-emotion-curve', laneId: lane.id, curveId: curve.id })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={add} aria-label={t('emotion.addCurve')}>
        <input
          type="text"
          value={label}
          placeholder={t('emotion.curveLabel')}
          aria-label={t('emotion.curveLabel')}
          onChange={(e) => setLabel(e.target.value)}
        />
        <select
          aria-label={t('emotion.curveState')}
          value={state}
          onChange={(e) => setState(e.target.value as 'current' | 'future')}
        >
          <option value="current">{t('emotion.state.current')}</option>
          <option value="future">{t('emotion.state.future')}</option>
        </select>
        {map.personaIds.length > 0 && (
          <select
            aria-label={t('emotion.curvePersona')}
            value={personaId}
            onChange={(e) => setPersonaId(e.target.value)}
          >
            <option value="">{t('emotion.everyone')}</option>
            {map.personaIds.map((id) => (
              <option key={id} value={id}>
                {personaNames.get(id) ?? id}
              </option>
            ))}
          </select>
        )}
        <button type="submit" className="button" disabled={label.trim() === ''}>
          {t('emotion.addCurve')}
        </button>
      </form>
    </div>
  )
}
