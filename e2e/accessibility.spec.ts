// axe-core over every screen, in the light and the dark theme: the reader
// with a tagged article and its sidebar, the reading settings, the
// shortcuts help, the source manager and the library. Any serious or
// critical violation fails, named with the elements it was found on.

import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'
import { article, openLibrary, selectText } from './reader-page.ts'

// Evaluated through the DevTools protocol, which the page's CSP does not
// govern (a <script> tag would be refused, as it should be).
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

interface Found { id: string; impact: string; help: string; targets: string[] }

async function violations(page: Page): Promise<Found[]> {
  if (!await page.evaluate(() => 'axe' in window)) await page.evaluate(AXE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe
    const { violations } = await axe.run(document, { resultTypes: ['violations'] })
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }))
  })
}

async function pickTheme(page: Page, theme: 'Light' | 'Dark'): Promise<void> {
  await page.keyboard.press(',')
  await page.getByRole('region', { name: 'Reading settings' }).getByLabel(`${theme} theme`).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
  await page.keyboard.press('Escape')
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`no serious or critical axe violation on any screen, ${theme.toLowerCase()} theme`, async ({ app }) => {
    test.setTimeout(90_000)
    const { page } = app
    await page.setViewportSize({ width: 1280, height: 800 })
    await expect(article(page)).toBeVisible()
    await pickTheme(page, theme)
    for (const [text, key] of [['Tass reported', '2'], ['Mishustin visited China from November 3 to 4', '1'], ['President Xi also met him in Beijing', 'h']] as const) {
      await selectText(page, text)
      await page.keyboard.press(key)
      await expect(article(page).locator('mark', { hasText: text.split(' ')[0] }).first()).toBeVisible()
    }
    await page.keyboard.press('n')
    const note = page.getByRole('textbox', { name: 'Note' })
    await note.fill('Said **twice**, see https://example.org/report')
    await page.getByRole('button', { name: 'Save note' }).click()
    await expect(page.getByRole('status')).toHaveText('Note saved.')
    const screens: [string, () => Promise<void>][] = [
      ['reader with annotations and the sidebar', async () => {}],
      ['reading settings', async () => {
        await page.keyboard.press(',')
        await expect(page.getByRole('region', { name: 'Reading settings' })).toBeVisible()
      }],
      ['shortcuts help', async () => {
        await page.keyboard.press('Escape')
        await page.keyboard.press('?')
        await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
      }],
      ['source manager', async () => {
        await page.keyboard.press('Escape')
        await page.getByRole('button', { name: 'Manage sources' }).click()
        await expect(page.getByRole('dialog', { name: 'Sources' })).toBeVisible()
      }],
      ['export dialog', async () => {
        await page.getByRole('dialog', { name: 'Sources' }).getByRole('button', { name: 'Close' }).click()
        await page.getByRole('button', { name: 'Export…', exact: true }).click()
        await expect(page.getByRole('dialog', { name: 'Export annotations' })).toBeVisible()
      }],
      ['import dialog', async () => {
        await page.keyboard.press('Escape')
        await page.getByRole('button', { name: 'Import…', exact: true }).click()
        await expect(page.getByRole('dialog', { name: 'Import' })).toBeVisible()
      }],
      ['library', async () => {
        await page.keyboard.press('Escape')
        await openLibrary(page)
      }],
    ]
    const found: Record<string, Found[]> = {}
    for (const [name, open] of screens) {
      await open()
      const v = await violations(page)
      if (v.length) found[name] = v
    }
    expect(found).toEqual({})
  })
}
