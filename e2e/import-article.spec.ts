import { join, resolve } from 'node:path'
import type { Request } from '@playwright/test'
import { test, expect } from './fixtures.ts'
import { nestedMarksPage, reopenedMarksPage } from '../test/helpers/hostile-html.ts'
import { articleTitled, importArticleFiles, libraryItems, openLibrary, SAMPLE_TITLE } from './reader-page.ts'

const ROOT = resolve(__dirname, '..')
const BRIEFING = join(__dirname, 'files', 'briefing.md')
const BRIEFING_TITLE = 'Arctic Shipping Briefing'
const SAVED_PAGE = join(ROOT, 'test', 'fixtures', 'import', 'saved-page.html')
const SAVED_PAGE_TITLE = 'Council backs floating solar farm on Millbrook reservoir'
const HOSTILE = join(ROOT, 'test', 'fixtures', 'import', 'hostile.html')
const STUB = join(__dirname, 'files', 'stub-with-comments.html')
const MHTML = join(__dirname, 'files', 'ferry.mhtml')

test('a Markdown file imported through the picker opens with its headings, lists, quotes and scripts, and joins the library', async ({ app }) => {
  const { page } = app
  await importArticleFiles(page, BRIEFING)
  await expect(page.getByRole('status')).toHaveText(`Imported “${BRIEFING_TITLE}”.`)
  const text = articleTitled(page, BRIEFING_TITLE)
  await expect(text).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE }).first()).toBeVisible()
  await expect(page).toHaveTitle(`${BRIEFING_TITLE} — Sourcemark`)
  await expect(text.getByRole('heading', { level: 2, name: 'What was agreed' })).toBeVisible()
  await expect(text.locator('em')).toHaveText('Thursday')
  await expect(text.locator('strong')).toHaveText('Northern Sea Route')

  // List items: numbered at the top level, bulleted and indented below.
  const first = text.getByText('A new joint shipping company', { exact: true })
  await expect(first).toBeVisible()
  await expect(first).toHaveAttribute('data-marker', '1.')
  const nested = text.getByText('two ice-class container ships', { exact: true })
  await expect(nested).toHaveAttribute('data-marker', '◦')
  expect(await nested.evaluate((el) => el.getBoundingClientRect().left)).toBeGreaterThan(await first.evaluate((el) => el.getBoundingClientRect().left))
  await expect(text.getByText('Pilot training for Chinese crews', { exact: true })).toHaveAttribute('data-marker', '2.')

  // Quotes, the inner one deeper.
  const quote = text.locator('blockquote', { hasText: 'Practical cooperation in the Arctic has been underway for a long time.' })
  await expect(quote).toBeVisible()
  await expect(text.locator('blockquote.quote-level-2')).toHaveText('Analysts doubt the 2030 target is realistic.')

  await expect(text.getByText('中国和俄罗斯将继续加强北极航道合作。', { exact: true })).toBeVisible()
  await expect(text.getByText('Россия и Китай продолжат сотрудничество в Арктике.', { exact: true })).toBeVisible()
  await expect(text.getByRole('link', { name: 'joint statement' })).toHaveAttribute('href', 'https://example.org/statements/nsr-2025')

  // The library lists it with its publisher, beside the sample.
  await openLibrary(page)
  await expect(libraryItems(page)).toHaveCount(2)
  const item = libraryItems(page).filter({ hasText: BRIEFING_TITLE })
  await expect(item).toContainText('Northern Desk')
  await expect(item).toContainText('2025-11-06')
  await expect(libraryItems(page).filter({ hasText: SAMPLE_TITLE })).toHaveCount(1)
})

