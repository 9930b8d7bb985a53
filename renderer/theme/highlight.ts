// Each source's highlight, per theme: the source's colour laid translucently
// over the theme's paper, as opaque as it can be while the theme's ink on it
// keeps WCAG AA contrast, even where two annotations of that source overlap
// (translucency is what shows an overlap as deeper colour). Whatever colour
// a source is given, the highlight derives from it here, so the source
// palette can change without breaking legibility.

import { AA_TEXT, contrast, over, parseHex, type Rgb } from './contrast.ts'

export const themes = ['light', 'sepia', 'dark'] as const
export type Theme = (typeof themes)[number]

// Must match --paper, --ink and --unattributed in renderer/styles/tokens.css
// (test/renderer/highlight.test.ts checks).
export const themeColours: Record<Theme, { paper: string; ink: string; unattributed: string }> = {
  light: { paper: '#fdfcf9', ink: '#1d1d1f', unattributed: '#b8b2a4' },
  sepia: { paper: '#f4ecd8', ink: '#3b2f23', unattributed: '#b4a484' },
  dark: { paper: '#17181a', ink: '#e6e3dc', unattributed: '#8a857a' },
}

// The most a highlight covers; less where contrast demands.
const MAX_ALPHA: Record<Theme, number> = { light: 0.4, sepia: 0.4, dark: 0.5 }
const STEP = 0.02

export interface Highlight { colour: Rgb; alpha: number }

export function highlightFor(colour: string, theme: Theme): Highlight {
  const source = parseHex(colour)
  const { paper, ink } = themeColours[theme]
  const base = parseHex(paper)
  let alpha = MAX_ALPHA[theme]
  while (alpha > 0 && !legible(source, alpha, base, ink)) alpha = Math.max(0, alpha - STEP)
  return { colour: source, alpha: Math.round(alpha * 100) / 100 }
}

// Text on one layer and on two overlapping layers of the highlight.
function legible(source: Rgb, alpha: number, paper: Rgb, ink: string): boolean {
  const once = over(source, alpha, paper)
  const twice = over(source, alpha, once)
  return contrast(ink, once) >= AA_TEXT && contrast(ink, twice) >= AA_TEXT
}

function highlightCss({ colour: { r, g, b }, alpha }: Highlight): string {
  return `rgba(${r}, ${g}, ${b}, ${alpha})`
}

// The rules giving each source class its --source-highlight in each theme;
// "none" is the unattributed claim's class.
export function highlightRules(sources: readonly { id: string; colour: string }[]): string {
  const rules: string[] = []
  for (const theme of themes) {
    const scope = `:root[data-theme="${theme}"]`
    rules.push(`${scope} .source-none { --source-highlight: ${highlightCss(highlightFor(themeColours[theme].unattributed, theme))}; }`)
    for (const s of sources) rules.push(`${scope} .source-${s.id} { --source-highlight: ${highlightCss(highlightFor(s.colour, theme))}; }`)
  }
  return rules.join('\n')
}
