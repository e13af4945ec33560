import { closestCenter, DndContext, type DragEndEvent } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { blueprintLines, type JourneyMap, type Lane, type MapCommand } from '@parcours/core'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import type { DesignerSlots } from './designer-slots.js'
import { useDndAccessibility, useSortableSensors } from './dnd-accessibility.js'
import { EmotionCurveLane } from './emotion-curve-lane.js'
import { EmotionCurveLegend } from './emotion-curve-legend.js'
import { EmotionValuesTable } from './emotion-values-table.js'
import { MapLevelKpis } from './kpi-cell.js'
import { LaneCell } from './lane-cell.js'
import { LaneHeader } from './lane-header.js'
import { focusLater, shiftedIndex } from './move-in-list.js'
import { SortableItem } from './sortable-item.js'

/** Props of {@link LaneRows}. */
export interface LaneRowsProps {
  readonly map: JourneyMap
  readonly execute: (...commands: MapCommand[]) => void
  readonly slots: DesignerSlots
  readonly personaNames: ReadonlyMap<string, string>
}

type LineName = 'interaction' | 'visibility' | 'internalInteraction'

/** The lanes, top to bottom, with the service-blueprint lines drawn where core's `blueprintLines` puts them. */
export function LaneRows({ map, execute, slots, personaNames }: LaneRowsProps) {
  const { t } = useTranslation('designer')
  const sensors = useSortableSensors()
  const ids = map.lanes.map((lane) => lane.id)
  const titles = new Map(map.lanes.map((lane) => [lane.id, lane.title]))
  const accessibility = useDndAccessibility((id) => titles.get(id) ?? id)
  const lines = blueprintLines(map)
  const lineAt = new Map<number, LineName>()
  for (const name of ['interaction', 'visibility', 'internalInteraction'] as const) {
    const at = lines[name]
    if (at !== undefined) lineAt.set(at, name)
  }
  const move = (lane: Lane, delta: number) => {
    const toIndex = shiftedIndex(ids, lane.id, delta)
    if (toIndex === undefined) return
    execute({ type: 'move-lane', laneId: lane.id, toIndex })
    focusLater(`lane-${lane.id}`)
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over === null || active.id === over.id) return
    const toIndex = ids.indexOf(String(over.id))
    if (toIndex !== -1) execute({ type: 'move-lane', laneId: String(active.id), toIndex })
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={accessibility}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {map.lanes.map((lane, index) => {
          const line = lineAt.get(index)
          return (
            <Fragment key={lane.id}>
              {line !== undefined && (
                // biome-ignore lint/a11y/useSemanticElements: the line spans a CSS grid row, an <hr> cannot hold its label
                <div
                  className={`grid-row blueprint-line line-${line}`}
                  role="separator"
                  aria-label={t(`blueprint.line.${line}`)}
                >
                  <span>{t(`blueprint.line.${line}`)}</span>
                </div>
              )}
              <SortableItem
                id={lane.id}
                handleLabel={t('lane.drag', { title: lane.title })}
                className={`grid-row lane-row kind-${lane.kind} ${lane.kind === 'blueprint' ? `zone-${lane.zone}` : ''}`}
              >
                {(handle) => (
                  <>
                    <LaneHeader
                      lane={lane}
                      index={index}
                      count={map.lanes.length}
                      handle={handle}
                      move={(delta) => move(lane, delta)}
                      execute={execute}
                      extra={lane.kind === 'kpis' ? <MapLevelKpis map={map} execute={execute} /> : undefined}
                    />
                    {lane.kind === 'emotion-curve' ? (
                      <div className="emotion-span" style={{ gridColumn: `span ${Math.max(1, map.stages.length)}` }}>
                        <EmotionCurveLane map={map} lane={lane} execute={execute} />
                        {slots.emotionOverlay?.(lane, { map, execute })}
                        <EmotionCurveLegend map={map} lane={lane} execute={execute} personaNames={personaNames} />
                        <EmotionValuesTable map={map} lane={lane} />
                      </div>
                    ) : (
                      map.stages.map((stage) => (
                        <LaneCell key={stage.id} map={map} lane={lane} stage={stage} execute={execute} slots={slots} />
                      ))
                    )}
                    <div className="add-column" />
                  </>
                )}
              </SortableItem>
            </Fragment>
          )
        })}
      </SortableContext>
    </DndContext>
  )
}
