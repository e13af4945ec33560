export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg'

/** An attribute value; undefined leaves the attribute out. */
export type SvgAttributes = Readonly<Record<string, string | number | undefined>>

/**
 * Creates an SVG element with `document.createElementNS`, its attributes and children. Text given
 * as a child becomes a text node, never markup, so user text cannot inject elements.
 *
 * @example svgElement('text', { x: 10, y: 20 }, 'Découverte')
 */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: SvgAttributes = {},
  ...children: readonly (Node | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NAMESPACE, tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, typeof value === 'number' ? formatNumber(value) : value)
  }
  for (const child of children) element.append(typeof child === 'string' ? document.createTextNode(child) : child)
  return element
}

/** Numbers with at most two decimals: smaller files, same drawing. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100)
}
