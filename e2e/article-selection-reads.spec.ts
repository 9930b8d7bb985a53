// A claim made from a selection: the key takes the selection away, then the
// article paints the new mark. Reading the page's selection after that
// write, in the same task, makes Chromium lay the article out there and
// then (ProseMirror asks whether it holds the selection; 3 ms a key press
// on a 1 MB article). With no selection left in the article, its write
// cannot move one, so nothing needs reading again.

import { test, expect } from './fixtures.ts'
import { allSaved, article, selectText } from './reader-page.ts'

test('painting a new claim reads the selection only before the article is written', async ({ app }) => {
  const { page } = app
  await expect(article(page)).toBeVisible()
  // Selection reads made while the article has writes not yet seen by a
  // mutation observer (pending records: the same task, after the write).
  await page.evaluate(() => {
    const root = document.querySelector('#article .ProseMirror')!
    const writes = new MutationObserver(() => {})
    writes.observe(root, { subtree: true, childList: true, attributes: true, characterData: true })
    const counter = { on: false, reads: 0, written: false }
    ;(window as unknown as { selectionReads: typeof counter }).selectionReads = counter
    for (const name of ['anchorNode', 'focusNode', 'rangeCount', 'isCollapsed'] as const) {
      const property = Object.getOwnPropertyDescriptor(Selection.prototype, name)!
      Object.defineProperty(Selection.prototype, name, {
        ...property,
        get(this: Selection) {
          if (writes.takeRecords().length) {
            counter.written = true
            queueMicrotask(() => { counter.written = false })
          }
          if (counter.on && counter.written) counter.reads++
          return property.get!.call(this) as unknown
        },
      })
    }
    window.addEventListener('keydown', () => {
      counter.on = true
      writes.takeRecords()
      setTimeout(() => { counter.on = false })
    }, { capture: true })
  })
  const quote = 'Chinese President Xi Jinping'
  await selectText(page, quote)
  await page.keyboard.press('c')
  const mark = article(page).locator('mark.annotation-current')
  await expect(mark).toHaveText(quote)
  await allSaved(page)
  expect(await page.evaluate(() => (window as unknown as { selectionReads: { reads: number } }).selectionReads.reads)).toBe(0)
  // Nothing is left selected; a new selection still makes a claim.
  expect(await page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe('')
  await selectText(page, 'Prime Minister Mikhail Mishustin')
  await page.keyboard.press('c')
  await expect(mark).toHaveText('Prime Minister Mikhail Mishustin')
})
