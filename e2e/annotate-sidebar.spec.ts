// The sidebar follows the reader: selecting an annotation in the text
// brings its card into view; j and k move to the next and previous one.

import { test, expect } from './fixtures.ts'
import { article, selectText } from './reader-page.ts'

const QUOTES = [
  'Mishustin visited China from November 3 to 4',
  'China and Russia have steadfastly navigated',
  'new blueprints for bilateral ties were charted',
  'Mishustin conveyed President Putin\'s cordial greetings',
  'Chinese Premier Li Qiang and Mishustin co-chaired',
  'an important mechanism for the implementation',
  'President Xi also met him in Beijing',
  'underscore the maturity and resilience',
  'a key platform for policy coordination',
  'Xi urged efforts to steadily expand mutual investment',
]

test('a card follows the selection in the text, and j / k walk the annotations', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1280, height: 720 })
  const list = page.getByRole('region', { name: 'Annotations' }).getByRole('list', { name: 'Annotation list' })
  for (const [i, quote] of QUOTES.entries()) {
    await selectText(page, quote)
    await page.keyboard.press('h')
    // Listed once saved; painted (a suggestion's underline may split the mark).
    await expect(list.getByRole('listitem')).toHaveCount(i + 1)
    await expect(article(page).locator('mark', { hasText: quote.split(' ').slice(0, 2).join(' ') }).first()).toBeVisible()
  }
  await expect(list.getByRole('listitem')).toHaveCount(QUOTES.length)
  await page.keyboard.press('Escape')

  // The first card in view, the last one out of it; select the last in the text.
  await list.getByRole('listitem').first().scrollIntoViewIfNeeded()
  const lastCard = list.getByRole('listitem').filter({ hasText: QUOTES.at(-1)! })
  await expect(lastCard).not.toBeInViewport()
  await article(page).locator('mark', { hasText: QUOTES.at(-1)!.split(' ').slice(0, 2).join(' ') }).first().click()
  await expect(lastCard.getByRole('button', { name: /Highlight/ })).toHaveAttribute('aria-current', 'true')
  await expect(lastCard).toBeInViewport()

  // k: back through the text, the card and the text both in view.
  for (const quote of [...QUOTES].reverse().slice(1)) {
    await page.keyboard.press('k')
    const card = list.getByRole('listitem').filter({ hasText: quote })
    await expect(card.getByRole('button', { name: /Highlight/ })).toHaveAttribute('aria-current', 'true')
    await expect(card).toBeInViewport()
    await expect(article(page).locator('mark.annotation-current').first()).toBeInViewport()
  }
  await page.keyboard.press('k')
  await expect(page.getByRole('status')).toHaveText('That was the first annotation.')
  await page.keyboard.press('j')
  await expect(list.getByRole('listitem').filter({ hasText: QUOTES[1]! }).getByRole('button', { name: /Highlight/ })).toHaveAttribute('aria-current', 'true')
})
