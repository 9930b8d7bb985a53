// Importing annotations whose tags name sources not in the list: the
// import asks, and "Add as new sources" attributes those annotations to
// the new sources. Annotations whose text is not in the article are kept
// and listed under Orphans by their quote, and stay there after a reload.

import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures.ts'
import { article, importAnnotationsFile } from './reader-page.ts'

const GONE = 'a sentence from another article entirely'

test('unknown tags are offered as new sources; unplaced annotations are listed under Orphans', async ({ app }) => {
  let page = app.page
  await expect(article(page)).toBeVisible()
  const file = join(app.dataDir, 'hypothesis.json')
  const target = (exact: string) => [{ source: 'https://example.org/a', selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] }]
  await writeFile(file, JSON.stringify({ annotations: [
    { id: 'hyp-a-0001', text: '', tags: ['Reuters'], created: '2025-11-06T09:00:00Z', target: target('will continue to strengthen cooperation across all fields') },
    { id: 'hyp-b-0002', text: '', tags: ['Kyodo News', 'TASS'], created: '2025-11-06T09:00:00Z', target: target('Mishustin visited China from November 3 to 4') },
    { id: 'hyp-c-0003', text: 'from elsewhere', tags: ['Reuters'], created: '2025-11-06T09:00:00Z', target: target(GONE) },
  ] }))
  await importAnnotationsFile(page, file)
  const question = page.getByRole('dialog', { name: 'Add 2 new sources?' })
  await expect(question).toContainText('“Reuters”, “Kyodo News”')
  await expect(question.getByRole('button', { name: 'Add as new sources' })).toBeFocused()
  await question.getByRole('button', { name: 'Add as new sources' }).click()
  await expect(page.getByRole('status')).toContainText('Added 2 new sources: Reuters, Kyodo News. Imported 2 annotations. 1 could not be placed')

  const sidebar = page.getByRole('region', { name: 'Annotations' })
  const items = sidebar.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')
  await expect(items.filter({ hasText: 'will continue to strengthen' }).locator('.sources')).toHaveText('Reuters')
  await expect(items.filter({ hasText: 'Mishustin visited' }).locator('.sources')).toHaveText('Kyodo News, Tass')
  await expect(sidebar.getByRole('button', { name: 'Reuters: 2' })).toBeVisible()
  const orphans = sidebar.getByRole('region', { name: 'Orphans' })
  await expect(orphans.getByRole('heading', { name: /Orphans/ })).toBeVisible()
  await expect(orphans).toContainText(GONE)

  // Kept: after a restart the orphan is still listed by its quote.
  page = await app.restart()
  await expect(article(page)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Orphans' })).toContainText(GONE)
  // The same file again adds nothing, and asks nothing.
  await importAnnotationsFile(page, file)
  await expect(page.getByRole('status')).toContainText('Imported 0 annotations. 2 were already here.')
  await expect(page.getByRole('region', { name: 'Orphans' }).getByRole('listitem')).toHaveCount(1)
})
