// Sources edited fully in the manager: kind and other names, the order the
// number keys follow (visible, moved up and down, kept after a restart),
// and merging two sources (every annotation moves over).

import { test, expect } from './fixtures.ts'
import type { Locator } from '@playwright/test'
import { article, selectText } from './reader-page.ts'

// The names in the manager, top to bottom.
const namesIn = (manager: Locator) => expect.poll(() => manager.locator('input[aria-label^="Name of"]')
  .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)))

test('kind, other names and order are edited in the manager; the number keys follow the order, also after a restart', async ({ app }) => {
  let page = app.page
  const sidebar = page.getByRole('region', { name: 'Annotations' })
  await sidebar.getByRole('button', { name: 'Manage sources' }).click()
  let manager = page.getByRole('dialog', { name: 'Sources' })
  const rows = manager.getByRole('list', { name: 'Sources' }).getByRole('listitem')
  await expect(rows.locator('.source-number')).toHaveText(['1', '2', '3', '4'])

  await manager.getByRole('combobox', { name: 'Kind of Tass' }).selectOption({ label: 'Newspaper' })
  await expect(page.getByRole('status')).toHaveText('Saved “Tass”.')
  const aliases = manager.getByRole('textbox', { name: 'Other names of Tass' })
  await aliases.fill('TASS, ITAR-TASS, , tass agency')
  await aliases.press('Tab')
  await expect(aliases).toHaveValue('TASS, ITAR-TASS, tass agency')

  // CNBC up to the top: it becomes key 1, and the focus stays on its button.
  const up = manager.getByRole('button', { name: 'Move CNBC up' })
  for (let i = 0; i < 3; i++) {
    await up.click()
    await expect(rows.nth(3 - i - 1).getByRole('textbox', { name: 'Name of CNBC' })).toBeVisible()
  }
  await expect(page.getByRole('status')).toHaveText('“CNBC” is now source 1 (key 1).')
  await expect(up).toBeDisabled()
  await namesIn(manager).toEqual(['CNBC', 'Xinhua', 'Tass', 'Global Times'])
  await manager.getByRole('button', { name: 'Close' }).click()

  await selectText(page, 'Tass reported')
  await page.keyboard.press('1')
  await expect(article(page).locator('mark.source-cnbc')).toHaveText('Tass reported')

  page = await app.restart()
  await page.getByRole('region', { name: 'Annotations' }).getByRole('button', { name: 'Manage sources' }).click()
  manager = page.getByRole('dialog', { name: 'Sources' })
  await namesIn(manager).toEqual(['CNBC', 'Xinhua', 'Tass', 'Global Times'])
  await expect(manager.getByRole('combobox', { name: 'Kind of Tass' })).toHaveValue('newspaper')
  await expect(manager.getByRole('textbox', { name: 'Other names of Tass' })).toHaveValue('TASS, ITAR-TASS, tass agency')
})

test('merging Tass into Xinhua asks, moves every annotation over, and keeps Tass as another name', async ({ app }) => {
  const { page } = app
  const sidebar = page.getByRole('region', { name: 'Annotations' })
  for (const text of ['Tass reported', 'Mishustin visited China from November 3 to 4']) {
    await selectText(page, text)
    await page.keyboard.press('2')
    await expect(article(page).locator('mark.source-tass', { hasText: text })).toBeVisible()
  }
  await sidebar.getByRole('button', { name: 'Manage sources' }).click()
  const manager = page.getByRole('dialog', { name: 'Sources' })
  await manager.getByRole('combobox', { name: 'Merge Tass into' }).selectOption({ label: 'Xinhua' })
  const question = page.getByRole('dialog', { name: 'Merge “Tass” into “Xinhua”?' })
  await expect(question).toContainText('Every annotation that names Tass, in every document, will name Xinhua instead')
  await question.getByRole('button', { name: 'Merge into Xinhua' }).click()
  await expect(page.getByRole('status')).toHaveText('Merged “Tass” into “Xinhua”: 2 annotations moved.')
  await expect(manager.getByRole('textbox', { name: 'Name of Tass' })).toHaveCount(0)
  await expect(manager.getByRole('textbox', { name: 'Other names of Xinhua' })).toHaveValue('Xinhua News Agency, Tass')
  await manager.getByRole('button', { name: 'Close' }).click()
  await expect(sidebar.getByText('Xinhua: 2')).toBeVisible()
  await expect(sidebar).not.toContainText('(removed)')
  await expect(article(page).locator('mark.source-xinhua')).toHaveCount(2)
})

test('a removed source is still named on its annotations after a restart, and not offered for new tags', async ({ app }) => {
  let page = app.page
  await selectText(page, 'Tass reported')
  await page.keyboard.press('2')
  await expect(article(page).locator('mark.source-tass')).toHaveText('Tass reported')
  await page.getByRole('region', { name: 'Annotations' }).getByRole('button', { name: 'Manage sources' }).click()
  await page.getByRole('dialog', { name: 'Sources' }).getByRole('button', { name: 'Remove Tass' }).click()
  await page.getByRole('dialog', { name: 'Remove “Tass”?' }).getByRole('button', { name: 'Remove Tass' }).click()
  await expect(page.getByRole('status')).toContainText('Removed “Tass”.')

  page = await app.restart()
  const items = page.getByRole('region', { name: 'Annotations' }).getByRole('list', { name: 'Annotation list' }).getByRole('listitem')
  await expect(items.filter({ hasText: 'Tass reported' })).toContainText('Tass (removed)')
  await expect(items.filter({ hasText: 'Tass reported' })).not.toContainText('a removed source')
  await selectText(page, 'Mishustin visited China')
  const toolbar = page.getByRole('toolbar', { name: 'Annotate' })
  await expect(toolbar.getByRole('button', { name: 'Xinhua', exact: true })).toBeVisible()
  await expect(toolbar.getByRole('button', { name: /Tass/ })).toHaveCount(0)
})

test('a source added while the app is still starting stays in the sources and tags claims once the article opens', async ({ app }) => {
  const { page } = app
  // The start held at its settings: the article's data was asked for already, before the source was added.
  let release = () => {}
  const held = new Promise<void>((resolve) => { release = resolve })
  await page.route('**/api/getSettings', async (route) => { await held; await route.continue() })
  await page.reload()
  await page.getByRole('region', { name: 'Annotations' }).getByRole('button', { name: 'Manage sources' }).click()
  const manager = page.getByRole('dialog', { name: 'Sources' })
  await manager.getByRole('textbox', { name: 'New source name' }).fill('Interfax')
  await manager.getByRole('button', { name: 'Add source' }).click()
  await expect(manager.getByRole('textbox', { name: 'Name of Interfax' })).toBeVisible()
  const ended = page.waitForResponse((r) => r.url().endsWith('/api/storageNotices'))
  release()
  await ended
  await expect(article(page)).toBeVisible()
  await namesIn(manager).toEqual(['Xinhua', 'Tass', 'Global Times', 'CNBC', 'Interfax'])
  await manager.getByRole('button', { name: 'Close' }).click()

  await selectText(page, 'Tass reported')
  await page.keyboard.press('5')
  await expect(article(page).locator('mark.annotation-claim')).toHaveText('Tass reported')
  await expect(page.getByRole('region', { name: 'Annotations' }).getByRole('button', { name: 'Interfax: 1' })).toBeVisible()
})
