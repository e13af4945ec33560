import { assertNever, type JourneyMap, toMapTable } from '@parcours/core'
import { safeFileName } from './download-blob.js'
import { svgForPdf, toWinAnsi } from './pdf-text.js'
import { PRINT } from './print-style.js'
import { printWords } from './print-words.js'
import { type MapPrintOptions, renderMapPages, renderMapSvg } from './render-map-svg.js'
import { csvBlob } from './to-csv.js'

/** The formats a map exports to. */
export type MapExportFormat = 'png' | 'svg' | 'pdf' | 'csv' | 'json'

const MM_TO_CSS_PX = 96 / 25.4

/**
 * The printed map (see `renderMapSvg`) as a standalone SVG file (image/svg+xml, UTF-8), sized for an
 * A3 landscape page.
 */
export function exportMapSvg(map: JourneyMap, options: MapPrintOptions): Blob {
  const svg = renderMapSvg(map, options)
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`
  return new Blob([text], { type: 'image/svg+xml;charset=utf-8' })
}

/**
 * The printed map as a PNG: the SVG drawn on a canvas at twice its CSS size (an A3 page at 2× is
 * about 3 170 × 2 240 pixels when the map fills it), on a white background.
 */
export async function exportMapPng(map: JourneyMap, options: MapPrintOptions): Promise<Blob> {
  const svg = renderMapSvg(map, options)
  const widthPx = Number.parseFloat(svg.getAttribute('width') ?? '0') * MM_TO_CSS_PX
  const heightPx = Number.parseFloat(svg.getAttribute('height') ?? '0') * MM_TO_CSS_PX
  const text = new XMLSerializer().serializeToString(svg)
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }))
  const image = new Image()
  try {
    image.src = url
    await image.decode()
  } finally {
    URL.revokeObjectURL(url)
  }
  const scale = 2
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(widthPx * scale)
  canvas.height = Math.round(heightPx * scale)
  const context = canvas.getContext('2d')
  if (context === null) throw new Error('this browser cannot draw on a canvas')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.drawImage(image, 0, 0, canvas.width, canvas.height)
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('the PNG could not be encoded')) : resolve(blob)),
      'image/png',
    )
  })
}

/**
 * The printed map as a vector PDF (jsPDF + svg2pdf.js): A3 landscape pages (see `renderMapPages`),
 * lines and shapes as vectors and text as real text in Helvetica, so it stays sharp, searchable and
 * selectable. French accents and ’ « » œ € — … are kept (WinAnsi encoding).
 */
export async function exportMapPdf(map: JourneyMap, options: MapPrintOptions): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')])
  const { widthMm, heightMm, marginMm } = PRINT.page
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a3', compress: true })
  pdf.setProperties({ title: toWinAnsi(map.title), creator: 'Parcours' })
  const pages = renderMapPages(map, options)
  for (const [index, page] of pages.entries()) {
    if (index > 0) pdf.addPage('a3', 'landscape')
    const [, , viewWidth = 1, viewHeight = 1] = (page.getAttribute('viewBox') ?? '').split(' ').map(Number)
    const scale = Math.min((widthMm - marginMm * 2) / viewWidth, (heightMm - marginMm * 2) / viewHeight)
    const width = viewWidth * scale
    const height = viewHeight * scale
    await svg2pdf(svgForPdf(page), pdf, { x: (widthMm - width) / 2, y: marginMm, width, height })
  }
  return pdf.output('blob')
}

/**
 * The map as a table (core's `toMapTable`, what screen readers get): one column per stage, one row
 * per lane (one per curve for an emotion lane), multi-line cells kept as line breaks inside quoted
 * cells; a first row names the phases when the map has some.
 */
export function exportMapCsv(map: JourneyMap, options: Pick<MapPrintOptions, 'language'>): Blob {
  const words = printWords(options.language)
  const table = toMapTable(map)
  const phases = table.columns.some((column) => column.phase !== undefined)
    ? [[words('phaseRow'), ...table.columns.map((column) => column.phase ?? '')]]
    : []
  return csvBlob(
    [words('laneColumn'), ...table.columns.map((column) => column.name)],
    [...phases, ...table.rows.map((row) => [row.title, ...row.cells])],
  )
}

/** The map document exactly as stored (the API's `document`), as indented JSON. */
export function exportMapJson(map: JourneyMap): Blob {
  return new Blob([`${JSON.stringify(map, null, 2)}\n`], { type: 'application/json' })
}

/** The file name of a map's export: its title in safe characters, then the format's extension. */
export function mapFileName(map: Pick<JourneyMap, 'title'>, format: MapExportFormat): string {
  return safeFileName(map.title, format, 'map')
}

/** The export of `map` in `format`, as a Blob. */
export async function exportMap(map: JourneyMap, format: MapExportFormat, options: MapPrintOptions): Promise<Blob> {
  switch (format) {
    case 'png':
      return exportMapPng(map, options)
    case 'svg':
      return exportMapSvg(map, options)
    case 'pdf':
      return exportMapPdf(map, options)
    case 'csv':
      return exportMapCsv(map, options)
    case 'json':
      return exportMapJson(map)
    default:
      return assertNever(format)
  }
}
