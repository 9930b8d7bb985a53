import { join } from 'node:path'
import { test, expect } from './fixtures.ts'
import { article, articleTitled, importArticleFiles, library, SAMPLE_TITLE, selectText } from './reader-page.ts'

const BRIEFING = join(__dirname, 'files', 'briefing.md')
const BRIEFING_TITLE = 'Arctic Shipping Briefing'
const QUOTE = 'underscore the maturity and resilience of China-Russia relations'
const NOTE = 'Wang Xiaoquan, CASS, told the Global Times.'

test('a word from a note finds the annotation; choosing the result opens the sample with it selected', async ({ app }) => {
  const { page } = app
  await selectText(page, QUOTE)
  await page.keyboard.press('c')
  await expect(page.getByRole('status')).toHaveText('Claim saved.')
  await page.keyboard.press('n')
  const note = page.getByRole('textbox', { name: 'Note' })
  await note.fill(NOTE)
  await note.press('Control+Enter')
  await expect(page.getByRole('status')).toHaveText('Note saved.')
  await page.keyboard.press('Escape')
  await importArticleFiles(page, BRIEFING)
  await expect(articleTitled(page, BRIEFING_TITLE)).toBeVisible()

  // "/" opens the library with the search box focused.
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('/')
  const box = library(page).getByRole('searchbox', { name: 'Search all documents' })
  await expect(box).toBeFocused()
  await box.fill('xiaoquan')
  await box.press('Enter')
  const results = library(page).getByRole('list', { name: 'Search results' }).getByRole('button')
  const hit = results.filter({ hasText: 'Note' })
  await expect(hit).toHaveCount(1)
  await expect(hit).toContainText(SAMPLE_TITLE)
  await expect(hit.locator('mark')).toHaveText(/xiaoquan/i)
  await hit.click()

  await expect(library(page)).toBeHidden()
  await expect(article(page)).toBeVisible()
  const mark = article(page).locator('mark.annotation-current')
  await expect(mark).toHaveText(QUOTE)
  await expect(mark).toBeInViewport()
  await expect(page.getByRole('region', { name: 'Annotations' }).getByRole('button', { name: `Claim: ${QUOTE}` })).toHaveAttribute('aria-current', 'true')
  await expect(page.getByRole('toolbar', { name: 'Annotate' }).getByRole('button', { name: 'Claim', exact: true })).toHaveAttribute('aria-pressed', 'true')
})

test('a word of the text, chosen from the keyboard, opens that document with the words selected', async ({ app }) => {
  const { page } = app
  await importArticleFiles(page, BRIEFING)
  await expect(articleTitled(page, BRIEFING_TITLE)).toBeVisible()
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('Control+Shift+F')
  const box = library(page).getByRole('searchbox', { name: 'Search all documents' })
  await expect(box).toBeFocused()
  await box.fill('Mishustin visited')
  const results = library(page).getByRole('list', { name: 'Search results' }).getByRole('button')
  await expect(results.first()).toContainText(SAMPLE_TITLE)
  await expect(library(page)).toContainText(/\d+ results?\./)
  await box.press('ArrowDown')
  await expect(results.first()).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(article(page)).toBeVisible()
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toMatch(/^Mishustin visited$/i)
  await expect(page.getByRole('toolbar', { name: 'Annotate' })).toBeVisible()

  // Nothing found says so.
  await page.keyboard.press('Escape')
  await page.keyboard.press('/')
  await box.fill('zzqxv no such words')
  await box.press('Enter')
  await expect(library(page).getByText('No results.')).toBeVisible()
})

test('typing a word\'s beginning finds it whole; a long list draws only the rows in view and the keyboard reaches the last', async ({ app }) => {
  const { page } = app
  const paragraphs = Array.from({ length: 30 }, (_, i) => `Dispatch ${i + 1}: the Zephyrine convoy passed the strait.`)
  await page.getByLabel('Article files').setInputFiles([{ name: 'wire.md', mimeType: 'text/markdown', buffer: Buffer.from(`# Wire digest\n\n${paragraphs.join('\n\n')}\n`) }])
  await expect(articleTitled(page, 'Wire digest')).toBeVisible()
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('/')
  const box = library(page).getByRole('searchbox', { name: 'Search all documents' })
  await box.fill('zephyr')
  const list = library(page).getByRole('list', { name: 'Search results' })
  // One document gives at most 20 hits; the list says it was cut.
  await expect(library(page)).toContainText('Showing the first 20 results.')
  await expect(list.getByRole('button').first().locator('mark')).toHaveText('Zephyrine')
  await expect.poll(() => list.getByRole('listitem').count()).toBeLessThan(20)

  await box.press('ArrowDown')
  for (let i = 1; i < 20; i++) await page.keyboard.press('ArrowDown')
  const last = list.locator('li[aria-posinset="20"]').getByRole('button')
  await expect(last).toBeFocused()
  await expect(last).toBeInViewport()
  await expect(list.locator('li[aria-posinset="1"]')).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(articleTitled(page, 'Wire digest')).toBeVisible()
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('Zephyrine')
})
