// Attribution suggestions in the reader: they appear on the sample, accept
// makes a claim (painted, listed), reject is for good (reload, restart),
// both undo, everything works from the keyboard, and the coverage view
// follows the accepted claims.

import type { Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'
import { article, selectText } from './reader-page.ts'

const PER_XINHUA = 'The regular meeting, which has been held every year since its inception in 1996'

const region = (page: Page) => page.getByRole('region', { name: 'Suggestions' })
const suggestionItems = (page: Page) => region(page).getByRole('list', { name: 'Suggestion list' }).getByRole('listitem')
const annotationItems = (page: Page) => page.getByRole('region', { name: 'Annotations' }).getByRole('list', { name: 'Annotation list' }).getByRole('listitem')
const coverage = (page: Page) => page.getByRole('region', { name: 'Coverage' })
const perXinhua = (page: Page) => suggestionItems(page).filter({ hasText: PER_XINHUA })

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SOURCEMARK_SHOTS
  if (!dir) return
  for (const width of [1280, 900]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `${dir}/${name}-${width}.png` })
  }
  // Below the article on a narrow window: the regions themselves.
  await page.locator('#sidebar-host').screenshot({ path: `${dir}/${name}-900-sidebar.png` })
  await page.setViewportSize({ width: 1280, height: 720 })
}

test('suggestions appear; accepting "per Xinhua" makes a painted, listed Xinhua claim; the coverage view follows; undo and redo', async ({ app }) => {
  const page = app.page
  await expect(suggestionItems(page).first()).toBeVisible()
  expect(await suggestionItems(page).count()).toBeGreaterThanOrEqual(10)
  const item = perXinhua(page)
  await expect(item).toHaveCount(1)
  await expect(item).toContainText('Xinhua')
  await expect(item).toContainText('per Xinhua')
  // Dotted underlines in the text, apart from annotations (no mark).
  await expect(article(page).locator('.suggestion').first()).toBeVisible()
  await expect(article(page).locator('mark.annotation')).toHaveCount(0)
  await expect(coverage(page).getByRole('list', { name: 'Sources in this article' })).toContainText('No source100%')
  await shot(page, 'suggestions')

  await item.getByRole('button', { name: 'Accept', exact: true }).click()
  await expect(page.getByRole('status')).toHaveText('Claim attributed to Xinhua.')
  await expect(perXinhua(page)).toHaveCount(0)
  const claim = annotationItems(page).filter({ hasText: PER_XINHUA })
  await expect(claim).toHaveCount(1)
  await expect(claim).toContainText('Xinhua')
  await expect(article(page).locator('mark.annotation-claim.source-xinhua')).toContainText(PER_XINHUA)
  const xinhua = coverage(page).getByRole('listitem').filter({ hasText: /^Xinhua/ })
  await expect(xinhua).toContainText('1 sentence · 1 claim')
  await expect(coverage(page).getByRole('img')).toHaveAttribute('aria-label', /Xinhua \d+%/)
  await shot(page, 'accepted')

  await page.keyboard.press('Control+z')
  await expect(annotationItems(page)).toHaveCount(0)
  await expect(perXinhua(page)).toHaveCount(1)
  await expect(xinhua).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(annotationItems(page).filter({ hasText: PER_XINHUA })).toContainText('Xinhua')
  await expect(perXinhua(page)).toHaveCount(0)
})

