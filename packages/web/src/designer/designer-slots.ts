import type { EmotionLane, JourneyMap, MapCommand, Stage, Touchpoint } from '@parcours/core'
import type { ReactNode } from 'react'

/** What a slot receives: the map as shown and the way to change it through core's commands. */
export interface SlotContext {
  readonly map: JourneyMap
  readonly execute: (...commands: MapCommand[]) => void
}

/**
 * Places other areas fill in the designer (the measured overlay, the export menu). Every slot is
 * optional; the designer works without them.
 */
export interface DesignerSlots {
  /** Under each stage's name, e.g. the measured overlay's stage badge. */
  readonly stageBadge?: (stage: Stage, context: SlotContext) => ReactNode
  /** Next to each touchpoint of the touchpoints lane, e.g. its measured badge or selector picker. */
  readonly touchpointBadge?: (touchpoint: Touchpoint, context: SlotContext) => ReactNode
  /** Under an emotion-curve lane's drawing, e.g. the measured curve beside the designed ones. */
  readonly emotionOverlay?: (lane: EmotionLane, context: SlotContext) => ReactNode
  /** At the end of the toolbar, e.g. the export menu. */
  readonly toolbar?: (context: SlotContext) => ReactNode
  /** A panel beside the grid, e.g. the measured overlay's details. */
  readonly aside?: (context: SlotContext) => ReactNode
}