test('a saved news page imports as its article only: headline and story, no menus or ads', async ({ app }) => {
  const { page } = app
  await importArticleFiles(page, SAVED_PAGE)
  const text = articleTitled(page, SAVED_PAGE_TITLE)
  await expect(text).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: SAVED_PAGE_TITLE }).first()).toBeVisible()
  await expect(text.getByText('The city council voted 7 to 2 on Thursday night', { exact: false })).toBeVisible()
  await expect(text.getByRole('heading', { name: 'How the panels will float' })).toBeVisible()
  for (const chrome of ['Subscribe for £1 a week', 'Switch to Brightwave Energy', 'Ferry timetable cut', 'Accept all cookies', 'Most read']) {
    await expect(text.getByText(chrome)).toHaveCount(0)
  }
  await openLibrary(page)
  await expect(libraryItems(page).filter({ hasText: SAVED_PAGE_TITLE })).toContainText('The Northport Ledger')
})

test('a page the extractor is unsure of says so, and "Import the whole page" replaces what was found', async ({ app }) => {
  const { page } = app
  await importArticleFiles(page, STUB)
  const status = page.getByRole('status')
  await expect(status).toContainText('Imported “Bridge closed”. Sourcemark is not sure it found the article: it has very little text.')
  const text = articleTitled(page, 'Bridge closed')
  await expect(text.getByText('The bridge is closed until Friday', { exact: false })).toBeVisible()
  await expect(text.getByText('Reader comment 7', { exact: false })).toHaveCount(0)
  await status.getByRole('button', { name: 'Import the whole page' }).click()
  await expect(status).toHaveText('Imported the whole page of “Bridge closed”.')
  await expect(articleTitled(page, 'Bridge closed').getByText('Reader comment 7', { exact: false })).toBeVisible()
  await openLibrary(page)
  await expect(libraryItems(page).filter({ hasText: 'Bridge closed' })).toHaveCount(1)
})

test('an MHTML archive saved by a Chromium browser imports as its page\'s article', async ({ app }) => {
  const { page } = app
  await importArticleFiles(page, MHTML)
  await expect(page.getByRole('status')).toHaveText('Imported “Ferry to Nordholm runs twice a day”.')
  const text = articleTitled(page, 'Ferry to Nordholm runs twice a day')
  await expect(text.getByText('“We heard the complaints,” said the operator’s director, Åsa Lind.', { exact: false })).toBeVisible()
  await expect(text.getByText('Home', { exact: true })).toHaveCount(0)
})

test('a hostile HTML file imports as inert text: nothing runs, nothing is fetched, nothing can be followed', async ({ app }) => {
  const { page } = app
  const origin = new URL(page.url()).origin
  const dialogs: string[] = []
  const requests: string[] = []
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss() })
  const seen = (request: Request) => requests.push(request.url())
  page.on('request', seen)
  page.context().on('request', seen)

  await importArticleFiles(page, HOSTILE)
  const text = page.getByRole('article', { name: /Harbour wall repairs delayed again/ })
  await expect(text.getByText('HOSTILE-FIXTURE-READABLE')).toBeVisible()
  await expect(text.getByText('The authority expects to publish a new start date at the end of the month.')).toBeVisible()
  // Hover and click what carried handlers in the file.
  await text.getByText('HOSTILE-FIXTURE-READABLE').hover()
  await text.getByText('Harbour wall repairs delayed again').first().click()
  await page.keyboard.press('Escape')

  expect(await page.title()).not.toContain('PWNED')
  expect(dialogs).toEqual([])
  const foreign = requests.filter((url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin)
  expect(foreign).toEqual([])
  await expect(text.locator('script, iframe, object, embed, frame, frameset, applet, base, meta, link, style, form, input, img, svg, math, video, audio')).toHaveCount(0)
  await expect(text.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]')).toHaveCount(0)
  const withHandlers = await text.evaluate((root) => [...root.querySelectorAll('*')]
    .filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')))
    .map((el) => el.outerHTML.slice(0, 120)))
  expect(withHandlers).toEqual([])
  // Every link left is one Sourcemark would open.
  for (const href of await text.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
    expect(href).toMatch(/^(https?:|mailto:)/)
  }
  await expect(page.locator('[role="article"]').getByText('PWNED')).toHaveCount(0)
})

