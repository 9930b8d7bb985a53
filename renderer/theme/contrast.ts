// WCAG 2 contrast between colours, pure: relative luminance of sRGB and the
// (L1 + 0.05) / (L2 + 0.05) ratio, 1 to 21. AA for body text is 4.5.

export interface Rgb { r: number; g: number; b: number }

export const AA_TEXT = 4.5

// "#rrggbb" (any case) to 0-255 channels.
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`)
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) }
}

export function toHex({ r, g, b }: Rgb): string {
  return '#' + [r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')
}

function channel(c: number): number {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

export function luminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

export function contrast(a: Rgb | string, b: Rgb | string): number {
  const la = luminance(typeof a === 'string' ? parseHex(a) : a)
  const lb = luminance(typeof b === 'string' ? parseHex(b) : b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

// colour painted with this opacity over a backdrop, as the browser
// composites it (in gamma-encoded sRGB).
export function over(colour: Rgb, alpha: number, backdrop: Rgb): Rgb {
  const mix = (c: number, d: number) => c * alpha + d * (1 - alpha)
  return { r: mix(colour.r, backdrop.r), g: mix(colour.g, backdrop.g), b: mix(colour.b, backdrop.b) }
}
