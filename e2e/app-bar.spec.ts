// The app bar's buttons: each has an icon drawn in the theme's ink and an
// accessible name; those that show only the icon say their name (and key)
// in a tooltip; narrower windows keep the names when the words go.

import { test, expect } from './fixtures.ts'
import { article } from './reader-page.ts'

const ICON_ONLY = [['Library', 'Library (L)'], ['Reading settings', 'Reading settings (,)'], ['Keyboard shortcuts', 'Keyboard shortcuts (?)']] as const
const WORDED = ['Import…', 'Export…'] as const

test('app-bar buttons have icons, names and tooltips, wide and narrow', async ({ app }) => {
  const { page } = app
  const bar = page.locator('header.app-bar')
  for (const width of [1280, 900]) {
    await page.setViewportSize({ width, height: 700 })
    await expect(article(page)).toBeVisible()
    for (const [name, title] of ICON_ONLY) {
      const button = bar.getByRole('button', { name, exact: true })
      await expect(button).toBeVisible()
      await expect(button).toHaveAttribute('title', title)
      await expect(button.locator('svg.icon')).toHaveAttribute('aria-hidden', 'true')
    }
    for (const name of WORDED) {
      const button = bar.getByRole('button', { name, exact: true })
      await expect(button).toBeVisible()
      await expect(button.locator('svg.icon')).toHaveCount(1)
    }
    // Words beside the icons where they fit, icons alone (same names) where not.
    const words = await bar.getByText('Export…', { exact: true }).evaluate((el) => el.getBoundingClientRect().width)
    if (width > 1120) expect(words).toBeGreaterThan(30)
    else expect(words).toBeLessThanOrEqual(1)
  }
  // Drawn in the button's own colour, so every theme colours them.
  const colours = await bar.getByRole('button', { name: 'Library', exact: true }).evaluate((b) =>
    [getComputedStyle(b).color, getComputedStyle(b.querySelector('svg')!).stroke])
  expect(colours[1]).toBe(colours[0])
  // The annotations drawer's toggle only where the panel is a drawer.
  await expect(bar.getByRole('button', { name: 'Annotations', exact: true })).toBeVisible()
  await page.setViewportSize({ width: 1280, height: 700 })
  await expect(bar.getByRole('button', { name: 'Annotations', exact: true })).toBeHidden()
})
