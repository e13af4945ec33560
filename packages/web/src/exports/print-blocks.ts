import { COLOURS, linesHeight, PRINT } from './print-style.js'
import { svgElement } from './svg-element.js'
import { measureText, wrapText } from './text-metrics.js'

/** Something already laid out for a given width: its height, and how to draw it with its top-left at (x, y). */
export interface Block {
  readonly height: number
  draw(x: number, y: number): SVGElement
}

export interface TextStyle {
  readonly size: number
  readonly bold?: boolean
  readonly italic?: boolean
  readonly fill?: string
}

/** Text wrapped to `width`, one `<tspan>` per line. */
export function textBlock(text: string, width: number, style: TextStyle): Block {
  const lines = wrapText(text, width, style.size, style.bold ?? false)
  return linesBlock(lines, style)
}

/** Lines already broken, one `<tspan>` per line. */
export function linesBlock(lines: readonly string[], style: TextStyle): Block {
  const lineHeight = style.size * PRINT.lineHeight
  return {
    height: linesHeight(lines.length, style.size),
    draw(x, y) {
      const text = svgElement('text', {
        'font-size': style.size,
        'font-weight': style.bold === true ? 'bold' : undefined,
        'font-style': style.italic === true ? 'italic' : undefined,
        fill: style.fill ?? COLOURS.text,
      })
      lines.forEach((line, index) => {
        // The baseline sits at about 80 % of the line box.
        text.append(svgElement('tspan', { x, y: y + index * lineHeight + style.size * 0.95 }, line))
      })
      return text
    },
  }
}

/** A list item: a bullet, then the text wrapped with a hanging indent. */
export function bulletBlock(text: string, width: number, style: TextStyle): Block {
  const indent = style.size * 0.9
  const body = textBlock(text, width - indent, style)
  return {
    height: body.height,
    draw(x, y) {
      const group = svgElement('g')
      group.append(
        svgElement('circle', {
          cx: x + style.size * 0.3,
          cy: y + style.size * 0.62,
          r: style.size * 0.17,
          fill: COLOURS.muted,
        }),
        body.draw(x + indent, y),
      )
      return group
    },
  }
}

/** Blocks one under the other with `gap` between them. */
export function stackBlocks(blocks: readonly Block[], gap: number = PRINT.gap): Block {
  const height = blocks.reduce((total, block) => total + block.height, 0) + gap * Math.max(0, blocks.length - 1)
  return {
    height,
    draw(x, y) {
      const group = svgElement('g')
      let top = y
      for (const block of blocks) {
        group.append(block.draw(x, top))
        top += block.height + gap
      }
      return group
    },
  }
}

/** Empty space. */
export function spacer(height: number): Block {
  return { height, draw: () => svgElement('g') }
}

/** A block inside a rounded box with a coloured left edge (a badge, a card). */
export function boxedBlock(
  inner: (innerWidth: number) => Block,
  width: number,
  colours: { readonly fill: string; readonly stroke: string },
): Block {
  const padding = 7
  const content = inner(width - padding * 2 - 3)
  const height = content.height + padding * 2
  return {
    height,
    draw(x, y) {
      const group = svgElement('g')
      group.append(
        svgElement('rect', {
          x,
          y,
          width,
          height,
          rx: 5,
          fill: colours.fill,
          stroke: colours.stroke,
          'stroke-width': 0.6,
        }),
        svgElement('rect', { x, y, width: 3.5, height, fill: colours.stroke }),
        content.draw(x + padding + 3, y + padding),
      )
      return group
    },
  }
}

/** Short labels drawn as pills, flowing onto as many rows as `width` needs. */
export function chipsBlock(labels: readonly string[], width: number, size: number = PRINT.size.small): Block {
  const chipHeight = size * 1.9
  const padding = size * 0.75
  const gap = 4
  const placed: { label: string; x: number; row: number; width: number }[] = []
  let x = 0
  let row = 0
  for (const label of labels) {
    const chipWidth = Math.min(width, measureText(label, size) + padding * 2)
    if (x > 0 && x + chipWidth > width) {
      x = 0
      row += 1
    }
    placed.push({ label, x, row, width: chipWidth })
    x += chipWidth + gap
  }
  const rows = labels.length === 0 ? 0 : row + 1
  return {
    height: rows === 0 ? 0 : rows * chipHeight + (rows - 1) * gap,
    draw(left, top) {
      const group = svgElement('g')
      for (const chip of placed) {
        const y = top + chip.row * (chipHeight + gap)
        group.append(
          svgElement('rect', {
            x: left + chip.x,
            y,
            width: chip.width,
            height: chipHeight,
            rx: chipHeight / 2,
            fill: COLOURS.chip,
            stroke: COLOURS.rule,
            'stroke-width': 0.6,
          }),
          svgElement(
            'text',
            { x: left + chip.x + padding, y: y + chipHeight / 2 + size * 0.35, 'font-size': size, fill: COLOURS.text },
            chip.label,
          ),
        )
      }
      return group
    },
  }
}

/** A small coloured tag (an evidence status): one short word in a rounded outline. */
export function tagBlock(label: string, colours: { readonly fill: string; readonly stroke: string }): Block {
  const size = PRINT.size.small * 0.85
  const height = size * 1.7
  const width = measureText(label, size, true) + size * 1.2
  return {
    height,
    draw(x, y) {
      const group = svgElement('g')
      group.append(
        svgElement('rect', {
          x,
          y,
          width,
          height,
          rx: 3,
          fill: colours.fill,
          stroke: colours.stroke,
          'stroke-width': 0.6,
        }),
        svgElement(
          'text',
          {
            x: x + size * 0.6,
            y: y + height / 2 + size * 0.36,
            'font-size': size,
            'font-weight': 'bold',
            fill: colours.stroke,
          },
          label,
        ),
      )
      return group
    },
  }
}
