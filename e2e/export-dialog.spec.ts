// The Export and Import dialogs with the keyboard alone: opened with Enter
// or Space on their app-bar buttons, arrow keys between the choices, the
// file's name and where it goes said before exporting, Escape closes and
// the focus goes back.

import { readFile } from 'node:fs/promises'
import { test, expect } from './fixtures.ts'
import { article, exportDialog, selectText } from './reader-page.ts'

test('export with the keyboard: Markdown notes, the file name said first, the file downloaded', async ({ app }) => {
  const { page } = app
  await selectText(page, 'Russia and China see each other as priority partners')
  await page.keyboard.press('c')
  await expect(page.getByRole('status')).toHaveText('Claim saved.')

  const opener = page.getByRole('button', { name: 'Export…', exact: true })
  await opener.focus()
  await page.keyboard.press('Enter')
  const dialog = exportDialog(page)
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('radio', { name: 'This document' })).toBeFocused()

  // Tab to the formats; the arrow keys move between them.
  await page.keyboard.press('Tab')
  const markdown = dialog.getByRole('radio', { name: 'Markdown notes', exact: true })
  await expect(markdown).toBeFocused()
  await page.keyboard.press('ArrowDown')
  const csv = dialog.getByRole('radio', { name: 'CSV spreadsheet', exact: true })
  await expect(csv).toBeFocused()
  await expect(csv).toBeChecked()
  await expect(dialog).toContainText('Your browser downloads it as xi-mishustin-2025-11-05.csv, into its downloads folder.')
  await page.keyboard.press('ArrowUp')
  await expect(markdown).toBeChecked()
  await expect(markdown).toHaveAccessibleDescription(/coverage summary first/)
  await expect(dialog).toContainText('Your browser downloads it as xi-mishustin-2025-11-05.md, into its downloads folder.')
  await expect(dialog.getByRole('group', { name: 'Markdown layout' })).toBeVisible()

  // Escape closes without writing; the focus is back on the button.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()

  // Space opens it again; the Markdown notes, one section per source.
  await page.keyboard.press('Space')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('checkbox', { name: 'One section per source' }).check()
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).press('Enter')])
  expect(download.suggestedFilename()).toBe('xi-mishustin-2025-11-05.md')
  const text = await readFile(await download.path(), 'utf8')
  expect(text).toMatch(/^---\ntitle: "/)
  // One section per source: the claim without one under its own heading.
  expect(text).toMatch(/^## Unattributed claims$/m)
  expect(text).not.toMatch(/^## Annotations$/m)
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
  await expect(page.getByRole('status')).toHaveText('Exported “xi-mishustin-2025-11-05.md”.')
})

test('the Import dialog says what each choice does; arrows move, Escape closes, the focus returns', async ({ app }) => {
  const { page } = app
  await expect(article(page)).toBeVisible()
  const opener = page.getByRole('button', { name: 'Import…', exact: true })
  await opener.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Import' })
  const articles = dialog.getByRole('button', { name: 'Import article…' })
  const annotations = dialog.getByRole('button', { name: 'Import annotations…' })
  await expect(articles).toBeFocused()
  await expect(articles).toHaveAccessibleDescription(/text, Markdown, HTML or MHTML file/)
  await expect(annotations).toHaveAccessibleDescription(/W3C Web Annotation or Hypothesis JSON file on the open document/)
  await page.keyboard.press('ArrowDown')
  await expect(annotations).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(articles).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
})

test('the Import dialog opened before the first document follows it: "Import annotations…" is enabled once the document opens', async ({ app }) => {
  const { page } = app
  // At start the first document opens a moment after the app; hold it on
  // its way so the dialog is surely shown first.
  let release!: () => void
  const held = new Promise<void>((resolve) => { release = resolve })
  let asked!: () => void
  const opening = new Promise<void>((resolve) => { asked = resolve })
  await page.route('**/api/getDocument', async (route) => {
    asked()
    await held
    await route.continue()
  })
  await page.reload()
  await opening
  await page.getByRole('button', { name: 'Import…', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Import' })
  const annotations = dialog.getByRole('button', { name: 'Import annotations…' })
  await expect(annotations).toBeDisabled()
  await expect(annotations).toHaveAccessibleDescription(/^Open a document first/)
  release()
  await expect(article(page)).toBeVisible()
  await expect(annotations).toBeEnabled()
  await expect(annotations).toHaveAccessibleDescription(/W3C Web Annotation or Hypothesis JSON file on the open document/)
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), annotations.click()])
  expect(chooser.isMultiple()).toBe(false)
  await expect(dialog).toBeHidden()
})
