// What a reader does on the page, in the user's terms. Elements are found by
// role and accessible name.

import type { Locator, Page } from '@playwright/test'

export const SAMPLE_TITLE = 'Xi Jinping meets Russian Prime Minister Mikhail Mishustin in Beijing'

export function article(page: Page): Locator {
  return page.getByRole('article', { name: SAMPLE_TITLE })
}

// Selects the first occurrence of `text` in the article, as a drag would: a
// DOM selection across however many text nodes the text spans.
export async function selectText(page: Page, text: string): Promise<void> {
  await page.getByRole('article').waitFor()
  const found = await page.evaluate((wanted) => {
    const root = document.querySelector('[role="article"] .ProseMirror')
    if (!root) return false
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    let all = ''
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push(n as Text); all += n.nodeValue }
    const at = all.indexOf(wanted)
    if (at < 0) return false
    const locate = (offset: number, preferEnd: boolean): [Text, number] => {
      let seen = 0
      for (const node of nodes) {
        const len = node.nodeValue!.length
        if (offset < seen + len || (preferEnd && offset === seen + len)) return [node, offset - seen]
        seen += len
      }
      const last = nodes[nodes.length - 1]!
      return [last, last.nodeValue!.length]
    }
    const range = document.createRange()
    range.setStart(...locate(at, false))
    range.setEnd(...locate(at + wanted.length, true))
    const selection = document.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    return true
  }, text)
  if (!found) throw new Error(`the article does not contain ${JSON.stringify(text)}`)
}

// An imported article, found by its title.
export function articleTitled(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title })
}

// Imports files through the "Import article…" picker's input.
export async function importArticleFiles(page: Page, ...files: string[]): Promise<void> {
  await page.getByLabel('Article files').setInputFiles(files)
}

export function library(page: Page): Locator {
  return page.getByRole('region', { name: 'Library' })
}

// The library region, opened from the header if it is not showing.
export async function openLibrary(page: Page): Promise<Locator> {
  const toggle = page.getByRole('button', { name: 'Library', exact: true })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await library(page).getByRole('list', { name: 'Documents' }).waitFor()
  return library(page)
}

export function libraryItems(page: Page): Locator {
  return library(page).getByRole('list', { name: 'Documents' }).getByRole('listitem').filter({ has: page.getByRole('heading') })
}
