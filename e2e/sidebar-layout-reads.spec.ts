// A claim added beside a long article: the sidebar puts its card in and
// scrolls to it without reading the layout back in the key press's task.
// A read there, after the article got its new mark and the list its new
// card, makes the browser lay out the page again mid-task. The card must
// still end up in view (checked against its box in the next frame).

import { test, expect } from './fixtures.ts'
import { articleTitled, selectText } from './reader-page.ts'
import { BIG_DOCUMENT_TITLE, generateBigDocument, writeBigDocument } from '../test/helpers/big-document.ts'
import type { Page } from '@playwright/test'

// More annotations than the list draws whole (200).
const big = generateBigDocument({ size: 60_000, annotations: 600 })

async function openBig(page: Page) {
  await page.setViewportSize({ width: 1280, height: 720 })
  const list = page.getByRole('region', { name: 'Annotations' }).getByRole('list', { name: 'Annotation list' })
  await page.keyboard.press('l')
  await page.getByRole('button', { name: `Open ${BIG_DOCUMENT_TITLE}` }).click()
  await expect(articleTitled(page, BIG_DOCUMENT_TITLE)).toBeVisible()
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '600')
  // The suggestions listed: their list's new items are read in a frame of their own, not counted here.
  await expect(page.getByRole('region', { name: 'Suggestions' }).getByText(/^\(\d+\)$/)).toBeVisible({ timeout: 60_000 })
  return list
}

// Counts layout reads made on the sidebar's elements while window.layoutReads.on.
async function countSidebarReads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const host = document.getElementById('sidebar-host')!
    const counter = { on: false, reads: [] as string[] }
    ;(window as unknown as { layoutReads: typeof counter }).layoutReads = counter
    const count = (name: string, element: Element) => { if (counter.on && host.contains(element)) counter.reads.push(name) }
    const rect = Element.prototype.getBoundingClientRect
    Element.prototype.getBoundingClientRect = function (this: Element) { count('getBoundingClientRect', this); return rect.call(this) }
    for (const name of ['scrollHeight', 'clientHeight', 'clientTop', 'scrollTop', 'offsetTop', 'offsetHeight'] as const) {
      const proto = name.startsWith('offset') ? HTMLElement.prototype : Element.prototype
      const property = Object.getOwnPropertyDescriptor(proto, name)!
      Object.defineProperty(proto, name, { ...property, get(this: Element) { count(name, this); return property.get!.call(this) as number } })
    }
  })
}

const reads = (page: Page) => page.evaluate(() => (window as unknown as { layoutReads: { reads: string[] } }).layoutReads.reads)

test('adding a claim lists its card in view with no layout read in the sidebar during the key press', async ({ app }) => {
  const page = await app.restart((dir) => writeBigDocument(dir, big))
  const list = await openBig(page)

  // Layout reads on the sidebar's elements, counted from the key press to
  // the frame after it (our frame callback is the first asked for).
  await countSidebarReads(page)
  await page.evaluate(() => window.addEventListener('keydown', () => {
    const counter = (window as unknown as { layoutReads: { on: boolean } }).layoutReads
    counter.on = true
    requestAnimationFrame(() => { counter.on = false })
  }, { capture: true }))

  // A paragraph half way down: its card is far below the sidebar's view.
  const quote = big.document.blocks[Math.floor(big.document.blocks.length / 2)]!.text.split(' ').slice(0, 6).join(' ')
  const card = list.getByRole('listitem').filter({ hasText: quote })
  await expect(card).toHaveCount(0)
  await selectText(page, quote)
  // (The selection places the toolbar beside it in a frame, reading the sidebar's box: on a loaded machine that
  // frame may not have run before the key press, and would be counted as the key press's. Two frames first.)
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))))
  await page.keyboard.press('c')
  await expect(card.getByRole('button', { name: /^Claim/ })).toHaveAttribute('aria-current', 'true')
  await expect(card).toHaveAttribute('aria-setsize', '601')
  await expect(card).toBeInViewport()
  expect(await reads(page)).toEqual([])
})

// The sidebar stays beside the text (sticky): scrolling the article does not
// move what is seen of its lists, so they neither draw nor read the layout.
test('scrolling the article reads no layout in the sidebar', async ({ app }) => {
  const page = await app.restart((dir) => writeBigDocument(dir, big))
  const list = await openBig(page)
  const first = await list.getByRole('listitem').first().getAttribute('data-annotation-id')
  await countSidebarReads(page)
  await page.evaluate(async () => {
    const counter = (window as unknown as { layoutReads: { on: boolean } }).layoutReads
    counter.on = true
    for (let i = 0; i < 10; i++) {
      window.scrollBy(0, 400)
      await new Promise((r) => requestAnimationFrame(r))
    }
    await new Promise((r) => requestAnimationFrame(r))
    counter.on = false
  })
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(3000)
  expect(await reads(page)).toEqual([])
  // The sidebar still shows its first cards, and still follows its own scroll.
  await expect(list.getByRole('listitem').first()).toHaveAttribute('data-annotation-id', first!)
  await page.evaluate(() => { document.getElementById('sidebar-host')!.scrollTop = 20_000 })
  await expect(list.getByRole('listitem').first()).not.toHaveAttribute('data-annotation-id', first!)
})

// Rows drawn at an estimate are measured in the frames after a card is
// added, and the places around them shift a little each time. Rows drawn
// stay while they still reach well past the view, so the list is not put
// together again frame after frame for rows nobody sees (3-4 frames in a
// row on a 1 MB article before); at most the one where the view settles.
test('after a claim is added the list changes its rows in one frame at most', async ({ app }) => {
  const page = await app.restart((dir) => writeBigDocument(dir, big))
  const list = await openBig(page)
  const quote = big.document.blocks[Math.floor(big.document.blocks.length / 3)]!.text.split(' ').slice(0, 6).join(' ')
  await selectText(page, quote)
  // The frames (from the first after the key on) in which rows were put in
  // or taken out, but the new claim's own (under its local id, then its
  // stored one).
  await page.evaluate((words) => {
    const frames = new Set<number>()
    ;(window as unknown as { rowFrames: Set<number> }).rowFrames = frames
    let frame = 0
    const count = () => { frame++; requestAnimationFrame(count) }
    const ul = document.querySelector('[aria-label="Annotation list"]')!
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        for (const n of [...r.addedNodes, ...r.removedNodes]) {
          if (n.nodeName === 'LI' && !(n.textContent ?? '').includes(words)) frames.add(frame)
        }
      }
    })
    window.addEventListener('keydown', () => requestAnimationFrame(() => { count(); observer.observe(ul, { childList: true }) }), { capture: true, once: true })
  }, quote)
  await page.keyboard.press('c')
  const card = list.getByRole('listitem').filter({ hasText: quote })
  await expect(card.getByRole('button', { name: /^Claim/ })).toHaveAttribute('aria-current', 'true')
  await expect(card).not.toHaveAttribute('aria-busy', 'true')
  await expect(card).toBeInViewport()
  for (let i = 0; i < 6; i++) await page.evaluate(() => new Promise(requestAnimationFrame))
  expect((await page.evaluate(() => [...(window as unknown as { rowFrames: Set<number> }).rowFrames])).length).toBeLessThanOrEqual(1)
})
