import { Dictionary, type JourneyLog, NONE } from './journey-log.js'

/**
 * How events become activities: the event name (default), the name and XES lifecycle
 * (`A_SUBMITTED+COMPLETE`, as pm4py labels them), or the name and channel (`Call+phone`).
 */
export type Classifier = 'name' | 'name+lifecycle' | 'name+channel'
export const CLASSIFIERS: readonly Classifier[] = ['name', 'name+lifecycle', 'name+channel']

/** Each event's activity, dictionary-encoded; NONE marks an event that is not an activity (left out of the analysis). */
export interface Activities {
  readonly codes: Int32Array
  readonly labels: readonly string[]
}

/** The activities of a log under a classifier. An event without lifecycle or channel gets an empty suffix (`Call+`). */
export function classify(log: JourneyLog, classifier: Classifier): Activities {
  if (classifier === 'name') return { codes: log.name, labels: log.names }
  const [column, values] =
    classifier === 'name+lifecycle' ? [log.lifecycle, log.lifecycles] : [log.channel, log.channels]
  const labels = new Dictionary()
  const pairCodes = new Map<number, number>()
  const width = values.length + 1
  const codes = new Int32Array(log.eventCount)
  for (let i = 0; i < log.eventCount; i++) {
    const name = log.name[i] as number
    const suffix = column[i] as number
    const key = name * width + (suffix + 1)
    let code = pairCodes.get(key)
    if (code === undefined) {
      code = labels.code(`${log.names[name]}+${suffix === NONE ? '' : values[suffix]}`)
      pairCodes.set(key, code)
    }
    codes[i] = code
  }
  return { codes, labels: labels.values }
}
