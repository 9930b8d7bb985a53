// A claim added beside a long article: the sidebar puts its card in and
// scrolls to it without reading the layout back in the key press's task.
// A read there, after the article got its new mark and the list its new
// card, makes the browser lay out the page again mid-task. The card must
// still end up in view (checked against its box in the next frame).

import { test, expect } from './fixtures.ts'
import { articleTitled, selectText } from './reader-page.ts'
import { BIG_DOCUMENT_TITLE, generateBigDocument, writeBigDocument } from '../test/helpers/big-document.ts'

test('adding a claim lists its card in view with no layout read in the sidebar during the key press', async ({ app }) => {
  // More annotations than the list draws whole (200).
  const big = generateBigDocument({ size: 60_000, annotations: 600 })
  const page = await app.restart((dir) => writeBigDocument(dir, big))
  await page.setViewportSize({ width: 1280, height: 720 })
  const list = page.getByRole('region', { name: 'Annotations' }).getByRole('list', { name: 'Annotation list' })
  await page.keyboard.press('l')
  await page.getByRole('button', { name: `Open ${BIG_DOCUMENT_TITLE}` }).click()
  await expect(articleTitled(page, BIG_DOCUMENT_TITLE)).toBeVisible()
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '600')

  // Layout reads on the sidebar's elements, counted from the key press to
  // the frame after it (our frame callback is the first asked for).
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
    window.addEventListener('keydown', () => {
      counter.on = true
      requestAnimationFrame(() => { counter.on = false })
    }, { capture: true })
  })

  // A paragraph half way down: its card is far below the sidebar's view.
  const quote = big.document.blocks[Math.floor(big.document.blocks.length / 2)]!.text.split(' ').slice(0, 6).join(' ')
  const card = list.getByRole('listitem').filter({ hasText: quote })
  await expect(card).toHaveCount(0)
  await selectText(page, quote)
  await page.keyboard.press('c')
  await expect(card.getByRole('button', { name: /^Claim/ })).toHaveAttribute('aria-current', 'true')
  await expect(card).toHaveAttribute('aria-setsize', '601')
  await expect(card).toBeInViewport()
  expect(await page.evaluate(() => (window as unknown as { layoutReads: { reads: string[] } }).layoutReads.reads)).toEqual([])
})
