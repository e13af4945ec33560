import type { Cell, JourneyMap, Lane, MapCommand, Stage } from '@parcours/core'
import type { CellPlace } from './cell-place.js'
import type { DesignerSlots } from './designer-slots.js'

/** What every lane cell receives. */
export interface CellProps {
  readonly map: JourneyMap
  readonly lane: Lane
  readonly stage: Stage
  readonly place: CellPlace
  /** The cell stored at this place, if any. */
  readonly cell?: Cell
  /** Lane and stage (and step) in words, for accessible names: "Thoughts, Awareness". */
  readonly where: string
  readonly execute: (...commands: MapCommand[]) => void
  readonly slots: DesignerSlots
}
