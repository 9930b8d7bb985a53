// Notes: the editor shows the length limit before it is reached; a draft
// survives a click elsewhere; notes are Markdown, rendered safely in the
// sidebar, and exported as written.

import { readFile } from 'node:fs/promises'
import { test, expect } from './fixtures.ts'
import { article, exportAs, selectText } from './reader-page.ts'

const FIRST = 'Mishustin visited China from November 3 to 4'
const SECOND = 'President Xi also met him in Beijing'

test('the counter appears near the limit, and a note over it cannot be saved', async ({ app }) => {
  const { page } = app
  const sidebar = page.getByRole('region', { name: 'Annotations' })
  await selectText(page, FIRST)
  await page.keyboard.press('h')
  await expect(page.getByRole('status')).toHaveText('Highlight saved.')
  await page.keyboard.press('n')
  const note = sidebar.getByRole('textbox', { name: 'Note' })
  await expect(note).toBeFocused()
  await note.fill('A short note.')
  const counter = sidebar.locator('.note-limit')
  await expect(counter).toBeHidden()

  await note.fill('x'.repeat(99_950))
  await expect(counter).toHaveText('50 characters left of 100,000')
  await expect(note).toHaveAccessibleDescription('50 characters left of 100,000')
  await note.fill('x'.repeat(100_005))
  await expect(counter).toHaveText('5 characters over the limit of 100,000')
  await expect(sidebar.getByRole('button', { name: 'Save note' })).toBeDisabled()
  await note.press('Control+Enter')
  await expect(note).toBeVisible()
  await expect(page.getByRole('alert')).toBeHidden()

  await note.press('End')
  for (let i = 0; i < 5; i++) await note.press('Backspace')
  await expect(counter).toHaveText('0 characters left of 100,000')
  await sidebar.getByRole('button', { name: 'Save note' }).click()
  await expect(page.getByRole('status')).toHaveText('Note saved.')
})

test('a draft survives a click elsewhere and comes back when the note is edited again', async ({ app }) => {
  const { page } = app
  const sidebar = page.getByRole('region', { name: 'Annotations' })
  const items = sidebar.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')
  for (const quote of [FIRST, SECOND]) {
    await selectText(page, quote)
    await page.keyboard.press('h')
    await expect(article(page).locator('mark', { hasText: quote })).toBeVisible()
  }
  await article(page).locator('mark', { hasText: FIRST }).click()
  await page.keyboard.press('n')
  const note = sidebar.getByRole('textbox', { name: 'Note' })
  await note.fill('Half a thought about the visit')

  // Another annotation selected in the text: the editor goes, the draft stays.
  await article(page).locator('mark', { hasText: SECOND }).click()
  await expect(note).toBeHidden()
  const first = items.filter({ hasText: FIRST })
  await expect(first.getByText('Unsaved draft')).toBeVisible()
  // The toolbar is back for the newly selected annotation.
  await expect(page.getByRole('toolbar', { name: 'Annotate' })).toBeVisible()

  // Resumed: the draft as it was typed, saved, and no longer a draft.
  await first.getByRole('button', { name: 'Resume draft' }).click()
  await expect(note).toHaveValue('Half a thought about the visit')
  await note.press('End')
  await note.pressSequentially('.')
  await note.press('Control+Enter')
  await expect(page.getByRole('status')).toHaveText('Note saved.')
  await expect(first).toContainText('Half a thought about the visit.')
  await expect(first.getByText('Unsaved draft')).toHaveCount(0)

  // A click on plain text keeps a draft too; Cancel throws it away.
  await first.getByRole('button', { name: /Highlight/ }).click()
  await page.keyboard.press('n')
  await note.fill('Second thoughts')
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await article(page).getByText('Beijing', { exact: false }).first().click()
  await expect(note).toBeHidden()
  await expect(first.getByText('Unsaved draft')).toBeVisible()
  await first.getByRole('button', { name: /Highlight/ }).click()
  await first.getByRole('button', { name: 'Edit note' }).click()
  await expect(note).toHaveValue('Second thoughts')
  await sidebar.getByRole('button', { name: 'Cancel' }).click()
  await expect(first.getByText('Unsaved draft')).toHaveCount(0)
  await expect(first).toContainText('Half a thought about the visit.')
})

