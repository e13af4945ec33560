import type { JourneyMap, KpiDefinition, MapCommand } from '@parcours/core'
import { useTranslation } from 'react-i18next'
import type { CellProps } from './cell-props.js'
import { InlineText } from './inline-text.js'
import { TextCell } from './text-cell.js'

/** The KPIs of a stage, as cards: the KPIs of the stage itself, then those of its touchpoints. */
export function KpiCell(props: CellProps) {
  const { map, stage, execute } = props
  const touchpointIds = new Set(map.touchpoints.filter((tp) => tp.stageId === stage.id).map((tp) => tp.id))
  const kpis = map.kpis.filter(
    (kpi) =>
      (kpi.appliesTo.level === 'stage' && kpi.appliesTo.stageId === stage.id) ||
      (kpi.appliesTo.level === 'touchpoint' && touchpointIds.has(kpi.appliesTo.touchpointId)),
  )
  const touchpointName = (kpi: KpiDefinition) =>
    kpi.appliesTo.level === 'touchpoint'
      ? map.touchpoints.find((tp) => kpi.appliesTo.level === 'touchpoint' && tp.id === kpi.appliesTo.touchpointId)?.name
      : undefined
  return (
    <div className="kpi-cell">
      <ul className="kpi-list">
        {kpis.map((kpi) => (
          <KpiCard key={kpi.id} kpi={kpi} scope={touchpointName(kpi)} execute={execute} />
        ))}
      </ul>
      {(props.cell !== undefined || kpis.length === 0) && <TextCell {...props} />}
    </div>
  )
}

/** One KPI as a card: name, where it applies, direction, and its target (edited in place). */
function KpiCard({
  kpi,
  scope,
  execute,
}: {
  readonly kpi: KpiDefinition
  readonly scope: string | undefined
  readonly execute: (...commands: MapCommand[]) => void
}) {
  const { t } = useTranslation('designer')
  return (
    <li className="kpi-card" title={kpi.formula}>
      <span className="kpi-name">{kpi.name}</span>
      {scope !== undefined && <span className="kpi-scope">{scope}</span>}
      <div className="kpi-target">
        <span className="kpi-direction" aria-hidden="true">
          {kpi.direction === 'higher-is-better' ? '↑' : '↓'}
        </span>
        <span className="visually-hidden">{t(`kpi.${kpi.direction}`)}</span>
        <span>{t('kpi.target')}</span>
        <InlineText
          value={kpi.target === undefined ? '' : String(kpi.target)}
          label={t('kpi.editTarget', { name: kpi.name })}
          fieldLabel={t('kpi.targetOf', { name: kpi.name })}
          emptyText={t('kpi.noTarget')}
          className="kpi-target-value"
          display={kpi.target === undefined ? undefined : `${kpi.target}${t(`kpi.unit.${kpi.unit}`)}`}
          onCommit={(text) => {
            const target = Number(text.replace(',', '.'))
            if (text !== '' && Number.isFinite(target)) {
              execute({ type: 'update-kpi', kpiId: kpi.id, changes: { target } })
            }
          }}
        />
      </div>
    </li>
  )
}

/** The KPIs of the whole map, shown in the KPI lane's header. */
export function MapLevelKpis({
  map,
  execute,
}: {
  readonly map: JourneyMap
  readonly execute: (...commands: MapCommand[]) => void
}) {
  const { t } = useTranslation('designer')
  const kpis = map.kpis.filter((kpi) => kpi.appliesTo.level === 'map')
  if (kpis.length === 0) return null
  return (
    <div className="map-kpis">
      <span className="map-kpis-title">{t('kpi.wholeMap')}</span>
      <ul className="kpi-list">
        {kpis.map((kpi) => (
          <KpiCard key={kpi.id} kpi={kpi} scope={undefined} execute={execute} />
        ))}
      </ul>
    </div>
  )
}
