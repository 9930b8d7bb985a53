// Draws build/icon.png, the app icon (512 px; electron-builder makes the
// platform formats from it): a page on the app's paper colour with lines
// of text, one of them marked with the highlighter yellow and underlined
// as a claim. Plain pixels and zlib, so no image library is needed.
// Run: node scripts/make-icon.mjs

import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 512
const px = new Uint8Array(SIZE * SIZE * 4)

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16))
const INK = hex('#1d1d1f'), PAPER = hex('#fdfcf9'), HIGHLIGHT = hex('#ffe58a'), CLAIM = hex('#c0392b'), BACK = hex('#2f4858')

// Coverage of a rounded rectangle at a pixel, sampled 4x4 for smooth edges.
function roundRect(x0, y0, x1, y1, r, colour) {
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(SIZE, Math.ceil(y1)); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(SIZE, Math.ceil(x1)); x++) {
      let hits = 0
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const px_ = x + (sx + 0.5) / 4, py = y + (sy + 0.5) / 4
        const cx = Math.min(Math.max(px_, x0 + r), x1 - r), cy = Math.min(Math.max(py, y0 + r), y1 - r)
        if (px_ >= x0 && px_ <= x1 && py >= y0 && py <= y1 && (px_ - cx) ** 2 + (py - cy) ** 2 <= r * r) hits++
      }
      if (hits) blend(x, y, colour, hits / 16)
    }
  }
}

function blend(x, y, [r, g, b], alpha) {
  const i = (y * SIZE + x) * 4
  const a0 = px[i + 3] / 255
  const a = alpha + a0 * (1 - alpha)
  const mix = (c, c0) => Math.round((c * alpha + c0 * a0 * (1 - alpha)) / a)
  px[i] = mix(r, px[i]); px[i + 1] = mix(g, px[i + 1]); px[i + 2] = mix(b, px[i + 2]); px[i + 3] = Math.round(a * 255)
}

roundRect(32, 32, 480, 480, 96, BACK)
roundRect(112, 88, 400, 424, 24, PAPER)
const lines = [[144, 150, 368], [144, 196, 340], [144, 242, 368], [144, 288, 310], [144, 334, 360], [144, 380, 280]]
for (const [x, y, end] of lines) {
  if (y === 242 || y === 288) roundRect(x - 10, y - 16, end + 10, y + 16, 6, HIGHLIGHT)
  roundRect(x, y - 6, end, y + 6, 6, INK)
}
roundRect(134, 300, 320, 308, 4, CLAIM)

// PNG: signature, IHDR, one IDAT of filter-0 rows, IEND.
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0 })
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0 }
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const out = Buffer.alloc(body.length + 8)
  out.writeUInt32BE(data.length, 0); body.copy(out, 4); out.writeUInt32BE(crc(body), body.length + 4)
  return out
}
const ihdr = Buffer.alloc(13)
ihdr.writeUInt32BE(SIZE, 0); ihdr.writeUInt32BE(SIZE, 4); ihdr[8] = 8; ihdr[9] = 6
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1))
for (let y = 0; y < SIZE; y++) Buffer.from(px.buffer, y * SIZE * 4, SIZE * 4).copy(raw, y * (SIZE * 4 + 1) + 1)
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
writeFileSync(new URL('../build/icon.png', import.meta.url), png)
console.log(`build/icon.png: ${SIZE}x${SIZE}, ${png.length} bytes`)
