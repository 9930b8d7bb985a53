// The sidebar's filter header: counts filter by their source when clicked
// and say when a filter is on, a filter that matches nothing says so, and
// the annotations a filter hides are dimmed in the text. Long unbroken text
// wraps: nothing in the sidebar or the source manager scrolls sideways.

import { test, expect } from './fixtures.ts'
import type { Locator } from '@playwright/test'
import { article, selectText } from './reader-page.ts'

const TASS = 'Tass reported'
const XINHUA = 'Mishustin visited China from November 3 to 4'
const HIGHLIGHT = 'President Xi also met him in Beijing'

const dimmed = (mark: Locator) => mark.evaluate((el) => Number(getComputedStyle(el).opacity) < 1)

test('a count filters by its source, the counts say so, hidden annotations dim, and no match says so', async ({ app }) => {
  const { page } = app
  const sidebar = page.getByRole('region', { name: 'Annotations' })
  const items = sidebar.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')
  for (const [text, key] of [[TASS, '2'], [XINHUA, '1'], [HIGHLIGHT, 'h']] as const) {
    await selectText(page, text)
    await page.keyboard.press(key)
    await expect(article(page).locator('mark', { hasText: text.split(' ')[0] }).first()).toBeVisible()
  }
  await page.keyboard.press('Escape')
  await expect(items).toHaveCount(3)
  const summary = sidebar.getByTestId('filter-summary')
  await expect(summary).toBeHidden()

  const tass = sidebar.getByRole('button', { name: 'Tass: 1' })
  await expect(tass).toHaveAttribute('aria-pressed', 'false')
  await tass.click()
  await expect(tass).toHaveAttribute('aria-pressed', 'true')
  await expect(sidebar.getByRole('combobox', { name: 'Filter by source' })).toHaveValue('tass')
  await expect(items).toHaveCount(1)
  await expect(summary).toHaveText(/Showing 1 of 3 annotations/)
  const xinhuaMark = article(page).locator('mark', { hasText: 'Mishustin' }).first()
  await expect.poll(() => dimmed(xinhuaMark)).toBe(true)
  await expect.poll(() => dimmed(article(page).locator('mark', { hasText: 'Tass' }).first())).toBe(false)

  // The count again: the filter goes.
  await tass.click()
  await expect(items).toHaveCount(3)
  await expect(summary).toBeHidden()
  await expect.poll(() => dimmed(xinhuaMark)).toBe(false)

  await sidebar.getByRole('searchbox', { name: 'Filter by text' }).fill('no such words')
  await expect(items).toHaveCount(0)
  await expect(sidebar.getByText('No annotation matches these filters.')).toBeVisible()
  await expect.poll(() => dimmed(xinhuaMark)).toBe(true)
  await sidebar.getByRole('button', { name: 'Clear filters' }).click()
  await expect(items).toHaveCount(3)
  await expect(sidebar.getByRole('searchbox', { name: 'Filter by text' })).toHaveValue('')
  await expect.poll(() => dimmed(xinhuaMark)).toBe(false)
})

// The first suggestions can come late (the engine is slow on a loaded
// machine) and grow the panels above the annotations by hundreds of
// pixels: a count pressed before they come and released after still
// filters (drawn in between, the panels moved the count from under the
// pointer and the click was lost: CI saw the count stay unpressed).
test('a count pressed as the suggestions come in is still clicked', async ({ app }) => {
  const { page } = app
  let release = () => {}
  const held = new Promise<void>((resolve) => { release = resolve })
  // Asked of the server at once (its engine is what is slow), answered
  // to the page once released.
  await page.route('**/api/suggestAttributions', async (route) => {
    const response = await route.fetch()
    await held
    await route.fulfill({ response })
  })
  await page.reload()
  const suggestions = page.getByRole('region', { name: 'Suggestions' })
  await expect(suggestions).toContainText('Reading the article for attributions')
  const sidebar = page.getByRole('region', { name: 'Annotations' })
  const tass = sidebar.getByRole('button', { name: 'Tass: 0' })
  await tass.scrollIntoViewIfNeeded()
  const box = (await tass.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  release()
  // The answer is in: its underlines are painted in the text (the engine
  // takes a while on a loaded machine).
  await expect(article(page).locator('[data-suggestion-key]').first()).toBeAttached({ timeout: 40_000 })
  await page.mouse.up()
  await expect(tass).toHaveAttribute('aria-pressed', 'true')
  await expect(suggestions.getByRole('list', { name: 'Suggestion list' }).getByRole('listitem').first()).toBeVisible()
})

// Elements wider inside than their box (a text field scrolls its own line,
// as fields do, and words clipped to 1 px for screen readers are not seen:
// those are left out).
const scrollsSideways = (box: Locator) => box.evaluate((root) =>
  [root, ...root.querySelectorAll('*')].filter((el) => !el.matches('input, textarea, select, .visually-hidden') && el.scrollWidth > el.clientWidth + 1
    && (el === root || getComputedStyle(el).overflowX !== 'visible' || el.getBoundingClientRect().right > root.getBoundingClientRect().right + 1))
    .map((el) => `${el.tagName}.${el.className}`))

test('a long URL in a note and a long source name wrap: nothing scrolls sideways', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  // The startup document first: commands run one at a time, in order, so a
  // source added while it was still opening was added only once it had
  // opened, which at load 30 came after the 10 s the field below is waited
  // for (2 runs in 20). This test is about wrapping, not about that order.
  await expect(article(page)).toBeVisible()
  const sidebar = page.getByRole('region', { name: 'Annotations' })
  const longName = 'Ministry' + 'ofForeignAffairs'.repeat(5)
  await sidebar.getByRole('button', { name: 'Manage sources' }).click()
  const manager = page.getByRole('dialog', { name: 'Sources' })
  await manager.getByRole('textbox', { name: 'New source name' }).fill(longName)
  await manager.getByRole('button', { name: 'Add source' }).click()
  await expect(manager.getByRole('textbox', { name: `Name of ${longName}` })).toBeVisible()
  expect(await scrollsSideways(manager)).toEqual([])
  await manager.getByRole('button', { name: 'Close' }).click()

  await selectText(page, XINHUA)
  await page.keyboard.press('5')
  await expect(page.locator('mark.annotation-claim.annotation-current')).toBeVisible()
  await page.keyboard.press('n')
  const url = 'https://example.org/' + 'a-very-long-path-segment-without-any-break'.repeat(6)
  await sidebar.getByRole('textbox', { name: 'Note' }).fill(`See ${url} and ${'x'.repeat(200)}`)
  await sidebar.getByRole('button', { name: 'Save note' }).click()
  await expect(page.getByRole('status')).toHaveText('Note saved.')
  await expect(sidebar.getByRole('list', { name: 'Annotation list' })).toContainText(longName)
  await expect(sidebar.getByRole('button', { name: `${longName}: 1` })).toBeVisible()
  expect(await scrollsSideways(page.locator('#sidebar-host'))).toEqual([])
})
