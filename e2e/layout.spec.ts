// The reader's layout at a wide and a narrow window, in each theme: the
// annotations panel beside the text when there is room, a drawer over it
// otherwise, never a list below the article. Screenshots of each are
// written beside the test's results (SOURCEMARK_SCREENSHOTS=DIR writes
// them there instead) for looking at.

import { test, expect } from './fixtures.ts'
import type { Page } from '@playwright/test'
import { join } from 'node:path'
import { article, selectText } from './reader-page.ts'

const CLAIMS = [
  ['calling for enhanced cooperation on multiple fronts', 'Xinhua'],
  ['maintaining, consolidating and advancing bilateral relations is a strategic choice', 'Tass'],
] as const

async function tagSample(page: Page) {
  const toolbar = page.getByRole('toolbar', { name: 'Annotate' })
  for (const [words, source] of CLAIMS) {
    await selectText(page, words)
    await toolbar.getByRole('button', { name: 'Claim', exact: true }).click()
    await expect(page.locator('mark.annotation-claim.annotation-current')).toBeVisible()
    await toolbar.getByRole('button', { name: source, exact: true }).click()
    await expect(page.locator(`mark.source-${source.toLowerCase()}`).first()).toBeVisible()
  }
  await page.keyboard.press('Escape')
}

async function pickTheme(page: Page, theme: string) {
  await page.keyboard.press(',')
  await page.getByRole('region', { name: 'Reading settings' }).getByLabel(`${theme} theme`).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
  await page.keyboard.press('Escape')
}

test('wide and narrow windows in every theme: the annotations panel is beside the text or a drawer over it', async ({ app }, testInfo) => {
  const { page } = app
  const shots = process.env.SOURCEMARK_SCREENSHOTS
  const shot = (name: string) => page.screenshot({ path: shots ? join(shots, `${name}.png`) : testInfo.outputPath(`${name}.png`) })
  await expect(article(page)).toBeVisible()
  await tagSample(page)
  const panel = page.locator('#sidebar-host')
  const toggle = page.getByRole('button', { name: 'Annotations', exact: true })
  for (const theme of ['Light', 'Sepia', 'Dark']) {
    await pickTheme(page, theme)
    await page.setViewportSize({ width: 1280, height: 800 })
    await expect(toggle).toBeHidden()
    await expect(panel).toBeInViewport()
    const beside = await panel.boundingBox()
    const text = await article(page).boundingBox()
    expect(beside!.x).toBeGreaterThanOrEqual(text!.x + text!.width)
    await shot(`reader-1280-${theme.toLowerCase()}`)

    await page.setViewportSize({ width: 900, height: 800 })
    await expect(panel).toBeHidden()
    await toggle.click()
    await expect(panel).toBeInViewport()
    const drawer = await panel.boundingBox()
    expect(drawer!.y).toBeLessThan(200)
    await shot(`reader-900-${theme.toLowerCase()}`)
    await toggle.click()
    await expect(panel).toBeHidden()
    await shot(`reader-900-${theme.toLowerCase()}-closed`)
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.keyboard.press(',')
  await expect(page.getByRole('region', { name: 'Reading settings' })).toBeInViewport()
  await shot('reading-settings-1280-dark')
  await page.keyboard.press('Escape')
  await pickTheme(page, 'Light')
  await page.keyboard.press('l')
  await expect(page.getByRole('region', { name: 'Library' })).toBeVisible()
  await shot('library-1280-light')
})

// The toolbar keeps clear of the open drawer: placed again when the drawer
// opens beside a selection, and its buttons wrap onto two rows where one
// row would run under the drawer.
test('a narrow window: the toolbar stays clear of the open drawer', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 900, height: 800 })
  const panel = page.locator('#sidebar-host')
  const toggle = page.getByRole('button', { name: 'Annotations', exact: true })
  const toolbar = page.getByRole('toolbar', { name: 'Annotate' })
  const clear = async () => {
    const bar = (await toolbar.boundingBox())!, drawer = (await panel.boundingBox())!
    return bar.x >= 0 && bar.x + bar.width <= drawer.x
  }
  await selectText(page, 'Mishustin visited China from November 3 to 4')
  await expect(toolbar).toBeVisible()
  await toggle.click()
  await expect(panel).toBeInViewport()
  await expect.poll(clear).toBe(true)
  await page.keyboard.press('Escape')
  await selectText(page, 'calling for enhanced cooperation on multiple fronts')
  await expect(toolbar).toBeVisible()
  await expect(panel).toBeInViewport()
  await expect.poll(clear).toBe(true)
})
