// The selection toolbar: clear of the selected text and the rest of its
// sentence, inside the window and off the sidebar; a picker past a handful
// of sources; out of the way while a note is edited.

import type { Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'
import { article, scrollToBottom, selectText, textBoxes, type Box } from './reader-page.ts'

const SELECTED = 'calling for enhanced cooperation on multiple fronts'
// From the selection to the end of its sentence, where the attribution is.
const SENTENCE_REST = 'calling for enhanced cooperation on multiple fronts and better synergy of development strategies, Xinhua News Agency reported.'

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

async function toolbarClear(page: Page): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: 'Annotate' })
  await expect(toolbar).toBeVisible()
  const box = (await toolbar.boundingBox())!
  const bar = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height }
  const viewport = page.viewportSize()!
  expect(bar.left).toBeGreaterThanOrEqual(0)
  expect(bar.top).toBeGreaterThanOrEqual(0)
  expect(bar.right).toBeLessThanOrEqual(viewport.width)
  expect(bar.bottom).toBeLessThanOrEqual(viewport.height)
  for (const line of await textBoxes(page, SENTENCE_REST)) expect(overlaps(bar, line), 'covers the sentence').toBe(false)
  const sidebar = (await page.locator('#sidebar-host').boundingBox())!
  expect(overlaps(bar, { left: sidebar.x, top: sidebar.y, right: sidebar.x + sidebar.width, bottom: sidebar.y + sidebar.height }), 'covers the sidebar').toBe(false)
}

for (const width of [1280, 900]) {
  test(`at ${width} px the toolbar keeps the sentence readable, near the top and the bottom of the window`, async ({ app }) => {
    const { page } = app
    await page.setViewportSize({ width, height: 720 })
    await expect(article(page)).toBeVisible()

    // Where the article starts: the toolbar goes above.
    await selectText(page, SELECTED)
    await toolbarClear(page)

    // The same text at the bottom of the window: still inside it.
    await page.keyboard.press('Escape')
    await scrollToBottom(page, SENTENCE_REST, 6)
    await selectText(page, SELECTED)
    await toolbarClear(page)
    await expect(page.getByRole('toolbar', { name: 'Annotate' })).toHaveAttribute('data-side', 'above')

    // The selection just under the app bar: the toolbar flips below the sentence.
    await page.keyboard.press('Escape')
    const first = (await textBoxes(page, SELECTED))[0]!
    const barBottom = (await page.locator('.app-bar').boundingBox())!
    await page.evaluate((by) => window.scrollBy(0, by), first.top - (barBottom.y + barBottom.height) - 4)
    await selectText(page, SELECTED)
    await toolbarClear(page)
    await expect(page.getByRole('toolbar', { name: 'Annotate' })).toHaveAttribute('data-side', 'below')
  })
}

test('with many sources the toolbar shows the most used and a picker: "glo" then Enter picks Global Times', async ({ app }) => {
  const { page } = app
  const toolbar = page.getByRole('toolbar', { name: 'Annotate' })
  const sidebar = page.getByRole('region', { name: 'Annotations' })
  await sidebar.getByRole('button', { name: 'Manage sources' }).click()
  const manager = page.getByRole('dialog', { name: 'Sources' })
  for (const name of ['Wang Xiaoquan', 'Sun Xiuwen', 'Kremlin']) {
    await manager.getByRole('textbox', { name: 'New source name' }).fill(name)
    await manager.getByRole('button', { name: 'Add source' }).click()
    await expect(manager.getByRole('textbox', { name: `Name of ${name}` })).toBeVisible()
  }
  await manager.getByRole('button', { name: 'Close' }).click()

  await selectText(page, SELECTED)
  await expect(toolbar.locator('.source-button')).toHaveCount(5)
  const picker = toolbar.getByRole('combobox', { name: 'Find a source' })
  await picker.click()
  await picker.fill('glo')
  await expect(toolbar.getByRole('option')).toHaveText(['Global Times'])
  await picker.press('Enter')
  await expect(article(page).locator('mark.source-global-times')).toHaveText(SELECTED)
  await expect(sidebar.getByRole('listitem').filter({ hasText: SELECTED })).toContainText('Global Times')

  // From the keyboard: s opens the picker on the selection; the source the
  // buttons do not show is reached by typing.
  await selectText(page, 'Mishustin visited China from November 3 to 4')
  await expect(toolbar.getByRole('button', { name: 'Kremlin', exact: true })).toHaveCount(0)
  await page.keyboard.press('s')
  await expect(picker).toBeFocused()
  await page.keyboard.type('kre')
  await page.keyboard.press('Enter')
  await expect(article(page).locator('mark.source-kremlin')).toHaveText('Mishustin visited China from November 3 to 4')
  // Now the current annotation's source shows as a pressed button.
  await expect(toolbar.getByRole('button', { name: 'Kremlin', exact: true })).toHaveAttribute('aria-pressed', 'true')
})

test('the toolbar gets out of the way while a note is edited, and comes back after', async ({ app }) => {
  const { page } = app
  const toolbar = page.getByRole('toolbar', { name: 'Annotate' })
  await selectText(page, SELECTED)
  await page.keyboard.press('c')
  await expect(toolbar.getByRole('button', { name: 'Claim', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('n')
  const note = page.getByRole('textbox', { name: 'Note' })
  await expect(note).toBeFocused()
  await expect(toolbar).toBeHidden()
  await note.fill('Xinhua, the state agency.')
  await note.press('Control+Enter')
  await expect(page.getByRole('status')).toHaveText('Note saved.')
  await expect(toolbar).toBeVisible()
})
