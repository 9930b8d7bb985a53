// Source colours chosen for distinctness. Every pair of the first twelve
// differs by CIEDE2000 >= 15 both as drawn at full strength (underlines,
// swatches, the sidebar's bars) and as the tint painted behind marked text
// in each theme (TINT of the colour over that theme's paper). Found by a
// greedy max-min search over the sRGB cube; test/shared/palette.test.ts
// checks it. A new source takes the first colour no source has.

import { ciede2000, hexToRgb, mix, rgbToHex, rgbToLab, type Lab } from './ciede2000.ts'

// The first four are the built-in sources' (Xinhua, Tass, Global Times, CNBC).
export const PALETTE = [
  '#dd0033', '#0055dd', '#ff5511', '#00cc00', '#8800ff', '#00bbff',
  '#aa8866', '#337755', '#ff55dd', '#bbaaff', '#bbbb00', '#ff99aa',
] as const

// How strongly a mark's background shows its source's colour
// (renderer/styles/annotate.css uses the same figure).
const TINT = 0.45

// The paper of each theme the colours must stay distinct on.
const PAPERS = { light: '#fdfcf9', dark: '#1c1c1e' } as const

// How a colour looks: at full strength and as a tint on each paper.
function appearances(hex: string): Lab[] {
  const rgb = hexToRgb(hex)
  return [rgbToLab(rgb), ...Object.values(PAPERS).map((paper) => rgbToLab(mix(rgb, hexToRgb(paper), TINT)))]
}

// The smallest difference between two colours over their appearances.
export function leastDifference(one: string, two: string): number {
  const a = appearances(one), b = appearances(two)
  return Math.min(...a.map((lab, i) => ciede2000(lab, b[i]!)))
}

// The colour for a new source: the first palette colour not in use; past
// the palette, the colour on a coarse grid farthest from every one in use
// (never one in use). Costs grid size × colours in use.
export function nextColour(inUse: readonly string[]): string {
  const used = new Set(inUse.map((c) => c.toLowerCase()))
  const free = PALETTE.find((c) => !used.has(c))
  if (free) return free
  const usedLabs = [...used].filter((c) => /^#[0-9a-f]{6}$/.test(c)).map((c) => rgbToLab(hexToRgb(c)))
  let best = '', bestDistance = -1
  for (let r = 0; r < 256; r += 51) for (let g = 0; g < 256; g += 51) for (let b = 0; b < 256; b += 51) {
    const hex = rgbToHex([r, g, b])
    const lab = rgbToLab([r, g, b])
    // Readable on both papers: middling lightness only.
    if (used.has(hex) || lab.L < 40 || lab.L > 75) continue
    const distance = Math.min(Infinity, ...usedLabs.map((u) => ciede2000(lab, u)))
    if (distance > bestDistance) { best = hex; bestDistance = distance }
  }
  // Every grid colour taken: a colour off the grid, still unused.
  for (let n = 1; !best; n++) {
    const hex = rgbToHex([(n * 37) % 256, (n * 91) % 256, (n * 53) % 256])
    if (!used.has(hex)) best = hex
  }
  return best
}
