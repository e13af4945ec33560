import type { ProcessMap } from '@parcours/core'
import { describe, expect, it } from 'vitest'
import { edgeShare, READABLE_EDGES, readableThreshold } from '../../packages/web/src/analytics/process-map-threshold.js'

/** A map whose edges carry the given transitions (only what the threshold reads). */
function mapWithTransitions(transitions: readonly number[]): ProcessMap {
  const edges = transitions.map((count, e) => ({
    from: `a${e}`,
    to: `b${e}`,
    transitions: count,
    cases: count,
    duration: { mean: 0, median: 0, p90: 0 },
  }))
  const total = transitions.reduce((sum, count) => sum + count, 0)
  return {
    totalCases: 1,
    totalEvents: total + 1,
    totalTransitions: total,
    edges,
    activities: [],
    startActivities: [],
    endActivities: [],
  }
}

describe('the process map opens readable', () => {
  it('shows every edge when they are few', () => {
    expect(readableThreshold(mapWithTransitions([5, 3, 1]))).toBe(0)
  })

  it(`hides the rare edges of a large map, leaving at most ${READABLE_EDGES} and keeping the frequent ones`, () => {
    // 10 frequent edges (5 % each) and 140 rare ones (0.357 % each).
    const map = mapWithTransitions([...Array(10).fill(500), ...Array(140).fill(2500 / 70)])
    const threshold = readableThreshold(map)
    const shown = map.edges.filter((edge) => edgeShare(edge, map.totalTransitions) >= threshold)
    expect(shown.length).toBeLessThanOrEqual(READABLE_EDGES)
    expect(shown.length).toBe(10)
    expect(threshold).toBe(1)
  })
})
