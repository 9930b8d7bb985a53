import { test, expect } from './fixtures.ts'
import { libraryItems, openLibrary } from './reader-page.ts'

// Many articles at once: the app shows how far it is (count, file, time
// left) and Cancel stops after the file being saved; what was imported is
// whole and in the library, the rest never started.
test('importing many files shows progress, and Cancel stops after the file being saved', async ({ app }) => {
  const { page } = app
  const files = Array.from({ length: 30 }, (_, i) => ({
    name: `report-${String(i).padStart(2, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Grain report ${i}\n\nTass reported that exports rose by ${i} percent.\n`),
  }))
  // The third file's request waits until Cancel has been pressed: a state, not a time.
  let release!: () => void
  const cancelled = new Promise<void>((resolve) => { release = resolve })
  let requests = 0
  await page.route('**/api/importDocument', async (route) => {
    if (++requests === 3) await cancelled
    await route.continue()
  })
  await page.getByLabel('Article files').setInputFiles(files)
  const progress = page.getByRole('region', { name: 'Import progress' })
  await expect(progress).toContainText(/^Importing 3 of 30: report-02\.txt \(about \d+ (s|min \d+ s) left\)/)
  await expect(progress.getByRole('progressbar', { name: 'Articles imported' })).toHaveJSProperty('value', 2)
  await progress.getByRole('button', { name: 'Cancel import' }).click()
  await expect(progress).toContainText('Cancelling: the file being saved is finished first')
  release()
  await expect(progress).toBeHidden()
  await expect(page.getByRole('status')).toContainText('Imported “Grain report 2”. Import cancelled: 3 of 30 files were taken; the other 27 were not started.')
  expect(requests).toBe(3)
  await openLibrary(page)
  // The sample and the three imported.
  await expect(libraryItems(page)).toHaveCount(4)
  for (const i of [0, 1, 2]) await expect(libraryItems(page).filter({ hasText: `Grain report ${i}` })).toHaveCount(1)
})
