// A library longer than one page (the view fetches 100 documents at a time,
// renderer/library-pages.ts): 260 documents put in the data folder through
// the store, then the library view opened in the real app. The first page
// is drawn, the count and every row's place speak for the whole list, the
// rows further down come in as the list scrolls there, one of them opens,
// and a change to the library while later pages are held shows.

import { test, expect } from './fixtures.ts'
import type { Page } from '@playwright/test'
import { articleTitled, library, libraryItems, openLibrary, SAMPLE_TITLE } from './reader-page.ts'
import { Store } from '../electron/store/store.ts'

const COUNT = 260
const title = (i: number) => `Archive note ${String(i).padStart(3, '0')}`

async function addNotes(dataDir: string): Promise<void> {
  const store = await Store.open(dataDir)
  await store.addDocuments(Array.from({ length: COUNT }, (_, i) => ({
    document: {
      id: `archive-note-${i}`,
      meta: { title: title(i), publisher: 'Paging desk', published: '2026-01-02' },
      blocks: [{ type: 'title' as const, text: title(i) }, { type: 'paragraph' as const, text: `The text of note ${i}, kept for the record.` }],
    },
  })))
}

// Scrolls the page down until the row titled so is on screen (the rows
// asked for are all near the end). One turn of the wheel goes the whole
// way: 4,000 px a turn took some 10 turns of up to 1.5 s each (the retry's
// wait) per scroll, a minute in all on a loaded machine.
async function scrollTo(page: Page, heading: string): Promise<void> {
  const row = libraryItems(page).filter({ has: page.getByRole('heading', { name: heading, exact: true }) })
  await expect(async () => {
    await page.mouse.wheel(0, 100_000)
    await expect(row).toBeInViewport({ timeout: 500 })
  }).toPass({ timeout: 60_000 })
}

test('a library of several pages: the first drawn, the count and places for all, later rows fetched as the list scrolls, and one of them opens', async ({ app }) => {
  const page = await app.restart(addNotes)
  await page.setViewportSize({ width: 1280, height: 800 })
  await openLibrary(page)
  await expect(library(page).getByText(`${COUNT + 1} documents`, { exact: true })).toBeVisible()
  await library(page).getByRole('combobox', { name: 'Sort documents by' }).selectOption({ label: 'Title' })
  await expect(libraryItems(page).first().getByRole('heading')).toHaveText(title(0))
  await expect(libraryItems(page).first()).toHaveAttribute('aria-posinset', '1')
  await expect(libraryItems(page).first()).toHaveAttribute('aria-setsize', String(COUNT + 1))
  // Only the rows near the screen are drawn.
  expect(await libraryItems(page).count()).toBeLessThan(60)

  // Down to a row of the third page, then the last of all.
  await scrollTo(page, title(COUNT - 1))
  const later = libraryItems(page).filter({ hasText: title(COUNT - 1) })
  await expect(later).toHaveAttribute('aria-posinset', String(COUNT))
  await expect(later).toHaveAttribute('aria-setsize', String(COUNT + 1))
  await scrollTo(page, SAMPLE_TITLE)
  await expect(libraryItems(page).filter({ hasText: SAMPLE_TITLE })).toHaveAttribute('aria-posinset', String(COUNT + 1))
  await expect(library(page).locator('[aria-busy="true"]')).toHaveCount(0)

  // The filter asks the server too: the count says how many of all match.
  const filter = library(page).getByRole('searchbox', { name: 'Filter documents' })
  await filter.fill('note 25')
  await expect(library(page).getByText(`10 of ${COUNT + 1} documents`, { exact: true })).toBeVisible()
  await expect(libraryItems(page).getByRole('heading')).toHaveText(Array.from({ length: 10 }, (_, i) => title(250 + i)))
  await filter.fill('')
  await expect(library(page).getByText(`${COUNT + 1} documents`, { exact: true })).toBeVisible()

  await scrollTo(page, title(COUNT - 2))
  await libraryItems(page).getByRole('button', { name: `Open ${title(COUNT - 2)}`, exact: true }).click()
  await expect(library(page)).toBeHidden()
  await expect(articleTitled(page, title(COUNT - 2))).toBeVisible()
})

test('a document deleted from a later page: the pages held are fetched again and the count and places follow', async ({ app }) => {
  const page = await app.restart(addNotes)
  await page.setViewportSize({ width: 1280, height: 800 })
  await openLibrary(page)
  await library(page).getByRole('combobox', { name: 'Sort documents by' }).selectOption({ label: 'Title' })
  await expect(libraryItems(page).first().getByRole('heading')).toHaveText(title(0))
  await scrollTo(page, title(COUNT - 1))

  await libraryItems(page).getByRole('button', { name: `Delete ${title(COUNT - 1)}`, exact: true }).click()
  await page.getByRole('dialog', { name: `Delete “${title(COUNT - 1)}”?` }).getByRole('button', { name: 'Delete' }).click()
  await expect(library(page).getByText(`${COUNT} documents`, { exact: true })).toBeVisible()
  await scrollTo(page, SAMPLE_TITLE)
  const sample = libraryItems(page).filter({ hasText: SAMPLE_TITLE })
  await expect(sample).toHaveAttribute('aria-posinset', String(COUNT))
  await expect(sample).toHaveAttribute('aria-setsize', String(COUNT))
  await expect(libraryItems(page).filter({ hasText: title(COUNT - 1) })).toHaveCount(0)
})

// What the library's first page waits for at the server (the entries
// checked against their files, the documents sorted) is asked for once the
// first document is shown and the page idle, not when the reader opens it.
test('the library is made ready after the start, before it is opened', async ({ app }) => {
  test.skip(app.mode !== 'browser', 'the calls are counted from the HTTP transport')
  const page = app.page
  await expect(articleTitled(page, SAMPLE_TITLE)).toBeVisible()
  const asked = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/listLibrary')).length)
  await expect.poll(asked).toBe(1)
  await expect(library(page)).toBeHidden()
})
