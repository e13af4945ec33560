/**
 * MD5 (RFC 1321) of a text's UTF-8 bytes, as 32 lowercase hex digits — the same as SQL engines'
 * `md5()` (DuckDB, ClickHouse `hex(MD5(…))`, PostgreSQL), so a customer id can be computed in
 * JavaScript and in SQL alike. Not for security: only for short stable ids.
 *
 * @example md5Hex('') // 'd41d8cd98f00b204e9800998ecf8427e'
 */
export function md5Hex(text: string): string {
  const bytes = utf8(text)
  const length = bytes.length
  const blocks = ((length + 8) >>> 6) + 1
  const words = new Int32Array(blocks * 16)
  for (let i = 0; i < length; i++) words[i >>> 2] = (words[i >>> 2] ?? 0) | ((bytes[i] ?? 0) << ((i % 4) * 8))
  words[length >>> 2] = (words[length >>> 2] ?? 0) | (0x80 << ((length % 4) * 8))
  words[blocks * 16 - 2] = (length * 8) | 0
  words[blocks * 16 - 1] = Math.floor(length / 0x20000000)

  let a = 0x67452301
  let b = 0xefcdab89 | 0
  let c = 0x98badcfe | 0
  let d = 0x10325476
  for (let block = 0; block < words.length; block += 16) {
    const [aa, bb, cc, dd] = [a, b, c, d]
    for (let i = 0; i < 64; i++) {
      let f: number
      let g: number
      if (i < 16) {
        f = (b & c) | (~b & d)
        g = i
      } else if (i < 32) {
        f = (d & b) | (~d & c)
        g = (5 * i + 1) % 16
      } else if (i < 48) {
        f = b ^ c ^ d
        g = (3 * i + 5) % 16
      } else {
        f = c ^ (b | ~d)
        g = (7 * i) % 16
      }
      const rotated = (a + f + (K[i] ?? 0) + (words[block + g] ?? 0)) | 0
      const shift = S[i] ?? 0
      a = d
      d = c
      c = b
      b = (b + ((rotated << shift) | (rotated >>> (32 - shift)))) | 0
    }
    a = (a + aa) | 0
    b = (b + bb) | 0
    c = (c + cc) | 0
    d = (d + dd) | 0
  }
  return [a, b, c, d].map(littleEndianHex).join('')
}

const S = [
  7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4,
  11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
]
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0)

function littleEndianHex(word: number): string {
  let out = ''
  for (let i = 0; i < 4; i++) out += ((word >>> (i * 8)) & 0xff).toString(16).padStart(2, '0')
  return out
}

/** UTF-8 bytes; a lone surrogate becomes U+FFFD, as `TextEncoder` does. */
function utf8(text: string): number[] {
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
        i++
      } else code = 0xfffd
    } else if (code >= 0xdc00 && code <= 0xdfff) code = 0xfffd
    if (code < 0x80) bytes.push(code)
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63))
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
  }
  return bytes
}
