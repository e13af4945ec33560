/**
 * The characters of Windows-1252 (the WinAnsi encoding of the PDF standard fonts) outside Latin-1.
 * jsPDF writes them as their WinAnsi byte, so Helvetica shows them (and a reader extracts them).
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

/** Characters Helvetica lacks, written with ones it has. */
const NEAREST: Readonly<Record<string, string>> = {
  '\u202f': '\u00a0',
  '\u2009': ' ',
  '\u2007': '\u00a0',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '→': '->',
  '←': '<-',
  '≈': '~',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '★': '*',
  '✓': 'v',
}

/**
 * Text Helvetica can show: Latin-1 and the other Windows-1252 characters (’ « » œ € — … •) stay as
 * they are; a few symbols become their nearest equivalent (− → -, → → ->, ≈ → ~); an accented
 * letter outside Latin-1 loses its accent; what is left (emoji, other scripts) is dropped. Without
 * this, one such character makes jsPDF write the whole line in a two-byte encoding that the
 * standard font shows as garbage.
 *
 * @example toWinAnsi('Délai ≈ 2 h → relance − 1 jour') // 'Délai ~ 2 h -> relance - 1 jour'
 */
export function toWinAnsi(text: string): string {
  let out = ''
  for (const character of text.normalize('NFC')) {
    const code = character.codePointAt(0) ?? 0
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(character)) {
      out += character
      continue
    }
    const mapped = NEAREST[character]
    if (mapped !== undefined) {
      out += mapped
      continue
    }
    const base = character.normalize('NFD')[0] ?? ''
    const baseCode = base.codePointAt(0) ?? 0
    if (base !== character && baseCode < 0x100 && baseCode >= 0x20) out += base
  }
  return out
}

/** A copy of the SVG whose every text node is rewritten with `toWinAnsi`, ready for svg2pdf. */
export function svgForPdf(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    node.nodeValue = toWinAnsi(node.nodeValue ?? '')
  }
  return copy
}
