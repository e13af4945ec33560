/**
 * Helvetica's advance widths (Adobe AFM, thousandths of an em) for the printable ASCII characters
 * 32–126. The print layout wraps with these, so the SVG, the PNG and the PDF (whose standard font
 * is Helvetica) break lines at the same places whatever fonts the browser has.
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
]

/** Spaces a line may break at (not the no-break spaces French puts before « : ; ? ! »). */
const BREAKABLE_SPACE = /[ \t\f\v\u2000-\u200a]+/

/** Widths of the non-ASCII characters French text uses most, in thousandths of an em. */
const OTHER_WIDTHS: Readonly<Record<string, number>> = {
  '’': 222,
  '‘': 222,
  '“': 333,
  '”': 333,
  '«': 556,
  '»': 556,
  '—': 1000,
  '–': 556,
  '…': 1000,
  '•': 350,
  '€': 556,
  œ: 944,
  Œ: 1000,
  æ: 889,
  Æ: 1000,
  '\u00a0': 278,
  '\u202f': 200,
}

function characterWidth(character: string): number {
  const code = character.charCodeAt(0)
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32] ?? 556
  const known = OTHER_WIDTHS[character]
  if (known !== undefined) return known
  // An accented letter is as wide as its base letter (é → e).
  const base = character.normalize('NFD').charCodeAt(0)
  if (base >= 32 && base <= 126) return ASCII_WIDTHS[base - 32] ?? 556
  return 556
}

/** The width of `text` set in Helvetica at `fontSize` (same unit as the font size). */
export function measureText(text: string, fontSize: number, bold = false): number {
  let total = 0
  for (const character of text) total += characterWidth(character)
  // Helvetica Bold is about 6 % wider on average than the regular weight.
  return (total / 1000) * fontSize * (bold ? 1.06 : 1)
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces first, inside a word only when the word
 * alone is too wide. Existing line breaks are kept; empty lines are dropped.
 *
 * @example wrapText('Naissance du besoin', 60, 12) // ["Naissance du", "besoin"]
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = []
  for (const paragraph of text.split(/\r?\n/)) {
    let line = ''
    for (const word of paragraph.split(BREAKABLE_SPACE).filter((part) => part !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`
      if (measureText(candidate, fontSize, bold) <= maxWidth) {
        line = candidate
        continue
      }
      if (line !== '') lines.push(line)
      line = ''
      for (const piece of splitWord(word, maxWidth, fontSize, bold)) {
        if (line !== '') lines.push(line)
        line = piece
      }
    }
    if (line !== '') lines.push(line)
  }
  return lines
}

function splitWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const character of word) {
    if (piece !== '' && measureText(piece + character, fontSize, bold) > maxWidth) {
      pieces.push(piece)
      piece = ''
    }
    piece += character
  }
  if (piece !== '') pieces.push(piece)
  return pieces
}
