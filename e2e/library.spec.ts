import { join } from 'node:path'
import { test, expect } from './fixtures.ts'
import { article, articleTitled, importArticleFiles, library, libraryItems, openLibrary, SAMPLE_TITLE, selectText } from './reader-page.ts'

const BRIEFING = join(__dirname, 'files', 'briefing.md')
const BRIEFING_TITLE = 'Arctic Shipping Briefing'
const CLAIM = 'Russia and China see each other as priority partners'

test('the library lists documents with their counts per source, filters and sorts them, and opens one', async ({ app }) => {
  const { page } = app
  await selectText(page, CLAIM)
  await page.keyboard.press('c')
  await page.keyboard.press('2')
  await expect(page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')).toContainText(['Tass'])
  await importArticleFiles(page, BRIEFING)
  await expect(articleTitled(page, BRIEFING_TITLE)).toBeVisible()

  // "l" opens the library; it takes the reading area's place.
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('l')
  await expect(library(page)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Library', exact: true })).toHaveAttribute('aria-expanded', 'true')
  await expect(articleTitled(page, BRIEFING_TITLE)).toBeHidden()
  const sample = libraryItems(page).filter({ hasText: SAMPLE_TITLE })
  await expect(sample).toContainText('1 annotation, 1 claim')
  await expect(sample.getByRole('list', { name: `Annotations per source in ${SAMPLE_TITLE}` })).toHaveText('Tass: 1')
  await expect(libraryItems(page).filter({ hasText: BRIEFING_TITLE })).toContainText('open now')

  await library(page).getByRole('combobox', { name: 'Sort documents by' }).selectOption({ label: 'Title' })
  await expect(libraryItems(page).getByRole('heading')).toHaveText([BRIEFING_TITLE, SAMPLE_TITLE])
  await library(page).getByRole('combobox', { name: 'Sort documents by' }).selectOption({ label: 'Annotations' })
  await expect(libraryItems(page).getByRole('heading')).toHaveText([SAMPLE_TITLE, BRIEFING_TITLE])
  await library(page).getByRole('combobox', { name: 'Sort documents by' }).selectOption({ label: 'Date published' })
  await expect(libraryItems(page).getByRole('heading')).toHaveText([BRIEFING_TITLE, SAMPLE_TITLE])

  await library(page).getByRole('searchbox', { name: 'Filter documents' }).fill('northern desk')
  await expect(libraryItems(page).getByRole('heading')).toHaveText([BRIEFING_TITLE])
  await expect(library(page)).toContainText('1 of 2 documents')
  await library(page).getByRole('searchbox', { name: 'Filter documents' }).fill('')

  await sample.getByRole('button', { name: `Open ${SAMPLE_TITLE}` }).click()
  await expect(library(page)).toBeHidden()
  await expect(article(page).locator('mark.source-tass')).toHaveText(CLAIM)
})

test('edit details: the new title shows in the header and the library; a blank title is refused', async ({ app }) => {
  const { page } = app
  await openLibrary(page)
  await libraryItems(page).filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: `Edit details of ${SAMPLE_TITLE}` }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit details' })
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(SAMPLE_TITLE)
  await dialog.getByRole('textbox', { name: 'Title' }).fill('   ')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('A document needs a title.')
  await expect(dialog).toBeVisible()

  await dialog.getByRole('textbox', { name: 'Title' }).fill('Xi meets Mishustin')
  await dialog.getByRole('textbox', { name: 'Author' }).fill('Staff reporter')
  await dialog.getByRole('textbox', { name: 'Title' }).press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status')).toHaveText('Details saved.')
  await expect(libraryItems(page).getByRole('heading')).toHaveText(['Xi meets Mishustin'])
  await expect(libraryItems(page)).toContainText('Staff reporter')

  await libraryItems(page).getByRole('button', { name: 'Open Xi meets Mishustin' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Xi meets Mishustin' })).toBeVisible()
  await expect(page.getByRole('article', { name: 'Xi meets Mishustin' })).toBeVisible()
  await expect(page).toHaveTitle('Xi meets Mishustin — Sourcemark')

  const reloaded = await app.restart()
  await expect(reloaded.getByRole('heading', { level: 1, name: 'Xi meets Mishustin' })).toBeVisible()
})

test('deleting the open document asks first, switches to another, and Undo brings it back with its annotations', async ({ app }) => {
  const { page } = app
  await importArticleFiles(page, BRIEFING)
  await expect(articleTitled(page, BRIEFING_TITLE)).toBeVisible()
  await openLibrary(page)
  await libraryItems(page).filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: `Open ${SAMPLE_TITLE}` }).click()
  await selectText(page, CLAIM)
  await page.keyboard.press('c')
  await expect(article(page).locator('mark')).toHaveText(CLAIM)

  await openLibrary(page)
  await libraryItems(page).filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: `Delete ${SAMPLE_TITLE}` }).click()
  const confirm = page.getByRole('dialog', { name: `Delete “${SAMPLE_TITLE}”?` })
  await expect(confirm).toContainText('its 1 annotation')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(libraryItems(page)).toHaveCount(2)

  await libraryItems(page).filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: `Delete ${SAMPLE_TITLE}` }).click()
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('status')).toContainText(`Deleted “${SAMPLE_TITLE}”.`)
  await expect(libraryItems(page)).toHaveCount(1)
  await expect(libraryItems(page)).toContainText('open now')
  await page.getByRole('button', { name: 'Back to reading' }).click()
  await expect(articleTitled(page, BRIEFING_TITLE)).toBeVisible()

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('status')).toHaveText(`Restored “${SAMPLE_TITLE}”.`)
  await expect(article(page).locator('mark')).toHaveText(CLAIM)
  await expect(page.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')).toHaveCount(1)
  await openLibrary(page)
  await expect(libraryItems(page)).toHaveCount(2)
})

