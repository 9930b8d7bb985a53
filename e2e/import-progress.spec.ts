import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures.ts'
import { library, libraryItems, openLibrary } from './reader-page.ts'

const reports = (count: number) => Array.from({ length: count }, (_, i) => ({
  name: `report-${String(i).padStart(3, '0')}.txt`,
  mimeType: 'text/plain',
  buffer: Buffer.from(`Grain report ${i}\n\nTass reported that exports rose by ${i} percent.\n`),
}))

// The documents in the data folder: each file whole, and the library's list.
async function documentsOnDisk(dataDir: string): Promise<string[]> {
  const names = await readdir(join(dataDir, 'documents'))
  expect(names.filter((name) => !name.endsWith('.json'))).toEqual([])
  for (const name of names) JSON.parse(await readFile(join(dataDir, 'documents', name), 'utf8'))
  return names
}

async function titlesOnDisk(dataDir: string): Promise<string[]> {
  const names = await documentsOnDisk(dataDir)
  const files = await Promise.all(names.map((name) => readFile(join(dataDir, 'documents', name), 'utf8')))
  return files.map((file) => (JSON.parse(file) as { document: { meta: { title: string } } }).document.meta.title)
}

// Many articles at once go to the server in batches (three here: 100, 100,
// 100, so the Cancel lands before the last whatever the machine's speed); the app shows how far
// the server is (count, file, time left) and Cancel stops the server before
// its next file: what was imported is whole and in the library, the rest
// never started.
test('importing 300 files shows the server\'s progress, and Cancel stops the import part way', async ({ app }) => {
  const { page } = app
  const batches: number[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/importDocuments')) batches.push((request.postDataJSON() as { files: unknown[] }).files.length)
  })
  await page.getByLabel('Article files').setInputFiles(reports(300))
  const progress = page.getByRole('region', { name: 'Import progress' })
  // Cancelled once the server is past the third file (a state, not a time).
  await expect(progress).toContainText(/^Importing ([4-9]|\d\d+) of 300: report-\d{3}\.txt \(about \d+ (s|min \d+ s) left\)/)
  const bar = progress.getByRole('progressbar', { name: 'Articles imported' })
  expect(await bar.evaluate((el) => (el as HTMLProgressElement).value)).toBeGreaterThanOrEqual(3)
  await progress.getByRole('button', { name: 'Cancel import' }).click()
  await expect(progress).toBeHidden()
  const status = page.getByRole('status')
  await expect(status).toContainText(/Import cancelled: \d+ of 300 files were taken; the other \d+ were not started\./)
  const taken = Number(/Import cancelled: (\d+) of 300/.exec(await status.innerText())![1])
  expect(taken).toBeGreaterThanOrEqual(3)
  expect(taken).toBeLessThan(300)
  // In batches: at most 100 files a request, never one per file.
  expect(batches[0]).toBe(100)
  // The sample and the files taken, each whole. The list is virtual (only the
  // rows near the screen are drawn), so its length is read from its count
  // and the rows' aria-setsize; the titles from the files on disk.
  await openLibrary(page)
  await expect(library(page).getByText(`${taken + 1} documents`, { exact: true })).toBeVisible()
  await expect(libraryItems(page).first()).toHaveAttribute('aria-setsize', String(taken + 1))
  const titles = await titlesOnDisk(app.dataDir)
  for (let i = 0; i < taken; i++) expect(titles).toContain(`Grain report ${i}`)
  expect(titles).not.toContain(`Grain report ${taken}`)
  expect(await documentsOnDisk(app.dataDir)).toHaveLength(taken + 1)
})

test('a Cancel that reaches the server before the batch does: nothing is imported', async ({ app }) => {
  const { page } = app
  // The first batch waits on its way until Cancel was pressed.
  let release!: () => void
  const cancelled = new Promise<void>((resolve) => { release = resolve })
  await page.route('**/api/importDocuments', async (route) => {
    await cancelled
    await route.continue()
  })
  // Let go once the server has answered the cancel.
  await page.route('**/api/cancelImport', async (route) => {
    await route.fulfill({ response: await route.fetch() })
    release()
  })
  await page.getByLabel('Article files').setInputFiles(reports(30))
  const progress = page.getByRole('region', { name: 'Import progress' })
  await expect(progress).toContainText('Importing 1 of 30: report-000.txt')
  await progress.getByRole('button', { name: 'Cancel import' }).click()
  await expect(progress).toBeHidden()
  await expect(page.getByRole('status')).toHaveText('Import cancelled: 0 of 30 files were taken; the other 30 were not started.')
  await openLibrary(page)
  await expect(libraryItems(page)).toHaveCount(1)
  expect(await documentsOnDisk(app.dataDir)).toHaveLength(1)
})
