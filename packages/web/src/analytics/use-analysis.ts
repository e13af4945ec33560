import { useEffect, useState } from 'react'
import { type AnalysisBody, type AnalysisResults, runAnalysis, type WebAnalysisKind } from '../api/analytics.js'

/** Where an analysis stands: not asked yet, running, answered, or failed (the error, shown in words by ErrorMessage). */
export type AnalysisState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly result: T }
  | { readonly status: 'error'; readonly error: unknown }

/** How long a request must stay unchanged before it is sent (typing in a field sends one request). */
const ANALYSIS_DELAY_MS = 200

/**
 * Runs an analysis whenever its request changes (compared as JSON) and has stayed so for
 * `ANALYSIS_DELAY_MS`, and keeps the latest answer; a null request means "not ready to ask" (a
 * form still incomplete). Stale answers are dropped.
 */
export function useAnalysis<K extends WebAnalysisKind>(
  projectId: string,
  request: AnalysisBody<K> | null,
): AnalysisState<AnalysisResults[K]> {
  const [state, setState] = useState<AnalysisState<AnalysisResults[K]>>({ status: 'idle' })
  const key = request === null ? '' : JSON.stringify(request)
  useEffect(() => {
    if (key === '') {
      setState({ status: 'idle' })
      return
    }
    let current = true
    setState({ status: 'loading' })
    const timer = setTimeout(() => {
      runAnalysis<K>(projectId, JSON.parse(key) as AnalysisBody<K>).then(
        (result) => {
          if (current) setState({ status: 'done', result })
        },
        (error: unknown) => {
          if (current) setState({ status: 'error', error })
        },
      )
    }, ANALYSIS_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [projectId, key])
  return state
}

/** Loads anything once per key (customers, maps…), with the same states as an analysis. */
export function useLoaded<T>(key: string, load: () => Promise<T>): AnalysisState<T> {
  const [state, setState] = useState<AnalysisState<T>>({ status: 'loading' })
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names what is loaded
  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    load().then(
      (result) => {
        if (current) setState({ status: 'done', result })
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', error })
      },
    )
    return () => {
      current = false
    }
  }, [key])
  return state
}
