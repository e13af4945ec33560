import type { ActivityFrequency } from '@parcours/core'
import { type ScopeFilter, scopeFields } from './scope-filter.js'
import { useAnalysis } from './use-analysis.js'

/**
 * The event names present in the filtered journeys with their counts, most frequent first: the
 * activities of a `process-map` analysis (by event name, or by the scope's classifier when
 * `classifier` is set), for step and anchor pickers.
 */
export function useActivities(
  projectId: string,
  scope: ScopeFilter,
  options: { readonly classifier?: boolean } = {},
): readonly ActivityFrequency[] {
  const state = useAnalysis<'process-map'>(projectId, {
    analysis: 'process-map',
    ...scopeFields(options.classifier === true ? scope : { ...scope, classifier: 'name' }, { classifier: true }),
  })
  return state.status === 'done' ? state.result.activities : []
}