test('deleting the last document leaves the empty library; Undo restores it', async ({ app }) => {
  const { page } = app
  await openLibrary(page)
  await libraryItems(page).getByRole('button', { name: `Delete ${SAMPLE_TITLE}` }).click()
  await page.getByRole('dialog', { name: `Delete “${SAMPLE_TITLE}”?` }).getByRole('button', { name: 'Delete' }).click()
  await expect(library(page)).toContainText('The library is empty — import an article.')
  await page.getByRole('button', { name: 'Back to reading' }).click()
  await expect(page.getByRole('region', { name: 'Empty library' })).toContainText('The library is empty — import an article')
  await expect(page.getByRole('article')).toBeHidden()

  // Still empty after a restart, and keys do nothing harmful meanwhile.
  const reloaded = await app.restart()
  await expect(reloaded.getByRole('region', { name: 'Empty library' })).toBeVisible()
  await reloaded.keyboard.press('h')
  await expect(reloaded.getByRole('alert')).toBeHidden()

  await importArticleFiles(reloaded, BRIEFING)
  await expect(articleTitled(reloaded, BRIEFING_TITLE)).toBeVisible()
  await expect(reloaded.getByRole('region', { name: 'Empty library' })).toBeHidden()
})

test('Undo right after deleting the only document brings it back', async ({ app }) => {
  const { page } = app
  await openLibrary(page)
  await libraryItems(page).getByRole('button', { name: `Delete ${SAMPLE_TITLE}` }).click()
  await page.getByRole('dialog', { name: `Delete “${SAMPLE_TITLE}”?` }).getByRole('button', { name: 'Delete' }).click()
  await expect(library(page)).toContainText('The library is empty — import an article.')
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(libraryItems(page)).toHaveCount(1)
  await page.getByRole('button', { name: 'Back to reading' }).click()
  await expect(article(page)).toBeVisible()
})

test('the only document deleted while the app is still starting: Undo brings it back on screen', async ({ app }) => {
  const { page } = app
  // The start held at its first call: the delete runs before it, and the
  // start then finds the library empty.
  let release = () => {}
  const held = new Promise<void>((resolve) => { release = resolve })
  await page.route('**/api/getSettings', async (route) => { await held; await route.continue() })
  await page.reload()
  await openLibrary(page)
  await libraryItems(page).getByRole('button', { name: `Delete ${SAMPLE_TITLE}` }).click()
  await page.getByRole('dialog', { name: `Delete “${SAMPLE_TITLE}”?` }).getByRole('button', { name: 'Delete' }).click()
  await expect(library(page)).toContainText('The library is empty — import an article.')
  const started = page.waitForResponse((r) => r.url().endsWith('/api/storageNotices'))
  release()
  await started
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(libraryItems(page)).toHaveCount(1)
  await page.getByRole('button', { name: 'Back to reading' }).click()
  await expect(article(page)).toBeVisible()
})

test('the open document shows its reading state in the library, not "Unread"', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 800 })
  // A short article, all of it in view as soon as it opens: read.
  await importArticleFiles(page, BRIEFING)
  await expect(articleTitled(page, BRIEFING_TITLE)).toBeVisible()
  await openLibrary(page)
  const briefing = libraryItems(page).filter({ hasText: BRIEFING_TITLE })
  await expect(briefing).toContainText('open now')
  await expect(briefing.locator('.reading-state')).toHaveText('Read')
})
