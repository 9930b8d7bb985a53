// Puts the reading settings on <html> as data attributes, which the style
// sheets (renderer/styles/) turn into token values: no inline style, as the
// CSP wants. The theme "system" follows prefers-color-scheme, also when the
// system changes it while the app is open.

import type { ReadingSettings } from '../../shared/model/reading.ts'
import type { Theme } from '../theme/highlight.ts'

const darkScheme = window.matchMedia('(prefers-color-scheme: dark)')
let current: ReadingSettings | null = null

darkScheme.addEventListener('change', () => { if (current?.theme === 'system') applyReadingSettings(current) })

function resolvedTheme(settings: ReadingSettings): Theme {
  if (settings.theme !== 'system') return settings.theme
  return darkScheme.matches ? 'dark' : 'light'
}

export function applyReadingSettings(settings: ReadingSettings): void {
  current = settings
  const root = document.documentElement
  root.dataset.theme = resolvedTheme(settings)
  root.dataset.themeChoice = settings.theme
  root.dataset.textSize = String(settings.textSize)
  root.dataset.leading = settings.leading
  root.dataset.measure = settings.measure
  root.dataset.typeface = settings.typeface
}
