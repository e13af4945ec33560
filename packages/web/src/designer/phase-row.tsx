import { closestCenter, DndContext, type DragEndEvent } from '@dnd-kit/core'
import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable'
import type { JourneyMap, MapCommand, Phase } from '@parcours/core'
import type { KeyboardEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useDndAccessibility, useSortableSensors } from './dnd-accessibility.js'
import { InlineText } from './inline-text.js'
import { focusLater } from './move-in-list.js'
import { movePhaseCommands, phaseRuns } from './phase-runs.js'
import { SortableItem } from './sortable-item.js'

/** Props of {@link PhaseRow}. */
export interface PhaseRowProps {
  readonly map: JourneyMap
  readonly execute: (...commands: MapCommand[]) => void
}

/**
 * Phases above the stages they group: rename in place, move a phase with its stages (grip, arrow
 * buttons or Alt+ArrowLeft/Right on its name), delete it (its stages stay), add one.
 */
export function PhaseRow({ map, execute }: PhaseRowProps) {
  const { t } = useTranslation('designer')
  const sensors = useSortableSensors()
  const runs = phaseRuns(map)
  const names = new Map(map.phases.map((phase) => [phase.id, phase.name]))
  const accessibility = useDndAccessibility((id) => names.get(id) ?? id)
  const firstRun = new Map<string, number>()
  runs.forEach((run, i) => {
    if (run.phaseId !== undefined && !firstRun.has(run.phaseId)) firstRun.set(run.phaseId, i)
  })
  const sortableIds = [...firstRun.keys()]
  const unused = map.phases.filter((phase) => !firstRun.has(phase.id))
  const move = (phase: Phase, delta: number) => {
    const from = firstRun.get(phase.id)
    if (from === undefined) return
    const commands = movePhaseCommands(map, phase.id, from + delta)
    if (commands.length === 0) return
    execute(...commands)
    focusLater(`phase-${phase.id}`)
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over === null || active.id === over.id) return
    const target = firstRun.get(String(over.id))
    if (target !== undefined) execute(...movePhaseCommands(map, String(active.id), target))
  }
  const tools = (phase: Phase, movable: boolean): ReactNode => (
    <div className="header-tools">
      {movable && (
        <>
          <button
            type="button"
            className="icon-button"
            aria-label={t('phase.moveLeft', { name: phase.name })}
            title={t('phase.moveLeft', { name: phase.name })}
            onClick={() => move(phase, -1)}
          >
            ←
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('phase.moveRight', { name: phase.name })}
            title={t('phase.moveRight', { name: phase.name })}
            onClick={() => move(phase, 1)}
          >
            →
          </button>
        </>
      )}
      <button
        type="button"
        className="icon-button danger"
        aria-label={t('phase.remove', { name: phase.name })}
        title={t('phase.remove', { name: phase.name })}
        onClick={() => execute({ type: 'remove-phase', phaseId: phase.id })}
      >
        ×
      </button>
    </div>
  )
  const name = (phase: Phase, movable: boolean) => (
    <InlineText
      value={phase.name}
      required
      focusKey={`phase-${phase.id}`}
      label={t('phase.rename', { name: phase.name })}
      fieldLabel={t('phase.name')}
      className="phase-name"
      onKeyDown={(event: KeyboardEvent<HTMLElement>) => {
        if (movable && event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
          event.preventDefault()
          move(phase, event.key === 'ArrowLeft' ? -1 : 1)
        }
      }}
      onCommit={(text) => execute({ type: 'rename-phase', phaseId: phase.id, name: text })}
    />
  )
  const addPhase = (
    <InlineText
      value=""
      required
      label={t('phase.add')}
      fieldLabel={t('phase.name')}
      emptyText={`+ ${t('phase.add')}`}
      className="add-inline"
      onCommit={(text) => execute({ type: 'add-phase', name: text })}
    />
  )
  if (map.phases.length === 0) {
    return (
      <div className="grid-row phase-row">
        <div className="row-header">{t('grid.phases')}</div>
        <div className="phase-empty" style={{ gridColumn: `span ${map.stages.length + 1}` }}>
          {addPhase}
        </div>
      </div>
    )
  }
  return (
    <div className="grid-row phase-row">
      <div className="row-header">{t('grid.phases')}</div>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={accessibility}
      >
        <SortableContext items={sortableIds} strategy={horizontalListSortingStrategy}>
          {runs.map((run, i) => {
            const span = { gridColumn: `span ${run.stages.length}` }
            const phase = map.phases.find((candidate) => candidate.id === run.phaseId)
            const key = `${run.phaseId ?? 'none'}-${run.stages[0]?.id}`
            if (phase === undefined) return <div key={key} className="phase-block is-empty" style={span} />
            if (firstRun.get(phase.id) !== i) {
              return (
                <div key={key} className="phase-block" style={span}>
                  {name(phase, false)}
                  {tools(phase, false)}
                </div>
              )
            }
            return (
              <SortableItem
                key={key}
                id={phase.id}
                handleLabel={t('phase.drag', { name: phase.name })}
                className="phase-block"
                style={span}
              >
                {name(phase, true)}
                {tools(phase, true)}
              </SortableItem>
            )
          })}
        </SortableContext>
      </DndContext>
      <div className="add-column phase-extra">
        {unused.map((phase) => (
          <div key={phase.id} className="phase-chip" title={t('phase.unused')}>
            {name(phase, false)}
            {tools(phase, false)}
          </div>
        ))}
        {addPhase}
      </div>
    </div>
  )
}
