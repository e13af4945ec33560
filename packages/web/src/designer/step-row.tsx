import { closestCenter, DndContext, type DragEndEvent } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type { JourneyMap, MapCommand, Stage, Step } from '@parcours/core'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useDndAccessibility, useSortableSensors } from './dnd-accessibility.js'
import { InlineText } from './inline-text.js'
import { focusLater } from './move-in-list.js'
import { SortableItem } from './sortable-item.js'

/** Props of {@link StepRow}. */
export interface StepRowProps {
  readonly map: JourneyMap
  readonly execute: (...commands: MapCommand[]) => void
}

/** The steps of every stage, in order, with their moment-of-truth flag. */
export function StepRow({ map, execute }: StepRowProps) {
  const { t } = useTranslation('designer')
  return (
    <div className="grid-row step-row">
      <div className="row-header">{t('grid.steps')}</div>
      {map.stages.map((stage, index) => (
        <StageSteps key={stage.id} map={map} stage={stage} index={index} execute={execute} />
      ))}
      <div className="add-column" />
    </div>
  )
}

function StageSteps({ map, stage, index, execute }: StepRowProps & { readonly stage: Stage; readonly index: number }) {
  const { t } = useTranslation('designer')
  const sensors = useSortableSensors()
  const ids = stage.steps.map((step) => step.id)
  const names = new Map(stage.steps.map((step) => [step.id, step.name]))
  const accessibility = useDndAccessibility((id) => names.get(id) ?? id)
  const moveTo = (step: Step, toStage: Stage | undefined, toIndex: number) => {
    if (toStage === undefined || toIndex < 0) return
    const limit = toStage.id === stage.id ? toStage.steps.length - 1 : toStage.steps.length
    if (toIndex > limit) return
    execute({ type: 'move-step', stepId: step.id, toStageId: toStage.id, toIndex })
    focusLater(`step-${step.id}`)
  }
  const onKey = (step: Step, at: number) => (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey) return
    const neighbour = (delta: number) => map.stages[index + delta]
    const moves: Record<string, () => void> = {
      ArrowUp: () => moveTo(step, stage, at - 1),
      ArrowDown: () => moveTo(step, stage, at + 1),
      ArrowLeft: () => moveTo(step, neighbour(-1), neighbour(-1)?.steps.length ?? 0),
      ArrowRight: () => moveTo(step, neighbour(1), neighbour(1)?.steps.length ?? 0),
    }
    const action = moves[event.key]
    if (action !== undefined) {
      event.preventDefault()
      action()
    }
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over === null || active.id === over.id) return
    const toIndex = ids.indexOf(String(over.id))
    if (toIndex !== -1) execute({ type: 'move-step', stepId: String(active.id), toStageId: stage.id, toIndex })
  }
  return (
    <div className="step-cell">
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={accessibility}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="step-list">
            {stage.steps.map((step, at) => (
              <li key={step.id}>
                <SortableItem
                  id={step.id}
                  handleLabel={t('step.drag', { name: step.name })}
                  className={`step ${step.isMomentOfTruth === true ? 'is-moment' : ''}`}
                >
                  <InlineText
                    value={step.name}
                    required
                    focusKey={`step-${step.id}`}
                    label={t('step.rename', { name: step.name })}
                    fieldLabel={t('step.name')}
                    className="step-name"
                    onKeyDown={onKey(step, at)}
                    onCommit={(name) => execute({ type: 'rename-step', stepId: step.id, name })}
                  />
                  <button
                    type="button"
                    className="icon-button moment-toggle"
                    aria-pressed={step.isMomentOfTruth === true}
                    aria-label={t('step.toggleMoment', { name: step.name })}
                    title={t('step.momentOfTruth')}
                    onClick={() =>
                      execute({
                        type: 'set-moment-of-truth',
                        stepId: step.id,
                        isMomentOfTruth: step.isMomentOfTruth !== true,
                      })
                    }
                  >
                    {step.isMomentOfTruth === true ? '★' : '☆'}
                  </button>
                  <button
                    type="button"
                    className="icon-button danger"
                    aria-label={t('step.remove', { name: step.name })}
                    title={t('step.remove', { name: step.name })}
                    onClick={() => execute({ type: 'remove-step', stepId: step.id })}
                  >
                    ×
                  </button>
                </SortableItem>
              </li>
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <InlineText
        value=""
        required
        label={t('step.add', { stage: stage.name })}
        fieldLabel={t('step.name')}
        emptyText={`+ ${t('step.new')}`}
        className="add-inline"
        onCommit={(name) => execute({ type: 'add-step', stageId: stage.id, name })}
      />
    </div>
  )
}
