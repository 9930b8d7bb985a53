// Writes docs/screenshots/{reader,library,coverage}.png (light, 1280 px
// wide) and reader-dark.png. SHOTS_WIDTH=900 SHOTS_DIR=/tmp/x writes them
// at another width elsewhere, for looking at.

import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from '../fixtures.ts'
import { article, openLibrary, selectText } from '../reader-page.ts'

const DIR = resolve(process.env.SHOTS_DIR ?? join(__dirname, '..', '..', 'docs', 'screenshots'))
const WIDTH = Number(process.env.SHOTS_WIDTH ?? 1280)

const CLAIMS = [
  ['Mishustin visited China from November 3 to 4', 2],
  ['calling for enhanced cooperation on multiple fronts', 1],
  ['maintaining, consolidating and advancing bilateral relations is a strategic choice', 2],
  ['Xi urged efforts to steadily expand mutual investment', 1],
] as const

async function tag(page: Page): Promise<void> {
  for (const [words, source] of CLAIMS) {
    await selectText(page, words)
    await page.keyboard.press('c')
    await expect(page.locator('mark.annotation-claim.annotation-current')).toBeVisible()
    await page.keyboard.press(String(source))
  }
  await selectText(page, 'new blueprints for bilateral ties were charted')
  await page.keyboard.press('h')
  // Counted in the DOM: in a narrow window the list is in the closed drawer.
  await expect(page.locator('.annotation-list > li')).toHaveCount(CLAIMS.length + 1)
  await page.keyboard.press('Escape')
}

async function theme(page: Page, name: 'Light' | 'Dark'): Promise<void> {
  await page.keyboard.press(',')
  await page.getByRole('region', { name: 'Reading settings' }).getByLabel(`${name} theme`).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', name.toLowerCase())
  await page.keyboard.press('Escape')
}

test('README screenshots', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: WIDTH, height: 800 })
  await expect(article(page)).toBeVisible()
  await theme(page, 'Light')
  await tag(page)
  // No focus ring left on the button a panel closed back to.
  const shot = async (name: string) => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.screenshot({ path: join(DIR, `${name}.png`), animations: 'disabled', caret: 'hide' })
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot('reader')
  // The coverage view: each source's share of the text, beside it (in the
  // drawer, where the window is narrow).
  const drawer = page.getByRole('button', { name: 'Annotations', exact: true })
  if (await drawer.isVisible()) await drawer.click()
  await page.getByRole('region', { name: 'Coverage' }).scrollIntoViewIfNeeded()
  await shot('coverage')
  if (await drawer.isVisible()) await drawer.click()
  // A second document, so the library shows a list.
  await page.getByLabel('Article files').setInputFiles(join(__dirname, '..', 'files', 'briefing.md'))
  await expect(page.locator('.annotation-list > li')).toHaveCount(0)
  await openLibrary(page)
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem').filter({ has: page.getByRole('heading') })).toHaveCount(2)
  await shot('library')
  await page.getByRole('list', { name: 'Documents' }).getByRole('listitem').filter({ hasText: 'Mishustin' }).getByRole('button', { name: /^Open/ }).click()
  await expect(article(page)).toBeVisible()
  await theme(page, 'Dark')
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot('reader-dark')
  if (process.env.SHOTS_ALL) {
    await openLibrary(page)
    await shot('library-dark')
    await page.keyboard.press('Escape')
    await page.keyboard.press('?')
    await shot('shortcuts-dark')
  }
})
