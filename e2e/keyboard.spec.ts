// Keyboard only: the shortcuts help lists every bound key, and a claim is
// marked and attributed without the mouse (Tab into the article, caret and
// Shift+arrows, sentence keys, then h / c / a number).

import { test, expect } from './fixtures.ts'
import type { Page } from '@playwright/test'
import { keyBindings } from '../renderer/keys.ts'
import { allSaved, article } from './reader-page.ts'

const selected = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '')

test('? lists every bound key; Escape closes it and the focus goes back', async ({ app }) => {
  const { page } = app
  await expect(article(page)).toBeVisible()
  const library = page.getByRole('button', { name: 'Library', exact: true })
  await library.focus()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  for (const { key } of keyBindings) await expect(help.locator(`kbd[data-key="${key.replace(/"/g, '\\"')}"]`), key).toHaveCount(1)
  await expect(help.getByRole('definition').filter({ hasText: 'Select the next sentence' })).toBeVisible()
  await expect(help.getByText('Extend the selection')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)
  await expect(library).toBeFocused()
})

test('annotating with the keyboard alone: Tab, Shift+arrows, sentence keys, h, c and a number', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  await expect(article(page)).toBeVisible()
  const host = page.locator('#article')
  for (let i = 0; i < 40 && !await host.evaluate((el) => el === document.activeElement); i++) await page.keyboard.press('Tab')
  await expect(host).toBeFocused()
  await expect(page.locator('.article-caret')).toBeVisible()

  // To the start of the line the caret is on; a word with Shift+arrows,
  // more by words, to the line's end.
  await page.keyboard.press('Home')
  for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowRight')
  expect(await selected(page)).toBe('Beijing')
  for (let i = 0; i < 3 && !(await selected(page)).includes('China'); i++) await page.keyboard.press('Control+Shift+ArrowRight')
  expect(await selected(page)).toBe('Beijing, China')
  await page.keyboard.press('Shift+End')
  const line = await selected(page)
  expect(line.length).toBeGreaterThan('Beijing, China'.length)
  await page.keyboard.press('h')
  const list = page.getByRole('list', { name: 'Annotation list' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('listitem').first()).toContainText('Highlight')
  // Listed at once, stored a moment later; keys wait their turn behind the save.
  await allSaved(page)

  // The next sentence, as a claim for Tass (2).
  await page.keyboard.press(')')
  expect(await selected(page)).toMatch(/^Mishustin visited China from November 3 to 4 .*government\.$/)
  await page.keyboard.press('c')
  await page.keyboard.press('2')
  const claim = list.getByRole('listitem').filter({ hasText: 'Mishustin visited China' })
  await expect(claim).toContainText('Claim')
  await expect(claim.locator('.sources')).toHaveText('Tass')
  await expect(host).toBeFocused()
  await allSaved(page)

  // Back a sentence, and the sentence at the caret.
  await page.keyboard.press('(')
  expect(await selected(page)).toMatch(/Xinhua News Agency reported\.$/)
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('.')
  expect(await selected(page)).toMatch(/Xinhua News Agency reported\.$/)
})

// Keys pressed faster than the page tells of a selection change (input goes
// before a "selectionchange" on a busy machine): dispatched in one task here,
// so the order is the same on every run.
const pressAtOnce = (page: Page, ...keys: string[]) => page.evaluate((keys) => {
  const host = document.getElementById('article')!
  for (const key of keys) host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
}, keys)

async function focusArticle(page: Page) {
  await expect(article(page)).toBeVisible()
  const host = page.locator('#article')
  await host.focus()
  await expect(page.locator('.article-caret')).toBeVisible()
  await page.keyboard.press('Home')
  await page.keyboard.press('.')
  await expect.poll(() => selected(page)).toBe(FIRST)
}

const FIRST = 'Beijing, China, Nov.'
const SECOND = /^05, 2025 \(GLOBE NEWSWIRE\).*Xinhua News Agency reported\.$/

test('a sentence just selected stays selected when the text is repainted before the page tells of it', async ({ app }) => {
  const { page } = app
  // Suggestions painted: hiding them (t) repaints the text.
  await expect(article(page).locator('.suggestion').first()).toBeAttached()
  await focusArticle(page)
  await pressAtOnce(page, ')', 't')
  await expect(article(page).locator('[data-suggestion-key]')).toHaveCount(0)
  expect(await selected(page)).toMatch(SECOND)
})

test('a mark pressed at once after sentence keys: the caret goes on from the sentence marked', async ({ app }) => {
  const { page } = app
  await focusArticle(page)
  await pressAtOnce(page, ')', ')', 'c')
  const list = page.getByRole('list', { name: 'Annotation list' })
  await expect(list.getByRole('listitem').filter({ hasText: 'Mishustin visited China' })).toContainText('Claim')
  await allSaved(page)
  await page.keyboard.press('(')
  expect(await selected(page)).toMatch(SECOND)
})
