import type { JourneyMap, MapCommand } from '@parcours/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ExportMenu } from '../exports/export-menu.js'
import {
  MeasureDetails,
  MeasuredCurve,
  type MeasureTarget,
  MeasureToggle,
  measuredCurve,
  SelectorPickerDialog,
  StageMeasure,
  TouchpointMeasure,
  useMapMeasure,
} from '../measure/index.js'
import type { DesignerSlots } from './designer-slots.js'
import { STAGE_WIDTH } from './grid-geometry.js'

/** What the designer's neighbours need to fill their slots. */
export interface SlotInputs {
  readonly projectId: string
  readonly mapId: string
  readonly map: JourneyMap
  /** The saved version: the measured overlay is measured again when it changes. */
  readonly version: number
  readonly personaNames: ReadonlyMap<string, string>
  readonly execute: (...commands: MapCommand[]) => void
}

/**
 * Fills the designer's slots with the other areas' components: the export menu and the measured
 * overlay's switch in the toolbar, measured badges on stages and touchpoints with their details,
 * and each touchpoint's "bind to events" selector picker.
 */
export function useDesignerSlots({ projectId, mapId, map, version, personaNames, execute }: SlotInputs): DesignerSlots {
  const { t } = useTranslation('designer')
  const [measured, setMeasured] = useState(false)
  const [target, setTarget] = useState<MeasureTarget | undefined>(undefined)
  const [binding, setBinding] = useState<string | undefined>(undefined)
  const { measure, reload } = useMapMeasure(projectId, mapId, measured)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new saved version is measured again
  useEffect(() => {
    if (measured) reload()
  }, [version])

  const personas = map.personaIds.map((id) => ({ id, name: personaNames.get(id) ?? id }))
  const bound = map.touchpoints.find((touchpoint) => touchpoint.id === binding)
  const detailsSelector =
    target?.kind === 'touchpoint'
      ? map.touchpoints.find((touchpoint) => touchpoint.id === target.id)?.selector
      : undefined

  return {
    toolbar: () => (
      <>
        <MeasureToggle checked={measured} onChange={setMeasured} />
        <ExportMenu map={map} personas={personas} size="small" />
      </>
    ),
    emotionOverlay: (lane) => {
      // core's measurement compares the map's first emotion lane with what customers answered.
      if (!measured || measure === undefined || map.lanes.find((l) => l.kind === 'emotion-curve') !== lane) return null
      const data = measuredCurve(map, measure)
      return data === undefined ? null : (
        <div className="measured-curve-slot">
          <MeasuredCurve data={data} stageWidth={STAGE_WIDTH} />
        </div>
      )
    },
    stageBadge: (stage) =>
      measured && measure !== undefined ? (
        <StageMeasure measure={measure} stageId={stage.id} onOpenDetails={(id) => setTarget({ kind: 'stage', id })} />
      ) : null,
    touchpointBadge: (touchpoint) => (
      <div className="touchpoint-slot">
        {measured && measure !== undefined && (
          <TouchpointMeasure
            measure={measure}
            touchpointId={touchpoint.id}
            onOpenDetails={(id) => setTarget({ kind: 'touchpoint', id })}
          />
        )}
        <button
          type="button"
          className="link-button"
          aria-label={t(touchpoint.selector === undefined ? 'touchpoint.bind' : 'touchpoint.rebind', {
            name: touchpoint.name,
          })}
          onClick={() => setBinding(touchpoint.id)}
        >
          {touchpoint.selector === undefined ? t('touchpoint.bindShort') : t('touchpoint.rebindShort')}
        </button>
      </div>
    ),
    aside: () => (
      <>
        {target !== undefined && measure !== undefined && (
          <MeasureDetails
            measure={measure}
            target={target}
            selector={detailsSelector}
            onClose={() => setTarget(undefined)}
          />
        )}
        {bound !== undefined && (
          <SelectorPickerDialog
            projectId={projectId}
            touchpointName={bound.name}
            value={bound.selector}
            onSave={async (selector) => {
              execute({ type: 'set-touchpoint-selector', touchpointId: bound.id, selector })
            }}
            onClose={() => setBinding(undefined)}
          />
        )}
      </>
    ),
  }
}
