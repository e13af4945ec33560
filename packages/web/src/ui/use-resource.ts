import { type DependencyList, useCallback, useEffect, useState } from 'react'

/** What an asynchronous load is doing: still loading, failed (with the error), or ready. */
export type Resource<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: unknown }
  | { readonly state: 'ready'; readonly value: T }

/**
 * Loads data when `deps` change and exposes it as a Resource, plus `reload()` and `set()` (to
 * replace the value after a save without a round trip). A stale answer never overwrites a newer one.
 */
export function useResource<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): [Resource<T>, { readonly reload: () => void; readonly set: (value: T) => void }] {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' })
  const [generation, setGeneration] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to load again
  useEffect(() => {
    let current = true
    setResource({ state: 'loading' })
    load().then(
      (value) => {
        if (current) setResource({ state: 'ready', value })
      },
      (error: unknown) => {
        if (current) setResource({ state: 'error', error })
      },
    )
    return () => {
      current = false
    }
  }, [...deps, generation])
  const reload = useCallback(() => setGeneration((n) => n + 1), [])
  const set = useCallback((value: T) => setResource({ state: 'ready', value }), [])
  return [resource, { reload, set }]
}