const HOSTILE = [
  '**Tass** said [the report](https://example.org/report).',
  '',
  '- [evil](javascript:window.__pwned=1)',
  '- <img src=x onerror="window.__pwned=1">',
  '- <script>window.__pwned=1</script>',
  '- ![pixel](https://tracker.example/p.png)',
].join('\n')

test('a note is Markdown: rendered safely in the sidebar, links guarded, exported as written', async ({ app }) => {
  const { page } = app
  const sidebar = page.getByRole('region', { name: 'Annotations' })
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await selectText(page, FIRST)
  await page.keyboard.press('c')
  await expect(page.getByRole('status')).toHaveText('Claim saved.')
  await page.keyboard.press('n')
  const note = sidebar.getByRole('textbox', { name: 'Note' })
  await note.fill(HOSTILE)
  await note.press('Control+Enter')
  await expect(page.getByRole('status')).toHaveText('Note saved.')

  const rendered = sidebar.locator('.annotation-item .note')
  await expect(rendered.locator('strong')).toHaveText('Tass')
  await expect(rendered.getByRole('link', { name: 'the report' })).toHaveAttribute('href', 'https://example.org/report')
  await expect(rendered.getByRole('link')).toHaveCount(1)
  await expect(rendered.getByRole('listitem')).toHaveText(['evil', '<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', 'pixel'])
  await expect(rendered.locator('img, script, [onerror]')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(requests.filter((url) => url.includes('tracker.example'))).toEqual([])

  // The link goes through the app's guard: asked first, never followed here.
  await rendered.getByRole('link', { name: 'the report' }).click()
  const dialog = page.getByRole('dialog', { name: 'Open link?' })
  await expect(dialog).toContainText('https://example.org/report')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect(page.url()).not.toContain('example.org')

  // The Markdown export keeps the note's Markdown as it was written.
  const download = await exportAs(page, 'Markdown notes')
  const markdown = await readFile(await download.path(), 'utf8')
  expect(markdown).toContain('**Tass** said [the report](https://example.org/report).')
  expect(markdown).toContain('![pixel](https://tracker.example/p.png)')
  expect(markdown).not.toContain('<script>')
})

test('a failed save says so beside the note, shows what is on disk, and keeps the draft', async ({ app }) => {
  const { page } = app
  const sidebar = page.getByRole('region', { name: 'Annotations' })
  const card = sidebar.getByRole('list', { name: 'Annotation list' }).getByRole('listitem').filter({ hasText: FIRST })
  await selectText(page, FIRST)
  await page.keyboard.press('h')
  await expect(page.getByRole('status')).toHaveText('Highlight saved.')
  await page.keyboard.press('n')
  const note = sidebar.getByRole('textbox', { name: 'Note' })
  await note.fill('Saved the first time.')
  await note.press('Control+Enter')
  await expect(page.getByRole('status')).toHaveText('Note saved.')

  // The disk is full for the next save (the services answer as they would).
  await page.route('**/api/updateAnnotation', (route) => route.fulfill({
    status: 507, contentType: 'application/json',
    body: JSON.stringify({ ok: false, error: { code: 'storage', message: 'Could not save: the disk is full.' } }),
  }))
  await card.getByRole('button', { name: 'Edit note' }).click()
  await note.fill('A second thought the disk will not take.')
  await note.press('Control+Enter')
  await expect(page.getByRole('alert')).toHaveText('Could not save: the disk is full.')
  await expect(card.locator('.note')).toHaveText('Saved the first time.')
  await expect(card).toContainText('Not saved: the note shown is the one on disk; your draft is kept.')

  // Space again: the draft saved, and the error gone with its cause.
  await page.unroute('**/api/updateAnnotation')
  await card.getByRole('button', { name: 'Resume draft' }).click()
  await expect(note).toHaveValue('A second thought the disk will not take.')
  await note.press('Control+Enter')
  await expect(page.getByRole('status')).toHaveText('Note saved.')
  await expect(page.getByRole('alert')).toBeHidden()
  await expect(card.locator('.note')).toHaveText('A second thought the disk will not take.')
  await expect(card.locator('.note-draft')).toHaveCount(0)
})
