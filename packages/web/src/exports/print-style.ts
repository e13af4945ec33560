/**
 * Sizes (SVG user units, 1 unit ≈ 1 CSS pixel before the page scaling) and colours of the printed
 * map. Colours are print-friendly tints with text that keeps WCAG AA contrast on them.
 */
export const PRINT = {
  fontFamily: 'Helvetica, Arial, sans-serif',
  margin: 28,
  headerWidth: 190,
  columnWidth: 236,
  padding: 10,
  gap: 6,
  lineHeight: 1.3,
  size: { title: 26, subtitle: 12.5, phase: 12.5, stage: 14.5, laneTitle: 12, body: 11, small: 9.5 },
  emotionPlotHeight: 150,
  blueprintLabelHeight: 18,
  /** The page: ISO A3 landscape, in millimetres. */
  page: { widthMm: 420, heightMm: 297, marginMm: 8 },
  /** At most this many stages side by side on one PDF page, so text stays readable once printed. */
  maxStagesPerPage: 6,
  /**
   * The most drawing units a PDF page may squeeze into a millimetre: body text (11 units) stays at
   * least 2.3 mm, about 6.5 pt, once printed.
   */
  maxUnitsPerMm: 4.8,
} as const

export const COLOURS = {
  page: '#ffffff',
  text: '#1c2230',
  muted: '#4a5168',
  rule: '#c9cddc',
  laneHeader: '#eef0f7',
  stageHeader: '#e3e6f5',
  phase: '#23318c',
  phaseText: '#ffffff',
  momentOfTruth: '#b07b00',
  chip: '#eef0f7',
  blueprintLine: '#23318c',
  grid: '#dfe2ec',
  /** Evidence tags: a hypothesis in amber, seen in data in blue, validated in green. */
  evidence: {
    assumption: { fill: '#fff4dc', stroke: '#8a5a00' },
    observed: { fill: '#e8ecfa', stroke: '#23318c' },
    validated: { fill: '#e6f4ea', stroke: '#17663a' },
  },
  cards: {
    'pain-points': { fill: '#fdecea', stroke: '#b3261e' },
    delights: { fill: '#e6f4ea', stroke: '#17663a' },
    opportunities: { fill: '#e8ecfa', stroke: '#23318c' },
    ideas: { fill: '#fff4dc', stroke: '#8a5a00' },
    other: { fill: '#f3f4f8', stroke: '#4a5168' },
  },
  /** One colour per emotion curve, in order; future curves are dashed. */
  curves: ['#23318c', '#b3261e', '#17663a', '#8a5a00', '#6b2fa3', '#00677a'],
} as const

/** The height of `lines` lines of text at `size`. */
export function linesHeight(lines: number, size: number): number {
  return lines * size * PRINT.lineHeight
}
