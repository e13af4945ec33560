import type { EventSelector } from '@parcours/core'
import { useEffect, useState } from 'react'
import { countSelectorEvents, type EventCount } from '../api/measure.js'

/** A live count: none asked (no valid selector), counting, counted, or failed. */
export type SelectorCountState =
  | { readonly status: 'idle' }
  | { readonly status: 'counting' }
  | { readonly status: 'ready'; readonly count: EventCount }
  | { readonly status: 'error'; readonly message: string }

/** How long the selector must stay unchanged before it is counted, in ms. */
export const COUNT_DEBOUNCE_MS = 300

/**
 * Counts the events a selector matches, `COUNT_DEBOUNCE_MS` after it last changed; a count still
 * running when the selector changes is cancelled.
 */
export function useSelectorCount(projectId: string, selector: EventSelector | undefined): SelectorCountState {
  const [state, setState] = useState<SelectorCountState>({ status: 'idle' })
  const key = selector === undefined ? '' : JSON.stringify(selector)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the selector's content
  useEffect(() => {
    if (selector === undefined) {
      setState({ status: 'idle' })
      return
    }
    setState({ status: 'counting' })
    const abort = new AbortController()
    const timer = setTimeout(() => {
      countSelectorEvents(projectId, selector, abort.signal).then(
        (count) => {
          if (!abort.signal.aborted) setState({ status: 'ready', count })
        },
        (error: unknown) => {
          if (!abort.signal.aborted)
            setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
        },
      )
    }, COUNT_DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      abort.abort()
    }
  }, [projectId, key])
  return state
}
