import type { EmotionLane } from '@parcours/core'
import { useTranslation } from 'react-i18next'
import { type ContentLanguage, getTemplatePreview } from '../api/shell.js'
import { useResource } from '../ui/use-resource.js'

const MAX_LANES = 6

/**
 * A template drawn small: its stages as columns and its lanes as rows, a filled square where the
 * template has content. The figure's label lists the stages and lanes for screen readers.
 */
export function TemplateMiniGrid({
  templateId,
  title,
  language,
}: {
  readonly templateId: string
  readonly title: string
  readonly language: ContentLanguage
}) {
  const { t } = useTranslation('shell')
  const [preview] = useResource(() => getTemplatePreview(templateId, language), [templateId, language])

  if (preview.state === 'loading') return <div className="shell-mini shell-mini--loading" aria-hidden="true" />
  if (preview.state === 'error') return <p className="shell-muted">{t('templates.previewError')}</p>

  const { stages, lanes, cells } = preview.value.map
  const filled = new Set(cells.map((cell) => `${cell.laneId}/${cell.stageId}`))
  const shown = lanes.slice(0, MAX_LANES)
  const label = `${t('templates.preview', { title })}. ${stages.map((stage) => stage.name).join(', ')}. ${lanes
    .map((lane) => lane.title)
    .join(', ')}.`
  return (
    <figure className="shell-mini" role="img" aria-label={label}>
      <div
        className="shell-mini__grid"
        style={{ gridTemplateColumns: `minmax(4.5rem, 0.9fr) repeat(${stages.length}, 1fr)` }}
      >
        <span />
        {stages.map((stage) => (
          <span key={stage.id} className="shell-mini__stage" title={stage.name}>
            {stage.name}
          </span>
        ))}
        {shown.map((lane) => (
          <MiniRow
            key={lane.id}
            title={lane.title}
            laneId={lane.id}
            stageIds={stages.map((stage) => stage.id)}
            filled={filled}
            emotion={lane.kind === 'emotion-curve' ? emotionHeights(lane) : undefined}
          />
        ))}
      </div>
      <figcaption className="shell-mini__caption">
        {t('templates.stagesAndLanes', { stages: stages.length, lanes: lanes.length })}
        {lanes.length > MAX_LANES ? ` · ${t('templates.moreLanes', { count: lanes.length - MAX_LANES })}` : ''}
      </figcaption>
    </figure>
  )
}

/** The first curve's value at each stage, as a height from 0 (bottom of the scale) to 1 (top). */
function emotionHeights(lane: EmotionLane): ReadonlyMap<string, number> {
  const { min, max } = lane.scale
  const points = lane.curves[0]?.points ?? []
  return new Map(points.map((point) => [point.stageId, max === min ? 0.5 : (point.value - min) / (max - min)]))
}

function MiniRow(props: {
  readonly title: string
  readonly laneId: string
  readonly stageIds: readonly string[]
  readonly filled: ReadonlySet<string>
  readonly emotion: ReadonlyMap<string, number> | undefined
}) {
  return (
    <>
      <span className="shell-mini__lane" title={props.title}>
        {props.title}
      </span>
      {props.stageIds.map((stageId) => {
        const height = props.emotion?.get(stageId)
        if (height !== undefined) {
          return (
            <span key={stageId} className="shell-mini__cell shell-mini__cell--emotion">
              <span className="shell-mini__dot" style={{ bottom: `calc(${height * 100}% - ${height * 6}px)` }} />
            </span>
          )
        }
        const isFilled = props.filled.has(`${props.laneId}/${stageId}`)
        return (
          <span key={stageId} className={isFilled ? 'shell-mini__cell shell-mini__cell--filled' : 'shell-mini__cell'} />
        )
      })}
    </>
  )
}
