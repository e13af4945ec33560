import { closestCenter, DndContext, type DragEndEvent } from '@dnd-kit/core'
import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable'
import type { JourneyMap, MapCommand, Stage } from '@parcours/core'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useDndAccessibility, useSortableSensors } from './dnd-accessibility.js'
import { InlineText } from './inline-text.js'
import { focusLater, shiftedIndex } from './move-in-list.js'
import { SortableItem } from './sortable-item.js'

/** Props of {@link StageRow}. */
export interface StageRowProps {
  readonly map: JourneyMap
  readonly execute: (...commands: MapCommand[]) => void
}

/**
 * The stage headers (the map's columns): rename in place, reorder by dragging the grip or with
 * Alt+ArrowLeft/Right on the name (or the arrow buttons), choose the phase, delete, add a stage.
 */
export function StageRow({ map, execute }: StageRowProps) {
  const { t } = useTranslation('designer')
  const sensors = useSortableSensors()
  const ids = map.stages.map((stage) => stage.id)
  const names = new Map(map.stages.map((stage) => [stage.id, stage.name]))
  const accessibility = useDndAccessibility((id) => names.get(id) ?? id)
  const move = (stage: Stage, delta: number) => {
    const toIndex = shiftedIndex(ids, stage.id, delta)
    if (toIndex === undefined) return
    execute({ type: 'move-stage', stageId: stage.id, toIndex })
    focusLater(`stage-${stage.id}`)
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over === null || active.id === over.id) return
    const toIndex = ids.indexOf(String(over.id))
    if (toIndex !== -1) execute({ type: 'move-stage', stageId: String(active.id), toIndex })
  }
  const onNameKey = (stage: Stage) => (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey) return
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault()
      move(stage, event.key === 'ArrowLeft' ? -1 : 1)
    }
  }
  return (
    <div className="grid-row stage-row">
      <div className="row-header">{t('grid.stages')}</div>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={accessibility}
      >
        <SortableContext items={ids} strategy={horizontalListSortingStrategy}>
          {map.stages.map((stage, index) => {
            const moments = stage.steps.filter((step) => step.isMomentOfTruth === true).length
            return (
              <SortableItem
                key={stage.id}
                id={stage.id}
                handleLabel={t('stage.drag', { name: stage.name })}
                className="stage-header"
              >
                <div className="header-main">
                  <InlineText
                    value={stage.name}
                    required
                    focusKey={`stage-${stage.id}`}
                    label={t('stage.rename', { name: stage.name })}
                    fieldLabel={t('stage.name')}
                    className="stage-name"
                    onKeyDown={onNameKey(stage)}
                    onCommit={(name) => execute({ type: 'rename-stage', stageId: stage.id, name })}
                  />
                  {moments > 0 && (
                    <span className="moment-flag" title={t('step.momentOfTruth')}>
                      <span aria-hidden="true">★</span> {t('stage.moments', { count: moments })}
                    </span>
                  )}
                </div>
                <div className="header-tools">
                  {map.phases.length > 0 && (
                    <select
                      aria-label={t('stage.phase', { name: stage.name })}
                      value={stage.phaseId ?? ''}
                      onChange={(event) =>
                        execute({
                          type: 'set-stage-phase',
                          stageId: stage.id,
                          phaseId: event.target.value === '' ? null : event.target.value,
                        })
                      }
                    >
                      <option value="">{t('stage.noPhase')}</option>
                      {map.phases.map((phase) => (
                        <option key={phase.id} value={phase.id}>
                          {phase.name}
                        </option>
                      ))}
                    </select>
                  )}
                  <button
                    type="button"
                    className="icon-button"
                    disabled={index === 0}
                    aria-label={t('stage.moveLeft', { name: stage.name })}
                    title={t('stage.moveLeft', { name: stage.name })}
                    onClick={() => move(stage, -1)}
                  >
                    ←
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={index === map.stages.length - 1}
                    aria-label={t('stage.moveRight', { name: stage.name })}
                    title={t('stage.moveRight', { name: stage.name })}
                    onClick={() => move(stage, 1)}
                  >
                    →
                  </button>
                  <button
                    type="button"
                    className="icon-button danger"
                    disabled={map.stages.length === 1}
                    aria-label={t('stage.remove', { name: stage.name })}
                    title={t('stage.remove', { name: stage.name })}
                    onClick={() => execute({ type: 'remove-stage', stageId: stage.id })}
                  >
                    ×
                  </button>
                </div>
              </SortableItem>
            )
          })}
        </SortableContext>
      </DndContext>
      <div className="add-column">
        <InlineText
          value=""
          required
          label={t('stage.add')}
          fieldLabel={t('stage.name')}
          emptyText={`+ ${t('stage.add')}`}
          className="add-inline"
          onCommit={(name) => {
            const phaseId = map.stages.at(-1)?.phaseId
            execute({ type: 'add-stage', name, ...(phaseId === undefined ? {} : { phaseId }) })
          }}
        />
      </div>
    </div>
  )
}
