/** The width of one stage column, in CSS pixels (the emotion curve's SVG uses the same unit). */
export const STAGE_WIDTH = 248
/** The width of the lane headers' column. */
export const LANE_HEADER_WIDTH = 208
/** The height of the emotion curve's drawing. */
export const CURVE_HEIGHT = 180
/** Room above and below the curve for the points. */
export const CURVE_PADDING = 18

/** Colours of successive curves (AA contrast on white). */
export const CURVE_COLOURS = ['#23318c', '#b3261e', '#17663a', '#8a5a00', '#6b2d8c', '#0b5d73'] as const
