// Reading comfort: settings that change the reading column and are kept in
// the data folder, themes (the system's until one is picked), the place in
// a document kept and restored, and the document's language.

import { test, expect } from './fixtures.ts'
import type { Page } from '@playwright/test'
import { article, articleTitled, libraryItems, openLibrary, SAMPLE_TITLE } from './reader-page.ts'

const settingsPanel = (page: Page) => page.getByRole('region', { name: 'Reading settings' })
const column = (page: Page) => page.locator('.article')
const style = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property)

async function openSettings(page: Page) {
  await article(page).waitFor()
  await page.keyboard.press(',')
  await expect(settingsPanel(page)).toBeVisible()
}

test('reading settings change the reading column and are kept across a reload and a restart', async ({ app }) => {
  let page = app.page
  await openSettings(page)
  const before = { size: await style(page, '.article', 'font-size'), width: await page.locator('.reader').evaluate((el) => el.getBoundingClientRect().width) }
  expect(before.size).toBe('18px')
  await settingsPanel(page).getByLabel('Text size 6 of 7').check()
  await settingsPanel(page).getByLabel('Wide').check()
  await settingsPanel(page).getByLabel('Loose').check()
  await settingsPanel(page).getByLabel(/^Legible/).check()
  await expect(column(page)).toHaveCSS('font-size', '25.6px')
  await expect(column(page)).toHaveCSS('line-height', `${25.6 * 2}px`)
  await expect(column(page)).toHaveCSS('font-family', /Verdana/)
  const wide = await page.locator('.reader').evaluate((el) => el.getBoundingClientRect().width)
  expect(wide).toBeGreaterThan(before.width + 100)
  // Escape closes the panel and gives focus back to its button.
  await page.keyboard.press('Escape')
  await expect(settingsPanel(page)).toBeHidden()
  await expect(page.getByRole('button', { name: 'Reading settings', exact: true })).toBeFocused()

  await page.reload()
  await expect(article(page)).toBeVisible()
  await expect(column(page)).toHaveCSS('font-size', '25.6px')
  await expect(column(page)).toHaveCSS('font-family', /Verdana/)

  page = await app.restart()
  await expect(article(page)).toBeVisible()
  await expect(column(page)).toHaveCSS('font-size', '25.6px')
  await expect(column(page)).toHaveCSS('line-height', `${25.6 * 2}px`)
  await page.getByRole('button', { name: 'Reading settings', exact: true }).click()
  await expect(settingsPanel(page).getByLabel('Text size 6 of 7')).toBeChecked()
  await expect(settingsPanel(page).getByLabel('Wide')).toBeChecked()
})

// Clicks come faster than saves: the answer to an earlier change (which
// holds the other fields as they were) must not undo a later click. The
// saves are held and let go one by one, so the order is certain.
test('a save answered after a later click leaves that click standing', async ({ app }) => {
  test.skip(app.mode !== 'browser', 'holding a save needs the HTTP transport')
  const page = app.page
  const held: Array<() => void> = []
  await page.route('**/api/updateSettings', async (route) => {
    await new Promise<void>((resolve) => held.push(resolve))
    await route.continue()
  })
  await openSettings(page)
  await settingsPanel(page).getByLabel('Wide').check()
  await expect.poll(() => held.length).toBe(1)
  await settingsPanel(page).getByLabel('Loose').check()
  held.shift()!()
  await expect(page.locator('html')).toHaveAttribute('data-measure', 'wide')
  // The second save is still held: what shows is the click, not the answer.
  expect(await settingsPanel(page).getByLabel('Loose').isChecked()).toBe(true)
  await expect.poll(() => held.length).toBe(1)
  held.shift()!()
  await expect(page.locator('html')).toHaveAttribute('data-leading', 'loose')
  await expect(settingsPanel(page).getByLabel('Loose')).toBeChecked()
  await expect(settingsPanel(page).getByLabel('Wide')).toBeChecked()
})

test('the theme follows the system until the reader picks one, which is kept', async ({ app }) => {
  const { page } = app
  await expect(article(page)).toBeVisible()
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(23, 24, 26)')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(253, 252, 249)')

  await openSettings(page)
  await settingsPanel(page).getByLabel('Sepia theme').check()
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(244, 236, 216)')
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.reload()
  await expect(article(page)).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(244, 236, 216)')
})

test('the place in a document is kept: restored on reload and on reopening it, shown as progress and in the library', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 500 })
  await expect(article(page)).toBeVisible()
  const progress = page.getByRole('progressbar', { name: 'Reading progress' })
  await expect(progress).toHaveAttribute('value', '0')
  const target = article(page).getByRole('heading', { name: 'Deepen cooperation' })
  // The place the scroll reaches, not the top the document opened at: that
  // one is saved too, and on a slow machine its answer can come after the scroll.
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/saveReadingPosition') && r.ok() &&
    Number((r.request().postDataJSON() as { progress?: number } | null)?.progress) > 0)
  await target.evaluate((el) => window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - 120))
  // The place as saved, not the bar read afterwards (it follows every frame).
  const percent = Number(((await saved).request().postDataJSON() as { progress: number }).progress)
  expect(percent).toBeGreaterThan(0.2)
  expect(percent).toBeLessThan(1)

  const headingTop = () => target.evaluate((el) => el.getBoundingClientRect().top)
  await page.reload()
  await expect(article(page)).toBeVisible()
  await expect.poll(headingTop).toBeGreaterThan(0)
  await expect.poll(headingTop).toBeLessThan(200)
  // Restored to the line, so within a line's share of the whole (the bar
  // follows the scroll a frame later: polled).
  await expect.poll(async () => Math.abs(Number(await progress.getAttribute('value')) - percent)).toBeLessThan(0.03)

  // The library says how far; reopening from it goes back to the place.
  await openLibrary(page)
  const shown = libraryItems(page).filter({ hasText: SAMPLE_TITLE }).getByText(/^\d+% read$/)
  await expect.poll(async () => Math.abs(parseInt((await shown.textContent())!, 10) - percent * 100)).toBeLessThan(3)
  await libraryItems(page).filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: `Open ${SAMPLE_TITLE}` }).click()
  await expect(article(page)).toBeVisible()
  await expect.poll(headingTop).toBeLessThan(200)
  await expect.poll(headingTop).toBeGreaterThan(0)

  // And after a restart, on another port.
  const restarted = await app.restart()
  await restarted.setViewportSize({ width: 1280, height: 500 })
  const again = article(restarted).getByRole('heading', { name: 'Deepen cooperation' })
  await expect(again).toBeVisible()
  await expect.poll(() => again.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200)
  await expect.poll(() => again.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(0)
})

