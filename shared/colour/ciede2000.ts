// Colour difference as the eye sees it: sRGB hex to CIELAB (D65) and the
// CIEDE2000 difference (Sharma, Wu and Dalal, "The CIEDE2000 Color-Difference
// Formula: Implementation Notes, Supplementary Test Data, and Mathematical
// Observations", Color Research & Application 30(1), 2005). Pure maths, no
// DOM, so the palette's test runs anywhere.

export interface Lab { L: number; a: number; b: number }
export type Rgb = readonly [number, number, number]

const rad = Math.PI / 180
const deg = 180 / Math.PI

export function hexToRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`)
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)]
}

export function rgbToHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, '0')).join('')}`
}

// `colour` laid over `under` at `alpha`, as CSS color-mix(in srgb) does.
export function mix(colour: Rgb, under: Rgb, alpha: number): Rgb {
  return [0, 1, 2].map((i) => colour[i]! * alpha + under[i]! * (1 - alpha)) as unknown as Rgb
}

export function rgbToLab(rgb: Rgb): Lab {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  // sRGB to XYZ, relative to the D65 white.
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116)
  const fx = f(x), fy = f(y), fz = f(z)
  return { L: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) }
}

// ΔE00 with the reference weights kL = kC = kH = 1.
export function ciede2000(one: Lab, two: Lab): number {
  const C1 = Math.hypot(one.a, one.b), C2 = Math.hypot(two.a, two.b)
  const Cbar7 = ((C1 + C2) / 2) ** 7
  const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + 25 ** 7)))
  const a1 = (1 + G) * one.a, a2 = (1 + G) * two.a
  const c1 = Math.hypot(a1, one.b), c2 = Math.hypot(a2, two.b)
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) * deg + 360) % 360)
  const h1 = hue(one.b, a1), h2 = hue(two.b, a2)

  const dL = two.L - one.L
  const dC = c2 - c1
  let dh = 0
  if (c1 * c2 !== 0) {
    dh = h2 - h1
    if (dh > 180) dh -= 360
    else if (dh < -180) dh += 360
  }
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh / 2) * rad)

  const Lbar = (one.L + two.L) / 2
  const cbar = (c1 + c2) / 2
  let hbar = h1 + h2
  if (c1 * c2 !== 0) {
    if (Math.abs(h1 - h2) <= 180) hbar = (h1 + h2) / 2
    else hbar = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2
  }
  const T = 1 - 0.17 * Math.cos((hbar - 30) * rad) + 0.24 * Math.cos(2 * hbar * rad)
    + 0.32 * Math.cos((3 * hbar + 6) * rad) - 0.2 * Math.cos((4 * hbar - 63) * rad)
  const dTheta = 30 * Math.exp(-(((hbar - 275) / 25) ** 2))
  const cbar7 = cbar ** 7
  const Rc = 2 * Math.sqrt(cbar7 / (cbar7 + 25 ** 7))
  const Sl = 1 + (0.015 * (Lbar - 50) ** 2) / Math.sqrt(20 + (Lbar - 50) ** 2)
  const Sc = 1 + 0.045 * cbar
  const Sh = 1 + 0.015 * cbar * T
  const Rt = -Math.sin(2 * dTheta * rad) * Rc
  return Math.sqrt((dL / Sl) ** 2 + (dC / Sc) ** 2 + (dH / Sh) ** 2 + Rt * (dC / Sc) * (dH / Sh))
}