test('hostile nesting: 250 KB of 300 nested inline elements imports, one that would blow up the parser is refused, and the app goes on', async ({ app }) => {
  // Two hostile files parsed in workers: 50 s of a 60 s limit at load 15.
  test.setTimeout(180_000)
  const { page } = app
  const nested = nestedMarksPage({ triples: 100, textNodes: 49_000 })
  const tangled = reopenedMarksPage({ triples: 100, textNodes: 63_000 })
  await page.getByLabel('Article files').setInputFiles([
    { name: 'tangled.html', mimeType: 'text/html', buffer: Buffer.from(tangled) },
    { name: 'nested.html', mimeType: 'text/html', buffer: Buffer.from(nested) },
  ])
  // Each file is read in a worker on the server; on a busy machine that takes seconds.
  await expect(page.getByRole('alert')).toContainText('tangled.html: This page is too tangled to import safely', { timeout: 60_000 })
  await expect(page.getByRole('status')).toContainText('Imported “Nested”.', { timeout: 60_000 })
  await expect(page.getByRole('article', { name: 'Nested' })).toBeVisible()
  await openLibrary(page)
  await expect(libraryItems(page).filter({ hasText: 'Nested' })).toHaveCount(1)
  await expect(libraryItems(page).filter({ hasText: 'Reopened' })).toHaveCount(0)
})

test('importing the same file again asks: "Open existing" opens the first copy, "Keep both" makes a second', async ({ app }) => {
  const { page } = app
  await importArticleFiles(page, BRIEFING)
  await expect(articleTitled(page, BRIEFING_TITLE)).toBeVisible()
  await openLibrary(page)
  await expect(libraryItems(page)).toHaveCount(2)
  await libraryItems(page).filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: `Open ${SAMPLE_TITLE}` }).click()
  await expect(articleTitled(page, SAMPLE_TITLE)).toBeVisible()

  await importArticleFiles(page, BRIEFING)
  const question = page.getByRole('dialog', { name: 'Already in your library' })
  await expect(question).toContainText(`You already have “${BRIEFING_TITLE}”. Open it, or keep a second copy?`)
  await question.getByRole('button', { name: 'Open existing' }).click()
  await expect(question).toBeHidden()
  await expect(articleTitled(page, BRIEFING_TITLE)).toBeVisible()
  await expect(page.getByRole('status')).toHaveText(`Opened “${BRIEFING_TITLE}”, already in the library.`)
  await openLibrary(page)
  await expect(libraryItems(page)).toHaveCount(2)

  await importArticleFiles(page, BRIEFING)
  await question.getByRole('button', { name: 'Keep both' }).click()
  await expect(page.getByRole('status')).toHaveText(`Imported “${BRIEFING_TITLE}”.`)
  await openLibrary(page)
  await expect(libraryItems(page)).toHaveCount(3)
  await expect(libraryItems(page).filter({ hasText: BRIEFING_TITLE })).toHaveCount(2)
})

test('several files dropped on the window import in order, each reported, the failures named', async ({ app }) => {
  const { page } = app
  const files = await page.evaluateHandle(async ({ briefing }) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([briefing], 'briefing.md', { type: 'text/markdown' }))
    transfer.items.add(new File([''], 'empty.txt', { type: 'text/plain' }))
    transfer.items.add(new File(['Second note\n\nA plain text article about the port.'], 'second.txt', { type: 'text/plain' }))
    return transfer
  }, { briefing: (await import('node:fs')).readFileSync(BRIEFING, 'utf8') })
  await page.dispatchEvent('body', 'dragover', { dataTransfer: files })
  await page.dispatchEvent('body', 'drop', { dataTransfer: files })
  await expect(page.getByRole('status')).toContainText(`Imported “${BRIEFING_TITLE}”.`)
  await expect(page.getByRole('status')).toContainText('Imported “Second note”.')
  await expect(page.getByRole('alert')).toContainText('empty.txt: The file is empty.')
  await expect(page.getByRole('article', { name: 'Second note' })).toBeVisible()
  await openLibrary(page)
  await expect(libraryItems(page)).toHaveCount(3)
})

