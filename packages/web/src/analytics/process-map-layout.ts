import ELK from 'elkjs/lib/elk.bundled.js'

const elk = new ELK()

/** A box to place: its id and size in pixels. */
export interface LayoutBox {
  readonly id: string
  readonly width: number
  readonly height: number
}

/** A directed link between two boxes. */
export interface LayoutLink {
  readonly id: string
  readonly source: string
  readonly target: string
}

/**
 * Places the boxes of a directed graph in layers, top to bottom (ELK's layered algorithm, which
 * also breaks cycles), and answers the top-left corner of each box by id.
 */
export async function layOutLayered(
  boxes: readonly LayoutBox[],
  links: readonly LayoutLink[],
): Promise<ReadonlyMap<string, { readonly x: number; readonly y: number }>> {
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '70',
      'elk.spacing.nodeNode': '48',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.cycleBreaking.strategy': 'GREEDY',
    },
    children: boxes.map((box) => ({ id: box.id, width: box.width, height: box.height })),
    edges: links
      .filter((link) => link.source !== link.target)
      .map((link) => ({ id: link.id, sources: [link.source], targets: [link.target] })),
  })
  return new Map((graph.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]))
}

/** The width a node needs for a label of that many characters, in pixels (about 7 px a character). */
export function widthForLabel(label: string, minimum = 120): number {
  return Math.max(minimum, Math.min(320, label.length * 7.2 + 40))
}
