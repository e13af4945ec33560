import type { EmotionLane, JourneyMap } from '@parcours/core'
import { useTranslation } from 'react-i18next'

/** The emotion curves as a table of values per stage: the curve's text alternative. */
export function EmotionValuesTable({ map, lane }: { readonly map: JourneyMap; readonly lane: EmotionLane }) {
  const { t } = useTranslation('designer')
  const stepNames = new Map(map.stages.flatMap((stage) => stage.steps.map((step) => [step.id, step.name] as const)))
  return (
    <details className="emotion-values">
      <summary>{t('emotion.values')}</summary>
      <table className="data-table">
        <caption>
          {t('emotion.valuesCaption', { title: lane.title, min: lane.scale.min, max: lane.scale.max })}
          {lane.scale.minLabel !== undefined && ` ${lane.scale.min} = ${lane.scale.minLabel}.`}
          {lane.scale.maxLabel !== undefined && ` ${lane.scale.max} = ${lane.scale.maxLabel}.`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('emotion.curve')}</th>
            {map.stages.map((stage) => (
              <th scope="col" key={stage.id}>
                {stage.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lane.curves.map((curve) => (
            <tr key={curve.id}>
              <th scope="row">
                {curve.label} ({t(`emotion.state.${curve.state}`)})
              </th>
              {map.stages.map((stage) => {
                const points = curve.points.filter((point) => point.stageId === stage.id)
                return (
                  <td key={stage.id}>
                    {points.length === 0
                      ? '—'
                      : points
                          .map(
                            (point) =>
                              `${point.stepId === undefined ? '' : `${stepNames.get(point.stepId) ?? point.stepId}: `}${point.value}${point.note === undefined ? '' : ` (${point.note})`}`,
                          )
                          .join('; ')}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