test('accepting a relayed suggestion adds its new source; undo takes the source back too', async ({ app }) => {
  const page = app.page
  const relayed = suggestionItems(page).filter({ hasText: 'Xi Jinping via Xinhua' }).first()
  await expect(relayed).toContainText('new source')
  await relayed.getByRole('button', { name: 'Accept', exact: true }).click()
  await expect(page.getByRole('status')).toHaveText('Claim attributed to Xi Jinping.')
  await expect(annotationItems(page).first()).toContainText('Xi Jinping')
  await expect(coverage(page).getByRole('list', { name: 'Relays' })).toContainText('Xinhua passed on 1 claim: Xi Jinping (1)')
  await page.getByRole('button', { name: 'Manage sources' }).click()
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Name of Xi Jinping' })).toHaveCount(1)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+z')
  await expect(annotationItems(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Manage sources' }).click()
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Name of Xi Jinping' })).toHaveCount(0)
})

test('a rejected suggestion stays rejected after a reload and a restart; undo brings it back', async ({ app }) => {
  let page = app.page
  await perXinhua(page).getByRole('button', { name: 'Reject', exact: true }).click()
  await expect(page.getByRole('status')).toHaveText('Rejected: Xinhua.')
  await expect(perXinhua(page)).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(perXinhua(page)).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  await expect(perXinhua(page)).toHaveCount(0)

  await page.reload()
  await expect(suggestionItems(page).first()).toBeVisible()
  await expect(perXinhua(page)).toHaveCount(0)
  page = await app.restart()
  await expect(suggestionItems(page).first()).toBeVisible()
  await expect(perXinhua(page)).toHaveCount(0)
})

test('keyboard only: move with j and k, accept with a, reject with r, edit with e and Enter', async ({ app }) => {
  const page = app.page
  await expect(suggestionItems(page).first()).toBeVisible()
  const current = region(page).locator('li[aria-current="true"]')
  await page.keyboard.press(']')
  await expect(current).toHaveCount(1)
  const first = await current.locator('q').first().textContent()
  await page.keyboard.press(']')
  await page.keyboard.press('[')
  await expect(current.locator('q').first()).toHaveText(first!)
  const before = await suggestionItems(page).count()
  await page.keyboard.press('a')
  await expect(annotationItems(page)).toHaveCount(1)
  await expect(annotationItems(page).first()).toContainText(first!.slice(0, 40))
  await expect(suggestionItems(page)).toHaveCount(before - 1)

  // The focus moved on to the next one; r rejects it.
  await expect(current).toHaveCount(1)
  await page.keyboard.press('r')
  await expect(suggestionItems(page)).toHaveCount(before - 2)
  await expect(page.getByRole('status')).toHaveText(/^Rejected: /)

  // Edit: another source, confirmed with Enter, one step.
  while ((await current.textContent())?.includes(PER_XINHUA) !== true) await page.keyboard.press(']')
  await page.keyboard.press('e')
  const form = region(page).getByRole('form', { name: 'Edit suggestion' })
  await expect(form.getByRole('combobox', { name: 'Source' })).toBeFocused()
  await shot(page, 'editing')
  await form.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'Tass' })
  await form.getByRole('combobox', { name: 'Source' }).press('Enter')
  await expect(page.getByRole('status')).toHaveText('Claim attributed to Tass.')
  await expect(annotationItems(page).filter({ hasText: PER_XINHUA })).toContainText('Tass')
  await page.keyboard.press('Control+z')
  await expect(annotationItems(page).filter({ hasText: PER_XINHUA })).toHaveCount(0)
})

test('accept all from one source is one step; hidden suggestions stay hidden after a reload', async ({ app }) => {
  const page = app.page
  await expect(suggestionItems(page).first()).toBeVisible()
  const all = region(page).getByRole('button', { name: /^Accept all from / }).first()
  const source = (await all.getAttribute('aria-label'))!.replace('Accept all from ', '')
  const count = await suggestionItems(page).filter({ has: page.locator('.suggestion-who', { hasText: new RegExp(`^${source}`) }) }).count()
  await all.click()
  await expect(annotationItems(page)).toHaveCount(count)
  await page.keyboard.press('Control+z')
  await expect(annotationItems(page)).toHaveCount(0)

  await region(page).getByRole('button', { name: 'Show suggestions' }).click()
  await expect(suggestionItems(page)).toHaveCount(0)
  await expect(article(page).locator('.suggestion')).toHaveCount(0)
  await page.reload()
  await expect(region(page).getByRole('button', { name: 'Show suggestions' })).toHaveAttribute('aria-pressed', 'false')
  await expect(article(page).locator('.suggestion')).toHaveCount(0)
  await page.keyboard.press('t')
  await expect(suggestionItems(page).first()).toBeVisible()
})

// A claim made by key is painted and listed at once; the suggestions it
// covers and the coverage view follow once it is saved (in an idle moment
// after the answer), so that work, over every annotation of a long article,
// never holds up the save's answer. A claim refused is taken off and
// nothing stays hidden.
test('a claim made by key hides the suggestion it covers once saved, not while its save is on its way', async ({ app }) => {
  const page = app.page
  await expect(perXinhua(page)).toHaveCount(1)
  let release = () => {}
  const held = new Promise<void>((resolve) => { release = resolve })
  await page.route('**/api/createAnnotation', async (route) => { await held; await route.continue() })
  await selectText(page, PER_XINHUA)
  await page.keyboard.press('1')
  const claim = annotationItems(page).filter({ hasText: PER_XINHUA })
  await expect(claim).toHaveCount(1)
  await expect(article(page).locator('mark.annotation-claim.source-xinhua')).toContainText(PER_XINHUA)
  // Painted and listed, not saved: the page has been idle since, and the
  // suggestion is still listed.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))))
  await expect(page.getByRole('status')).not.toHaveText('Claim saved.')
  await expect(perXinhua(page)).toHaveCount(1)
  release()
  await expect(page.getByRole('status')).toHaveText('Claim saved.')
  await expect(perXinhua(page)).toHaveCount(0)
  await expect(coverage(page).getByRole('listitem').filter({ hasText: /^Xinhua/ })).toContainText('1 claim')
})
