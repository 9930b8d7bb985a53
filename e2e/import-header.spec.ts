// An imported news page reads like the sample: its title first, then the
// byline and date, then the story; the byline is metadata, shown once and
// not part of the text.

import { join, resolve } from 'node:path'
import { test, expect } from './fixtures.ts'
import { articleTitled, importArticleFiles } from './reader-page.ts'

const SAVED_PAGE = join(resolve(__dirname, '..'), 'test', 'fixtures', 'import', 'saved-page.html')
const TITLE = 'Council backs floating solar farm on Millbrook reservoir'

test('an imported news page shows its title, then its byline and date, above the story, and the byline once', async ({ app }) => {
  const { page } = app
  await importArticleFiles(page, SAVED_PAGE)
  const text = articleTitled(page, TITLE)
  await expect(text).toBeVisible()
  const title = page.getByRole('heading', { level: 1, name: TITLE }).and(page.locator(':visible'))
  await expect(title).toHaveCount(1)
  const byline = page.locator('.byline:visible')
  await expect(byline).toHaveCount(1)
  await expect(byline).toContainText('Ingrid Solberg')
  await expect(byline).toContainText('The Northport Ledger')
  await expect(byline).toContainText('2025')
  const lead = text.getByText('The city council voted 7 to 2 on Thursday night', { exact: false })
  await expect(lead).toBeVisible()

  const top = async (locator: typeof lead) => (await locator.boundingBox())!.y
  const bottom = async (locator: typeof lead) => { const box = (await locator.boundingBox())!; return box.y + box.height }
  expect(await bottom(title)).toBeLessThanOrEqual(await top(byline))
  expect(await bottom(byline)).toBeLessThanOrEqual(await top(lead))

  // Title and byline in the reading face, like the story.
  const font = (locator: typeof lead) => locator.evaluate((el) => getComputedStyle(el).fontFamily)
  expect(await font(title)).toBe(await font(lead))
  expect(await font(byline)).toBe(await font(lead))

  // Not repeated in the text: no block of the story names the authors.
  await expect(text.locator('p:not(.byline)', { hasText: 'Ingrid Solberg' })).toHaveCount(0)
  await expect(text.getByText('By Ingrid Solberg', { exact: false })).toHaveCount(0)
})
