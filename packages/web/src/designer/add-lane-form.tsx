import {
  BlueprintArea,
  BlueprintZone,
  idsInUse,
  type JourneyMap,
  LANE_KINDS,
  type LaneKind,
  type MapCommand,
  slugify,
  uniqueId,
} from '@parcours/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { focusLater } from './move-in-list.js'

/** Emotion scales offered for a new curve lane. */
const SCALES = [
  { min: -2, max: 2 },
  { min: 1, max: 5 },
  { min: 1, max: 10 },
] as const

/** Props of {@link AddLaneForm}. */
export interface AddLaneFormProps {
  readonly map: JourneyMap
  readonly execute: (...commands: MapCommand[]) => void
}

/** Adds a lane of any kind at the bottom of the map: title, kind, and the scale or blueprint zone it needs. */
export function AddLaneForm({ map, execute }: AddLaneFormProps) {
  const { t } = useTranslation('designer')
  const [kind, setKind] = useState<LaneKind>('text')
  const [title, setTitle] = useState('')
  const [scale, setScale] = useState(0)
  const [zone, setZone] = useState<BlueprintZone>('frontstage')
  const [area, setArea] = useState<BlueprintArea>('people')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const name = title.trim() === '' ? t(`laneKind.${kind}`) : title.trim()
    const id = uniqueId(slugify(name), idsInUse(map))
    const lane =
      kind === 'emotion-curve'
        ? { kind, title: name, scale: SCALES[scale] ?? SCALES[0] }
        : kind === 'blueprint'
          ? { kind, title: name, zone, area }
          : { kind, title: name }
    execute({ type: 'add-lane', id, lane })
    setTitle('')
    focusLater(`lane-${id}`)
  }
  return (
    <form className="add-lane-form" onSubmit={submit} aria-label={t('lane.addTitle')}>
      <span className="add-lane-heading">{t('lane.addTitle')}</span>
      <label>
        {t('lane.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as LaneKind)}>
          {LANE_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`laneKind.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('lane.title')}
        <input
          type="text"
          value={title}
          placeholder={t(`laneKind.${kind}`)}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      {kind === 'emotion-curve' && (
        <label>
          {t('lane.scale')}
          <select value={scale} onChange={(e) => setScale(Number(e.target.value))}>
            {SCALES.map((option, i) => (
              <option key={`${option.min}`} value={i}>
                {t('emotion.scale', { min: option.min, max: option.max })}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'blueprint' && (
        <>
          <label>
            {t('lane.zone')}
            <select value={zone} onChange={(e) => setZone(e.target.value as BlueprintZone)}>
              {BlueprintZone.options.map((option) => (
                <option key={option} value={option}>
                  {t(`blueprint.zone.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('lane.area')}
            <select value={area} onChange={(e) => setArea(e.target.value as BlueprintArea)}>
              {BlueprintArea.options.map((option) => (
                <option key={option} value={option}>
                  {t(`blueprint.area.${option}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <button type="submit" className="button primary">
        {t('lane.add')}
      </button>
    </form>
  )
}
