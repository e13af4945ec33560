import {
  type ActivityFrequency,
  type BoundaryActivity,
  compareText,
  type ProcessMap,
  type ProcessMapEdge,
} from '@parcours/core'
import { durationStatisticsSql, durationSummaryOf } from './duration-order-statistics.js'
import { journeyCasesSql } from './journey-cases-sql.js'
import type { JourneyInput } from './journey-source.js'
import { type ClickHouseQuery, integerOf, queryRows } from './query-rows.js'

/** What a grouped row counts: a directly-follows edge, an activity's events, a case's first or last activity. */
const EDGE = 1
const ACTIVITY = 2
const START = 3
const END = 4

/**
 * Core's `computeProcessMap` computed inside ClickHouse (the activity is the source's `name`), in
 * one query: each case's events in journey order are turned into items — one per directly-follows
 * pair (with its duration), one per event, one for its first and one for its last event — which
 * are grouped by (kind, from, to): transitions or events, distinct cases, and per edge the exact
 * sum and type-7 order statistics of the durations. Only those aggregates come back; TypeScript
 * sorts them as core does.
 *
 * @example
 * const map = await clickhouseProcessMap((sql) => server.query(sql), { table: 'journey', project: 'p1' })
 * map.edges.length // 99 on the receipt log
 */
export async function clickhouseProcessMap(query: ClickHouseQuery, source: JourneyInput): Promise<ProcessMap> {
  const none = "'', toInt64(0)"
  const rows = await queryRows(
    query,
    `SELECT item.1 AS kind, item.2 AS source, item.3 AS target, count(), uniqExact(customer),
            ${durationStatisticsSql(`arraySort(groupArrayIf(item.4, item.1 = ${EDGE}))`)}
     FROM (${journeyCasesSql(source, '(ts, seq, name)')})
     ARRAY JOIN arrayConcat(
       arrayMap((a, b) -> (toUInt8(${EDGE}), a.3, b.3, b.1 - a.1), arrayPopBack(events), arrayPopFront(events)),
       arrayMap(x -> (toUInt8(${ACTIVITY}), x.3, ${none}), events),
       [(toUInt8(${START}), events[1].3, ${none}), (toUInt8(${END}), events[-1].3, ${none})]) AS item
     GROUP BY kind, source, target`,
  )
  const edges: ProcessMapEdge[] = []
  const activities: ActivityFrequency[] = []
  const startActivities: BoundaryActivity[] = []
  const endActivities: BoundaryActivity[] = []
  for (const [kind, from, to, count, cases, statistics] of rows) {
    const activity = from as string
    switch (integerOf(kind)) {
      case EDGE:
        edges.push({
          from: activity,
          to: to as string,
          transitions: integerOf(count),
          cases: integerOf(cases),
          duration: durationSummaryOf(statistics) as ProcessMapEdge['duration'],
        })
        break
      case ACTIVITY:
        activities.push({ activity, events: integerOf(count), cases: integerOf(cases) })
        break
      case START:
        startActivities.push({ activity, cases: integerOf(count) })
        break
      case END:
        endActivities.push({ activity, cases: integerOf(count) })
        break
    }
  }
  edges.sort((a, b) => b.transitions - a.transitions || compareText(a.from, b.from) || compareText(a.to, b.to))
  activities.sort((a, b) => b.events - a.events || compareText(a.activity, b.activity))
  const byCases = (a: BoundaryActivity, b: BoundaryActivity) => b.cases - a.cases || compareText(a.activity, b.activity)
  startActivities.sort(byCases)
  endActivities.sort(byCases)
  const totalCases = startActivities.reduce((sum, row) => sum + row.cases, 0)
  const totalEvents = activities.reduce((sum, row) => sum + row.events, 0)
  return {
    totalCases,
    totalEvents,
    totalTransitions: totalEvents - totalCases,
    edges,
    activities,
    startActivities,
    endActivities,
  }
}
