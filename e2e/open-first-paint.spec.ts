// The start's first paint (issue 18): the opened document's text is
// painted in a frame of its own; the sidebar's cards and the toolbar's
// placement (which reads the page's selection, and so lays the article out)
// come in the task after that frame, and still come.

import { test, expect } from './fixtures.ts'
import { allSaved, article, SAMPLE_TITLE, selectText } from './reader-page.ts'

interface Seen {
  // At each frame, before it is painted: whether the article is there and
  // how many of the sidebar's cards are shown.
  frames: { article: boolean; cards: number }[]
  // The toolbar's selection reads (PlacementInputs.note): the number of
  // frames that had shown the article by then.
  placements: number[]
}

test('a document is painted before its sidebar draws its cards and before the toolbar reads the selection', async ({ app }) => {
  const { page } = app
  await expect(article(page)).toBeVisible()
  // An annotation, so that the sidebar has a card to draw at the next start.
  await selectText(page, 'Mishustin visited China from November 3 to 4')
  await page.keyboard.press('h')
  await allSaved(page)

  await page.addInitScript(() => {
    const seen: Seen = { frames: [], placements: [] }
    ;(window as unknown as { seen: Seen }).seen = seen
    const shown = () => seen.frames.filter((f) => f.article).length
    const look = () => {
      const cards = [...document.querySelectorAll('.annotation-list li')].filter((li) => !li.closest('[hidden]')).length
      seen.frames.push({ article: !!document.querySelector('#article .ProseMirror'), cards })
      if (seen.frames.length < 2000) requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
    const property = Object.getOwnPropertyDescriptor(Selection.prototype, 'anchorNode')!
    Object.defineProperty(Selection.prototype, 'anchorNode', {
      ...property,
      get(this: Selection) {
        if (new Error().stack?.includes('note')) seen.placements.push(shown())
        return property.get!.call(this) as unknown
      },
    })
  })
  await page.reload()
  await expect(article(page)).toBeVisible()
  const cards = page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')
  await expect(cards).toHaveCount(1)
  await page.waitForFunction(() => (window as unknown as { seen: Seen }).seen.placements.length > 0)
  const seen = await page.evaluate(() => (window as unknown as { seen: Seen }).seen)
  const first = seen.frames.findIndex((f) => f.article)
  expect(first).toBeGreaterThanOrEqual(0)
  // The first frame with the text has no card yet; a later one has it.
  expect(seen.frames[first]!.cards).toBe(0)
  expect(seen.frames.slice(first).some((f) => f.cards === 1)).toBe(true)
  // The toolbar was placed, and not before the text was painted.
  expect(Math.min(...seen.placements)).toBeGreaterThan(0)
})

test('the startup document is asked for before the app\'s script has loaded, and only once', async ({ app }) => {
  test.skip(app.mode !== 'browser', 'the desktop shell asks through its bridge')
  const { page } = app
  await expect(article(page)).toBeVisible()
  const calls: string[] = []
  page.on('request', (request) => {
    const method = /\/api\/(\w+)$/.exec(request.url())?.[1]
    if (method) calls.push(method)
  })
  // app.js is held until the document has been asked for: only early.js can ask then.
  let asked!: () => void
  const documentAsked = new Promise<void>((resolve) => { asked = resolve })
  page.on('request', (request) => { if (request.url().endsWith('/api/getDocument')) asked() })
  await page.route('**/app.js', async (route) => { await documentAsked; await route.continue() })
  await page.reload()
  await expect(article(page)).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible()
  for (const method of ['startupDocument', 'getDocument', 'listAnnotations', 'listSources', 'listRemovedSources']) {
    expect(calls.filter((m) => m === method), method).toHaveLength(1)
  }
})
