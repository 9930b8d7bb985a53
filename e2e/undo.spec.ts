import { join } from 'node:path'
import { test, expect } from './fixtures.ts'
import { article, articleTitled, importArticleFiles, libraryItems, openLibrary, SAMPLE_TITLE, selectText } from './reader-page.ts'

const BRIEFING = join(__dirname, 'files', 'briefing.md')
const BRIEFING_TITLE = 'Arctic Shipping Briefing'
const CLAIM = 'Russia and China see each other as priority partners'

test('one history: Ctrl+Z brings back a deleted document from the library, then undoes the claim made before it', async ({ app }) => {
  const { page } = app
  await importArticleFiles(page, BRIEFING)
  await expect(articleTitled(page, BRIEFING_TITLE)).toBeVisible()
  await openLibrary(page)
  await libraryItems(page).filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: `Open ${SAMPLE_TITLE}` }).click()
  await selectText(page, CLAIM)
  await page.keyboard.press('c')
  const claim = article(page).locator('mark', { hasText: CLAIM })
  await expect(claim).toBeVisible()

  // Delete the other document, then undo with the keyboard in the library.
  await openLibrary(page)
  await libraryItems(page).filter({ hasText: BRIEFING_TITLE }).getByRole('button', { name: `Delete ${BRIEFING_TITLE}` }).click()
  await page.getByRole('dialog', { name: `Delete “${BRIEFING_TITLE}”?` }).getByRole('button', { name: 'Delete' }).click()
  await expect(libraryItems(page)).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('status')).toHaveText(`Restored “${BRIEFING_TITLE}”.`)
  await expect(libraryItems(page)).toHaveCount(2)

  // The claim is a change to the article behind the library: not undone from here.
  await page.keyboard.press('Control+z')
  await page.getByRole('button', { name: 'Back to reading' }).click()
  await expect(claim).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(claim).toHaveCount(0)
  await expect(page.getByRole('status')).toHaveText('Undone.')
  await page.keyboard.press('Control+Shift+z')
  await expect(claim).toBeVisible()
  // Redo goes on forward through the same history: the delete again.
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByRole('status')).toHaveText(`Deleted “${BRIEFING_TITLE}”.`)
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByRole('status')).toHaveText('Nothing to redo.')
  await openLibrary(page)
  await expect(libraryItems(page)).toHaveCount(1)
})
