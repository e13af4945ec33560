import type { Cell, JourneyMap, Lane, MapCommand, Stage } from '@parcours/core'
import { CardCell } from './card-cell.js'
import { type CellPlace, cellsAt, placeOf, stepName } from './cell-place.js'
import type { CellProps } from './cell-props.js'
import { ChannelCell } from './channel-cell.js'
import type { DesignerSlots } from './designer-slots.js'
import { EvidenceBadge } from './evidence-badge.js'
import { ImageCell } from './image-cell.js'
import { KpiCell } from './kpi-cell.js'
import { ObjectiveCell } from './objective-cell.js'
import { TextCell } from './text-cell.js'
import { TouchpointCell } from './touchpoint-cell.js'

/** The editor that fits a lane's kind. */
function CellEditor(props: CellProps) {
  switch (props.lane.kind) {
    case 'pain-points':
    case 'delights':
    case 'opportunities':
    case 'ideas':
      return <CardCell {...props} />
    case 'channels':
      return <ChannelCell {...props} />
    case 'images':
      return <ImageCell {...props} />
    case 'communication-objective':
      return <ObjectiveCell {...props} />
    case 'touchpoints':
      return props.place.stepId === undefined ? <TouchpointCell {...props} /> : <TextCell {...props} />
    case 'kpis':
      return props.place.stepId === undefined ? <KpiCell {...props} /> : <TextCell {...props} />
    default:
      return <TextCell {...props} />
  }
}

/** Props of {@link LaneCell}. */
export interface LaneCellProps {
  readonly map: JourneyMap
  readonly lane: Lane
  readonly stage: Stage
  readonly execute: (...commands: MapCommand[]) => void
  readonly slots: DesignerSlots
}

/** One lane × stage cell: the stage's content, then any content set on its steps, each with its evidence. */
export function LaneCell({ map, lane, stage, execute, slots }: LaneCellProps) {
  const { own, steps } = cellsAt(map, lane.id, stage.id)
  const part = (place: CellPlace, cell: Cell | undefined) => {
    const step = stepName(map, place.stepId)
    const where = [lane.title, stage.name, step].filter((text) => text !== undefined).join(', ')
    return (
      <div className="cell-part" key={place.stepId ?? ''}>
        {step !== undefined && <div className="cell-step-name">{step}</div>}
        <CellEditor
          map={map}
          lane={lane}
          stage={stage}
          place={place}
          {...(cell === undefined ? {} : { cell })}
          where={where}
          execute={execute}
          slots={slots}
        />
        {cell !== undefined && <EvidenceBadge cell={cell} place={where} execute={execute} />}
      </div>
    )
  }
  return (
    <div className={`lane-cell kind-${lane.kind}`}>
      {part({ laneId: lane.id, stageId: stage.id }, own)}
      {steps.map((cell) => part(placeOf(cell), cell))}
    </div>
  )
}
