import type { ProcessMap, ProcessMapEdge } from '@parcours/core'

/** The share of all transitions an edge carries, in percent. */
export const edgeShare = (edge: ProcessMapEdge, total: number): number =>
  total === 0 ? 0 : (edge.transitions / total) * 100

/** Above this many edges, the map opens with its rare edges hidden (a hairball helps nobody). */
export const READABLE_EDGES = 40

/** The smallest whole percent that leaves at most READABLE_EDGES edges shown (0 when they all fit). */
export function readableThreshold(map: ProcessMap): number {
  const shares = map.edges.map((edge) => edgeShare(edge, map.totalTransitions)).sort((a, b) => b - a)
  if (shares.length <= READABLE_EDGES) return 0
  return Math.floor(shares[READABLE_EDGES] as number) + 1
}
