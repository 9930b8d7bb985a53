// Removing a source in use: asked first with how many annotations use it,
// shown by name afterwards, counted as unattributed, undone from the status.

import { test, expect } from './fixtures.ts'
import { selectText } from './reader-page.ts'

test('removing Tass asks, names the 2 annotations, leaves its name on them, and Undo puts it back', async ({ app }) => {
  const { page } = app
  const sidebar = page.getByRole('region', { name: 'Annotations' })
  const items = sidebar.getByRole('list', { name: 'Annotation list' }).getByRole('listitem')
  for (const text of ['Tass reported', 'Mishustin visited China from November 3 to 4']) {
    await selectText(page, text)
    await page.keyboard.press('2')
  }
  await expect(sidebar.getByText('Tass: 2')).toBeVisible()
  await expect(sidebar.getByText('Unattributed claims: 0')).toBeVisible()

  await sidebar.getByRole('button', { name: 'Manage sources' }).click()
  const manager = page.getByRole('dialog', { name: 'Sources' })
  await manager.getByRole('button', { name: 'Remove Tass' }).click()
  const question = page.getByRole('dialog', { name: 'Remove “Tass”?' })
  await expect(question).toContainText('2 annotations in 1 document name Tass.')
  await question.getByRole('button', { name: 'Keep it' }).click()
  await expect(manager.getByRole('textbox', { name: 'Name of Tass' })).toBeVisible()

  await manager.getByRole('button', { name: 'Remove Tass' }).click()
  await question.getByRole('button', { name: 'Remove Tass' }).click()
  await expect(manager.getByRole('textbox', { name: 'Name of Tass' })).toHaveCount(0)
  await manager.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('status')).toContainText('Removed “Tass”.')
  await expect(items.filter({ hasText: 'Tass reported' })).toContainText('Tass (removed)')
  await expect(sidebar.getByText('Unattributed claims: 2')).toBeVisible()
  await expect(sidebar).not.toContainText('tass (removed)')

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('status')).toHaveText('Put back “Tass”.')
  await expect(sidebar.getByText('Tass: 2')).toBeVisible()
  await expect(sidebar.getByText('Unattributed claims: 0')).toBeVisible()
})