test('files chosen while the app is still starting: what they opened stays open, and their failures stay said', async ({ app }) => {
  const { page } = app
  // The start held at its first call, so the import waits for nothing.
  let release = () => {}
  const held = new Promise<void>((resolve) => { release = resolve })
  await page.route('**/api/getSettings', async (route) => { await held; await route.continue() })
  await page.reload()
  await page.getByLabel('Article files').setInputFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
    { name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from('Second note\n\nA plain text article about the port.') },
  ])
  await expect(page.getByRole('status')).toContainText('Imported “Second note”.')
  await expect(page.getByRole('alert')).toContainText('empty.txt: The file is empty.')
  // The start goes on once the import is done, and ends by asking for notices.
  const ended = page.waitForResponse((r) => r.url().endsWith('/api/storageNotices'))
  release()
  await ended
  await expect(page.getByRole('article', { name: 'Second note' })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('empty.txt: The file is empty.')
})

test('a link asks before it opens; Cancel opens nothing, Open opens it in a new tab', async ({ app }) => {
  const { page } = app
  await importArticleFiles(page, BRIEFING)
  const link = articleTitled(page, BRIEFING_TITLE).getByRole('link', { name: 'joint statement' })
  const opened: string[] = []
  page.context().on('page', (p) => opened.push(p.url()))
  page.on('popup', (p) => opened.push(p.url()))

  await link.click()
  const confirm = page.getByRole('dialog', { name: 'Open link?' })
  await expect(confirm).toContainText('Open https://example.org/statements/nsr-2025 in your browser?')
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toBeHidden()
  // Escape cancels too, from the keyboard.
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(confirm).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(confirm).toBeHidden()
  expect(opened).toEqual([])
  expect(page.context().pages()).toHaveLength(1)
  expect(page.url()).not.toContain('example.org')

  test.skip(app.mode !== 'browser', 'the desktop shell hands links to the system browser')
  await page.context().route('https://example.org/**', (route) => route.fulfill({ contentType: 'text/plain', body: 'statement' }))
  const popup = page.context().waitForEvent('page')
  await link.click()
  await confirm.getByRole('button', { name: 'Open' }).click()
  await expect.poll(async () => (await popup).url()).toBe('https://example.org/statements/nsr-2025')
  expect(page.url()).not.toContain('example.org')
})

test('pasting a copied web page while no field has the focus imports it as an article', async ({ app }) => {
  const { page } = app
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.evaluate(() => {
    const data = new DataTransfer()
    data.setData('text/html', '<meta charset="utf-8"><article><h1>Port strike ends</h1><p>Dock workers in Tidewater returned to work on Friday after a <em>three-day</em> strike.</p><p>Управление порта приветствовало соглашение.</p></article>')
    data.setData('text/plain', 'Port strike ends\n\nDock workers in Tidewater returned to work on Friday after a three-day strike.')
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })
  const text = page.getByRole('article', { name: 'Port strike ends' })
  await expect(text).toBeVisible()
  await expect(text.locator('em')).toHaveText('three-day')
  await expect(text.getByText('Управление порта приветствовало соглашение.')).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('Imported “Port strike ends”.')

  // Pasting into a field stays a paste into that field.
  await openLibrary(page)
  const filter = page.getByRole('searchbox', { name: 'Filter documents' })
  await filter.focus()
  await filter.evaluate((input) => {
    const data = new DataTransfer()
    data.setData('text/plain', 'Another article entirely')
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })
  await expect(libraryItems(page)).toHaveCount(2)
})
