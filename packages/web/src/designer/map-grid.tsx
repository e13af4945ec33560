import type { JourneyMap, MapCommand } from '@parcours/core'
import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { AddLaneForm } from './add-lane-form.js'
import type { DesignerSlots } from './designer-slots.js'
import { LANE_HEADER_WIDTH, STAGE_WIDTH } from './grid-geometry.js'
import { LaneRows } from './lane-rows.js'
import { PhaseRow } from './phase-row.js'
import { StageRow } from './stage-row.js'
import { StepRow } from './step-row.js'

/** Props of {@link MapGrid}. */
export interface MapGridProps {
  readonly map: JourneyMap
  readonly execute: (...commands: MapCommand[]) => void
  readonly slots: DesignerSlots
  readonly personaNames: ReadonlyMap<string, string>
}

/** The `stageBadge` slot's content under each stage (the measured overlay), when there is any. */
function StageBadgeRow({ map, execute, slots }: Omit<MapGridProps, 'personaNames'>) {
  const { t } = useTranslation('designer')
  const badges = map.stages.map((stage) => slots.stageBadge?.(stage, { map, execute }))
  if (badges.every((badge) => badge === undefined || badge === null || badge === false)) return null
  return (
    <div className="grid-row stage-badge-row">
      <div className="row-header">{t('grid.measured')}</div>
      {map.stages.map((stage, i) => (
        <div key={stage.id} className="stage-badge-cell">
          {badges[i]}
        </div>
      ))}
      <div className="add-column" />
    </div>
  )
}

/** The map as a grid: phases over stages (columns), their steps, then one row per typed lane. */
export function MapGrid({ map, execute, slots, personaNames }: MapGridProps) {
  const { t } = useTranslation('designer')
  const style = {
    '--stage-width': `${STAGE_WIDTH}px`,
    '--lane-header-width': `${LANE_HEADER_WIDTH}px`,
    gridTemplateColumns: [
      `${LANE_HEADER_WIDTH}px`,
      map.stages.length === 0 ? '' : `repeat(${map.stages.length}, ${STAGE_WIDTH}px)`,
      `minmax(${STAGE_WIDTH / 2}px, 1fr)`,
    ].join(' '),
  } as CSSProperties
  return (
    <section className="map-grid-scroller" aria-label={t('grid.label', { title: map.title })}>
      <div className="map-grid" style={style}>
        <PhaseRow map={map} execute={execute} />
        <StageRow map={map} execute={execute} />
        <StepRow map={map} execute={execute} />
        <StageBadgeRow map={map} execute={execute} slots={slots} />
        <LaneRows map={map} execute={execute} slots={slots} personaNames={personaNames} />
        <div className="grid-row add-lane-row">
          <AddLaneForm map={map} execute={execute} />
        </div>
      </div>
    </section>
  )
}
