// What a reader does on the page, in the user's terms. Elements are found by
// role and accessible name.

import type { Download, Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

export const SAMPLE_TITLE = 'Xi Jinping meets Russian Prime Minister Mikhail Mishustin in Beijing'

export function article(page: Page): Locator {
  return page.getByRole('article', { name: SAMPLE_TITLE })
}

export interface Box { left: number; top: number; right: number; bottom: number }

// Selects the first occurrence of `text` in the article, as a drag would: a
// DOM selection across however many text nodes the text spans.
export async function selectText(page: Page, text: string): Promise<void> {
  if (!await findText(page, text, 'select')) throw new Error(`the article does not contain ${JSON.stringify(text)}`)
}

// The line boxes (viewport coordinates) of the first occurrence of `text`.
export async function textBoxes(page: Page, text: string): Promise<Box[]> {
  const boxes = await findText(page, text, 'measure')
  if (!boxes) throw new Error(`the article does not contain ${JSON.stringify(text)}`)
  return boxes
}

// Scrolls the window so the first occurrence of `text` ends `margin` px
// above the bottom of the window.
export async function scrollToBottom(page: Page, text: string, margin: number): Promise<void> {
  const boxes = await textBoxes(page, text)
  const bottom = Math.max(...boxes.map((b) => b.bottom))
  await page.evaluate((by) => window.scrollBy(0, by), bottom - (await page.evaluate(() => window.innerHeight)) + margin)
}

async function findText(page: Page, text: string, action: 'select' | 'measure'): Promise<Box[] | null> {
  await page.getByRole('article').waitFor()
  return page.evaluate(([wanted, act]) => {
    const root = document.querySelector('[role="article"] .ProseMirror')
    if (!root) return null
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    let all = ''
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push(n as Text); all += n.nodeValue }
    const at = all.indexOf(wanted)
    if (at < 0) return null
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
    if (act === 'measure') {
      return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }))
    }
    // Answered once the page has heard of the new selection (its
    // selectionchange listeners, the editor's among them, have run): a
    // repaint landing before that would put the editor's older selection
    // back, and the next key would act on it (seen at load 30). Two frames
    // stand in if no event comes (a selection that did not change).
    const heard = new Promise<Box[]>((resolve) => {
      const done = () => setTimeout(() => resolve([]), 0)
      document.addEventListener('selectionchange', done, { once: true })
      requestAnimationFrame(() => requestAnimationFrame(done))
    })
    const selection = document.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    return heard
  }, [text, action] as const)
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

export function exportDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Export annotations' })
}

// Exports through the Export dialog: the format by its name, this document
// or the whole library; the browser's download.
export async function exportAs(page: Page, format: string, scope: 'document' | 'library' = 'document'): Promise<Download> {
  await page.getByRole('button', { name: 'Export…', exact: true }).click()
  const dialog = exportDialog(page)
  if (scope === 'library') await dialog.getByRole('radio', { name: 'The whole library (one file)' }).check()
  await dialog.getByRole('radio', { name: format, exact: true }).check()
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()])
  return download
}

// Imports an annotation file through the Import dialog and the file picker.
// Annotations go on the open document: the dialog offers them once one is
// open (the first document opens a moment after the app starts; a dialog
// already shown follows it).
export async function importAnnotationsFile(page: Page, file: string): Promise<void> {
  await page.getByRole('article').waitFor()
  await page.getByRole('button', { name: 'Import…', exact: true }).click()
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
    page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: 'Import annotations…' }).click()])
  await chooser.setFiles(file)
}

// A new claim is painted and listed at once and saved a moment later (its
// card is aria-busy until then): wait for that before touching the files.
export async function allSaved(page: Page): Promise<void> {
  await expect(page.getByRole('list', { name: 'Annotation list' }).locator('li[aria-busy="true"]')).toHaveCount(0)
}
