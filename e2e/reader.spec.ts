import { readDocumentOnDisk } from '../test/helpers/document-files.ts'
import { test, expect } from './fixtures.ts'
import { article, SAMPLE_TITLE, selectText } from './reader-page.ts'

const SENTENCE = 'Mishustin visited China from November 3 to 4 for the 30th regular meeting between the Chinese and Russian heads of government.'

test('first launch shows the built-in sample with its title, dateline and headings', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible()
  const text = article(page)
  await expect(text).toBeVisible()
  await expect(text.getByRole('heading', { level: 2, name: 'Deepen cooperation' })).toBeVisible()
  const dateline = text.getByText('Beijing, China, Nov. 05, 2025 (GLOBE NEWSWIRE)', { exact: true })
  await expect(dateline).toBeVisible()
  expect(await dateline.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700')
  await expect(text.getByText(SENTENCE, { exact: true })).toBeVisible()
  await expect(text.locator('p')).toHaveCount(24)
})

test('the article can be selected but not edited', async ({ app }) => {
  const { page } = app
  const paragraph = article(page).getByText(SENTENCE, { exact: true })
  await paragraph.click()
  await page.keyboard.type('XYZ')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Enter')
  await expect(paragraph).toHaveText(SENTENCE)
  await expect(article(page).locator('[contenteditable="true"]')).toHaveCount(0)
  await paragraph.dblclick({ position: { x: 8, y: 8 } })
  expect(await page.evaluate(() => document.getSelection()?.toString().trim())).toBe('Mishustin')
})

test('a highlighted sentence is painted, saved, and still there after a reload and a restart', async ({ app }) => {
  let page = app.page
  const toolbar = page.getByRole('toolbar', { name: 'Annotate' })
  await expect(toolbar).toBeHidden()
  await selectText(page, SENTENCE)
  await expect(toolbar).toBeVisible()
  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click()
  await expect(page.getByRole('status')).toHaveText('Highlight saved.')
  const mark = () => article(page).locator('mark')
  await expect(mark()).toHaveText(SENTENCE)

  const saved = await readDocumentOnDisk(app.dataDir, 'xi-mishustin-2025-11-05')
  expect(saved.annotations.map((a) => a.target.quote.exact)).toEqual([SENTENCE])

  await page.reload()
  await expect(mark()).toHaveText(SENTENCE)

  page = await app.restart()
  await expect(mark()).toHaveText(SENTENCE)
  await expect(mark()).toHaveCount(1)
})

test('a selection across the dateline and a paragraph break highlights exactly the selected words', async ({ app }) => {
  const { page } = app
  await selectText(page, 'GLOBE NEWSWIRE) -- Chinese President')
  await page.getByRole('button', { name: 'Highlight', exact: true }).click()
  await expect(article(page).locator('mark')).toHaveText(['GLOBE NEWSWIRE)', ' -- Chinese President'])
})
