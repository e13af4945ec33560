/**
 * The measure area's public components, for the designer and the shell: the measured overlay
 * (`useMapMeasure`, `MeasureToggle`, `StageMeasure`, `TouchpointMeasure`, `MeasuredCurve` with
 * `measuredCurve`, `MeasureDetails`) and the touchpoint binding (`SelectorPicker`,
 * `SelectorPickerDialog`). See packages/web/README.md, "Measure".
 */

export { describeSelector } from './describe-selector.js'
export { type MeasureFormat, measureFormat, useMeasureFormat } from './format-measure.js'
export { MeasureDetails, type MeasureDetailsProps, type MeasureTarget } from './measure-details.js'
export { MeasureToggle, type MeasureToggleProps } from './measure-toggle.js'
export {
  MeasuredCurve,
  type MeasuredCurveData,
  type MeasuredCurvePoint,
  type MeasuredCurveProps,
  measuredCurve,
} from './measured-curve.js'
export { MeasuredKpiList } from './measured-kpi-list.js'
export { SelectorPicker, type SelectorPickerProps } from './selector-picker.js'
export { SelectorPickerDialog, type SelectorPickerDialogProps } from './selector-picker-dialog.js'
export { StageMeasure, type StageMeasureProps } from './stage-measure.js'
export { findMeasuredTouchpoint, TouchpointMeasure, type TouchpointMeasureProps } from './touchpoint-measure.js'
export { type MapMeasure, type MapMeasureState, useMapMeasure } from './use-map-measure.js'
