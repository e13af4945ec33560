import type { BlueprintZone, JourneyMap } from './journey-map.schema.js'

/** Where the service-blueprint lines go: the index of the lane each line is drawn above. */
export interface BlueprintLines {
  /** Between the customer's lanes and the frontstage. */
  readonly interaction?: number
  /** Between what the customer sees (frontstage) and the backstage. */
  readonly visibility?: number
  /** Between the backstage and the support processes. */
  readonly internalInteraction?: number
}

/** Each line sits above the first blueprint lane of its zone; a map without that zone has no such line. */
export function blueprintLines(map: JourneyMap): BlueprintLines {
  const firstOf = (zone: BlueprintZone) => {
    const index = map.lanes.findIndex((lane) => lane.kind === 'blueprint' && lane.zone === zone)
    return index === -1 ? {} : { [zone]: index }
  }
  const { frontstage, backstage, support } = {
    ...firstOf('frontstage'),
    ...firstOf('backstage'),
    ...firstOf('support'),
  } as Partial<Record<BlueprintZone, number>>
  return {
    ...(frontstage === undefined ? {} : { interaction: frontstage }),
    ...(backstage === undefined ? {} : { visibility: backstage }),
    ...(support === undefined ? {} : { internalInteraction: support }),
  }
}