test('reduced motion: the drawer and the flash of a revealed annotation do not animate', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 900, height: 700 })
  await expect(article(page)).toBeVisible()
  const panel = page.locator('#sidebar-host')
  await expect(panel).toHaveCSS('transition-duration', /0\.15s/)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await expect(panel).toHaveCSS('transition-duration', '0s')
  await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'auto')
})

test('a Chinese document gets lang="zh", an Arabic one lang="ar" and right to left', async ({ app }) => {
  const { page } = app
  await expect(article(page)).toBeVisible()
  await page.getByLabel('Article files').setInputFiles([{
    name: 'zh.txt', mimeType: 'text/plain',
    buffer: Buffer.from('中俄总理举行第三十次定期会晤\n\n新华社北京11月4日电 国务院总理李强在人民大会堂同俄罗斯总理米舒斯京举行中俄总理第三十次定期会晤。\n'),
  }])
  const zh = articleTitled(page, '中俄总理举行第三十次定期会晤')
  await expect(zh).toHaveAttribute('lang', 'zh', { timeout: 30_000 })
  await expect(zh).toHaveAttribute('dir', 'ltr')
  await page.getByLabel('Article files').setInputFiles([{
    name: 'ar.txt', mimeType: 'text/plain',
    buffer: Buffer.from('رئيس الوزراء الصيني يلتقي نظيره الروسي\n\nالتقى رئيس مجلس الدولة الصيني لي تشيانغ رئيس الوزراء الروسي ميشوستين في بكين.\n'),
  }])
  const ar = articleTitled(page, 'رئيس الوزراء الصيني يلتقي نظيره الروسي')
  await expect(ar).toHaveAttribute('lang', 'ar', { timeout: 30_000 })
  await expect(ar).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('#article-header')).toHaveAttribute('lang', 'ar')

  // A page that declares its language keeps what it declared.
  await page.getByLabel('Article files').setInputFiles([{
    name: 'zh-hant.html', mimeType: 'text/html',
    buffer: Buffer.from('<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>兩岸經貿</title></head><body><article><h1>兩岸經貿</h1><p>中央社台北4日電，經濟部今天公布最新數據。</p></article></body></html>'),
  }])
  await expect(articleTitled(page, '兩岸經貿')).toHaveAttribute('lang', 'zh-Hant-TW', { timeout: 30_000 })
})

// Where the reader is (the progress bar, the place kept) is read from the
// layout after the scroll's frame is painted, not in a frame callback: read
// there, before the frame's own layout, it had the browser lay out the
// blocks coming into view in the callback and again in the frame (a long
// article's scroll frames were laid out twice, issue 18).
test('scrolling the article reads its layout in no frame callback, and the progress bar follows', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 500 })
  await expect(article(page)).toBeVisible()
  const progress = page.getByRole('progressbar', { name: 'Reading progress' })
  await expect(progress).toHaveAttribute('value', '0')
  await page.evaluate(() => {
    const counter = { inFrame: 0, reads: [] as string[] }
    ;(window as unknown as { frameReads: typeof counter }).frameReads = counter
    const host = document.getElementById('article')!
    const raf = window.requestAnimationFrame.bind(window)
    window.requestAnimationFrame = (callback) => raf((time) => {
      counter.inFrame++
      try { callback(time) } finally { counter.inFrame-- }
    })
    const rect = Element.prototype.getBoundingClientRect
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (counter.inFrame > 0 && host.contains(this)) counter.reads.push(`getBoundingClientRect ${this.nodeName}`)
      return rect.call(this)
    }
    for (const name of ['caretPositionFromPoint', 'caretRangeFromPoint', 'elementFromPoint'] as const) {
      const original = (Document.prototype as unknown as Record<string, (...args: unknown[]) => unknown>)[name]
      if (!original) continue
      ;(Document.prototype as unknown as Record<string, unknown>)[name] = function (this: Document, ...args: unknown[]) {
        if (counter.inFrame > 0) counter.reads.push(name)
        return original.apply(this, args)
      }
    }
  })
  await page.evaluate(async () => {
    for (let i = 0; i < 8; i++) {
      window.scrollBy(0, 150)
      await new Promise((r) => requestAnimationFrame(r))
    }
  })
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0)
  expect(await page.evaluate(() => (window as unknown as { frameReads: { reads: string[] } }).frameReads.reads)).toEqual([])
})
