import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures.ts'
import { allSaved, article, exportAs, exportDialog, importAnnotationsFile, selectText } from './reader-page.ts'
import { SAMPLE_ID } from '../test/helpers/annotate.ts'
import { shardPath } from '../test/helpers/library-files.ts'

const COMMUNIQUE = 'Russia and China see each other as priority partners and will continue to strengthen cooperation across all fields'
const QUOTE = 'underscore the maturity and resilience of China-Russia relations'
const CNBC = 'the Kremlin said it placed \'very great\' importance on the talks'

test('tag a claim with Tass and a quote with Global Times, note it, filter, undo, and keep it all after a reload', async ({ app }) => {
  let page = app.page
  const toolbar = page.getByRole('toolbar', { name: 'Annotate' })
  const sidebar = page.getByRole('region', { name: 'Annotations' })
  const items = sidebar.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')

  // A claim attributed to Tass, with the mouse.
  await selectText(page, COMMUNIQUE)
  await toolbar.getByRole('button', { name: 'Claim', exact: true }).click()
  await expect(page.getByRole('status')).toHaveText('Claim saved.')
  await toolbar.getByRole('button', { name: 'Tass', exact: true }).click()
  await expect(toolbar.getByRole('button', { name: 'Tass', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await expect(article(page).locator('mark.source-tass')).toHaveText(COMMUNIQUE)

  // A quote attributed to the Global Times, with the keyboard: c, then 3.
  await selectText(page, QUOTE)
  await page.keyboard.press('c')
  await expect(items).toHaveCount(2)
  await page.keyboard.press('3')
  await expect(items.filter({ hasText: QUOTE })).toContainText('Global Times')

  // A note on it: n opens the editor, Ctrl+Enter saves.
  await page.keyboard.press('n')
  const note = sidebar.getByRole('textbox', { name: 'Note' })
  await note.fill('Wang Xiaoquan, CASS, told the Global Times.')
  await note.press('Control+Enter')
  await expect(page.getByRole('status')).toHaveText('Note saved.')
  await expect(items.filter({ hasText: QUOTE })).toContainText('Wang Xiaoquan, CASS, told the Global Times.')

  // An untagged claim counts as unattributed.
  await selectText(page, CNBC)
  await toolbar.getByRole('button', { name: 'Claim', exact: true }).click()
  await expect(sidebar.getByText('Unattributed claims: 1')).toBeVisible()
  await expect(sidebar.getByText('Tass: 1')).toBeVisible()

  // Items are in document order, and filters narrow them.
  await expect(items.locator('q')).toHaveText([QUOTE, COMMUNIQUE, CNBC])
  await sidebar.getByRole('combobox', { name: 'Filter by source' }).selectOption({ label: 'Global Times' })
  await expect(items.locator('q')).toHaveText([QUOTE])
  await sidebar.getByRole('combobox', { name: 'Filter by source' }).selectOption({ label: 'All sources' })
  await sidebar.getByRole('searchbox', { name: 'Filter by text' }).fill('kremlin')
  await expect(items.locator('q')).toHaveText([CNBC])
  await sidebar.getByRole('searchbox', { name: 'Filter by text' }).fill('')

  // Undo removes the last claim, redo brings it back, undo again.
  await page.locator('body').click({ position: { x: 5, y: 200 } })
  await page.keyboard.press('Control+z')
  await expect(items).toHaveCount(2)
  await page.keyboard.press('Control+Shift+z')
  await expect(items).toHaveCount(3)
  await page.keyboard.press('Control+z')
  await expect(items).toHaveCount(2)
  await expect(page.getByRole('status')).toHaveText('Undone.')

  page = await app.restart()
  const after = page.getByRole('region', { name: 'Annotations' }).getByRole('list', { name: 'Annotation list' }).getByRole('listitem')
  await expect(after.locator('q')).toHaveText([QUOTE, COMMUNIQUE])
  await expect(after.filter({ hasText: COMMUNIQUE })).toContainText('Tass')
  await expect(after.filter({ hasText: QUOTE })).toContainText('Global Times')
  await expect(after.filter({ hasText: QUOTE })).toContainText('Wang Xiaoquan, CASS, told the Global Times.')
  await expect(article(page).locator('mark.source-global-times')).toHaveText(QUOTE)
})

test('clicking a painted span selects it; Delete removes it and undo puts it back', async ({ app }) => {
  const { page } = app
  await selectText(page, 'Deepen cooperation')
  await page.keyboard.press('h')
  const mark = article(page).locator('mark', { hasText: 'Deepen cooperation' })
  await expect(mark).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('toolbar', { name: 'Annotate' })).toBeHidden()
  await mark.click()
  await expect(page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: 'Highlight', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Delete')
  await expect(mark).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(mark).toBeVisible()
})

test('clicking an item in the sidebar scrolls to its text', async ({ app }) => {
  const { page } = app
  const last = 'foster a more balanced, inclusive, and sustainable world economy'
  await selectText(page, last)
  await page.keyboard.press('h')
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.getByRole('region', { name: 'Annotations' }).getByRole('button', { name: `Highlight: ${last}` }).click()
  await expect(article(page).locator('mark', { hasText: last })).toBeInViewport()
})

test('sources can be added, renamed and removed without losing annotations', async ({ app }) => {
  let page = app.page
  await page.getByRole('button', { name: 'Manage sources' }).click()
  const dialog = page.getByRole('dialog', { name: 'Sources' })
  await dialog.getByRole('textbox', { name: 'New source name' }).fill('Sun Xiuwen')
  await dialog.getByRole('combobox', { name: 'Kind of new source' }).selectOption({ label: 'Person' })
  await dialog.getByRole('button', { name: 'Add source' }).click()
  await expect(dialog.getByRole('textbox', { name: 'Name of Sun Xiuwen' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()

  await selectText(page, 'Practical cooperation between China and Russia in the Arctic has been underway for a long time.')
  await page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: 'Sun Xiuwen', exact: true }).click()
  const items = page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')
  await expect(items).toContainText(['Sun Xiuwen'])

  await page.getByRole('button', { name: 'Manage sources' }).click()
  const name = dialog.getByRole('textbox', { name: 'Name of Sun Xiuwen' })
  await name.fill('Sun Xiuwen (Lanzhou University)')
  await name.press('Enter')
  await expect(items).toContainText(['Sun Xiuwen (Lanzhou University)'])
  await dialog.getByRole('button', { name: 'Remove Sun Xiuwen (Lanzhou University)' }).click()
  // In use: it asks first.
  await page.getByRole('dialog', { name: 'Remove “Sun Xiuwen (Lanzhou University)”?' }).getByRole('button', { name: 'Remove Sun Xiuwen (Lanzhou University)' }).click()
  await expect(dialog.getByRole('textbox', { name: 'Name of Sun Xiuwen (Lanzhou University)' })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(items).toHaveCount(1)
  await expect(page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: /Sun Xiuwen/ })).toHaveCount(0)

  page = await app.restart()
  await expect(page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')).toHaveCount(1)
  await page.getByRole('button', { name: 'Manage sources' }).click()
  await expect(page.getByRole('dialog', { name: 'Sources' }).getByRole('textbox', { name: /^Name of / })).toHaveCount(4)
})

test('overlapping annotations are both painted, and a click picks the inner one', async ({ app }) => {
  const { page } = app
  const outer = 'Practical cooperation between China and Russia in the Arctic has been underway for a long time.'
  const inner = 'China and Russia in the Arctic'
  await selectText(page, outer)
  await page.keyboard.press('h')
  await page.keyboard.press('Escape')
  const items = page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')
  // The highlight painted before the next selection: a repaint landing
  // between a script's selection and its key press would put the editor's
  // own (older) selection back (seen at load 30).
  await expect(items).toHaveCount(1)
  await selectText(page, inner)
  await page.keyboard.press('c')
  await page.keyboard.press('Escape')
  await expect(items.locator('q')).toHaveText([outer, inner])
  const paragraph = article(page).locator('p', { hasText: 'Practical cooperation' })
  // The outer highlight is split around the nested claim; together they cover the sentence.
  expect((await paragraph.locator('mark[data-annotation-id]').allTextContents()).join('')).toContain(inner)
  await paragraph.locator('mark').filter({ hasText: /^China and Russia in the Arctic$/ }).last().click()
  await expect(page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: 'Claim', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await paragraph.locator('mark').first().click({ position: { x: 4, y: 8 } })
  await expect(page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: 'Highlight', exact: true })).toHaveAttribute('aria-pressed', 'true')
})

test('keys pressed in quick succession apply in order: c then 2 tags the new claim with Tass', async ({ app }) => {
  const { page } = app
  await selectText(page, 'Mishustin visited China')
  await page.keyboard.press('c')
  await page.keyboard.press('2')
  const items = page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')
  await expect(items).toHaveCount(1)
  await expect(items).toContainText(['Tass'])
  await expect(page.getByRole('status')).toHaveText('Saved.')
  await expect(items).toHaveCount(1)
})

// The claim's card is listed at once, its save on its way: Edit note and
// Delete are there but disabled until it is stored, so the card keeps its
// height when the save answers (the cards below stay where they are in the
// frame that shows "saved").
test('a new claim\'s card keeps its height when its save answers; Edit note and Delete wait for it', async ({ app }) => {
  const page = app.page
  let release = () => {}
  const held = new Promise<void>((resolve) => { release = resolve })
  await page.route('**/api/createAnnotation', async (route) => { await held; await route.continue() })
  await selectText(page, QUOTE)
  await page.keyboard.press('c')
  const card = page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem').filter({ hasText: QUOTE })
  await expect(card).toHaveAttribute('aria-busy', 'true')
  await expect(card.getByRole('button', { name: 'Delete' })).toBeDisabled()
  await expect(card.getByRole('button', { name: 'Edit note' })).toBeDisabled()
  const pending = (await card.boundingBox())!.height
  release()
  await expect(page.getByRole('status')).toHaveText('Claim saved.')
  await expect(card).not.toHaveAttribute('aria-busy', 'true')
  await expect(card.getByRole('button', { name: 'Delete' })).toBeEnabled()
  expect((await card.boundingBox())!.height).toBe(pending)
})

test('a corrupt library file is moved aside, the backup restored, and the reader told in words, naming the data folder but no file of its own', async ({ app }) => {
  await selectText(app.page, 'Deepen cooperation')
  await app.page.keyboard.press('h')
  await expect(app.page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')).toHaveCount(1)
  await allSaved(app.page)
  // The index file holding the sample's entry (library/index-XX.json).
  await writeFile(shardPath(app.dataDir, SAMPLE_ID), '{"version": 4, "entries": [')
  const page = await app.restart()
  const notices = page.getByRole('region', { name: 'Storage notices' })
  await expect(notices).toContainText(`Sourcemark repaired the library's list of documents in the data folder (${app.dataDir})`)
  await expect(notices).toContainText('The damaged file was kept in that folder.')
  await expect(notices).not.toContainText(/index-[0-9a-f]{2}|\.json/)
  await expect(page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')).toHaveCount(1)
  await notices.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notices).toBeHidden()
})

test('an annotation whose text was edited away is listed under Orphans, never painted on other words', async ({ app }) => {
  const sentence = 'Mishustin visited China from November 3 to 4 for the 30th regular meeting between the Chinese and Russian heads of government.'
  await selectText(app.page, sentence)
  await app.page.keyboard.press('c')
  await expect(app.page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')).toHaveCount(1)
  await allSaved(app.page)
  // The stored article loses that paragraph, as a later edition would.
  const file = join(app.dataDir, 'documents', 'xi-mishustin-2025-11-05.json')
  const stored = JSON.parse(await readFile(file, 'utf8'))
  stored.document.blocks = stored.document.blocks.filter((b: { text: string }) => b.text !== sentence)
  await writeFile(file, JSON.stringify(stored))
  const page = await app.restart()
  const orphans = page.getByRole('region', { name: 'Orphans' })
  await expect(orphans).toContainText(sentence)
  await expect(page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')).toHaveCount(0)
  await expect(article(page).locator('mark')).toHaveCount(0)
})

test('export from the app: Markdown notes with the tagged claim, and W3C JSON-LD', async ({ app }) => {
  const { page } = app
  const claim = 'Russia and China see each other as priority partners'
  await selectText(page, claim)
  await page.keyboard.press('c')
  await page.keyboard.press('2')
  await expect(page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')).toContainText(['Tass'])

  const saved = async (format: string) => {
    const download = await exportAs(page, format)
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') }
  }
  const markdown = await saved('Markdown notes')
  expect(markdown.name).toBe('xi-mishustin-2025-11-05.md')
  expect(markdown.text).toMatch(/^---\n/)
  // Reading order, each annotation once, naming its sources.
  expect(markdown.text).toContain('## Annotations')
  expect(markdown.text).toMatch(/^\*\*Claim\*\* · Source: Tass · /m)
  expect(markdown.text).toContain(claim)
  const jsonld = await saved('W3C Web Annotations (JSON-LD)')
  const collection = JSON.parse(jsonld.text)
  expect(collection.type).toBe('AnnotationCollection')
  expect(JSON.stringify(collection)).toContain('"motivation":"classifying"')
  const readwise = await saved('Readwise CSV')
  expect(readwise.name).toBe('xi-mishustin-2025-11-05.readwise.csv')
  expect(readwise.text.startsWith('Highlight,Title,Author,URL,Note,Location,Date\r\n')).toBe(true)
  expect(readwise.text).toContain(claim)
  const hypothesis = await saved('Hypothesis annotations (JSON)')
  expect(hypothesis.name).toBe('xi-mishustin-2025-11-05.hypothesis.json')
  const { annotations } = JSON.parse(hypothesis.text)
  expect(annotations[0].tags).toEqual(['Tass'])
  expect(annotations[0].target[0].selector[0].exact).toBe(claim)
})

test('export the whole library: every document in one file; the HTML page is for one document only', async ({ app }) => {
  const { page } = app
  await selectText(page, 'Russia and China see each other as priority partners')
  await page.keyboard.press('c')
  await expect(page.getByRole('status')).toHaveText('Claim saved.')
  await page.getByRole('button', { name: 'Export…', exact: true }).click()
  const dialog = exportDialog(page)
  await dialog.getByRole('radio', { name: 'The whole library (one file)' }).check()
  await expect(dialog.getByRole('radio', { name: 'HTML page', exact: true })).toBeDisabled()
  await expect(dialog).toContainText('Your browser downloads it as sourcemark-library.md, into its downloads folder.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  const download = await exportAs(page, 'CSV spreadsheet', 'library')
  expect(download.suggestedFilename()).toBe('sourcemark-library.csv')
  const rows = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n')
  expect(rows).toHaveLength(2)
  expect(rows[1]).toContain('Russia and China see each other as priority partners')
})

test('import annotations from a Hypothesis export: placed, tagged, and the unplaceable reported', async ({ app }) => {
  const { page } = app
  const file = join(app.dataDir, 'hypothesis.json')
  await writeFile(file, JSON.stringify({
    annotations: [
      {
        id: 'hyp-claim-0001', text: 'communique, per Tass', tags: ['TASS', 'Reuters'], created: '2025-11-06T09:00:00Z', updated: '2025-11-06T09:05:00Z',
        target: [{ source: 'https://example.org/a', selector: [
          { type: 'TextQuoteSelector', exact: 'will continue to strengthen cooperation across all fields', prefix: 'priority partners and ', suffix: ', according to a joint' },
        ] }],
      },
      {
        id: 'hyp-gone-0002', text: '', tags: [],
        target: [{ source: 'https://example.org/a', selector: [{ type: 'TextQuoteSelector', exact: 'a sentence from another article entirely', prefix: '', suffix: '' }] }],
      },
    ],
  }))
  await importAnnotationsFile(page, file)
  await page.getByRole('dialog', { name: 'Add a new source?' }).getByRole('button', { name: 'Skip these tags' }).click()
  await expect(page.getByRole('status')).toHaveText('Imported 1 annotation. 1 could not be placed, its text is not in this article: “a sentence from another article entirely”. Tags that match no source: Reuters. Those not placed are listed under Orphans in the sidebar.')
  const items = page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')
  await expect(items).toHaveCount(1)
  await expect(items).toContainText(['Tass'])
  await expect(items).toContainText(['communique, per Tass'])
  await expect(article(page).locator('mark')).toHaveText('will continue to strengthen cooperation across all fields')
})
