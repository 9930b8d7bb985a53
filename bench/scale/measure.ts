// What the user does in the app, timed in the page (page-probe.js): open the
// library and scroll it, type a search letter by letter, open the 1 MB
// document, scroll it and its sidebar, add claims. Each step is capped at
// `timeout` ms and reported as "> cap" when it does not finish.

import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

export interface Limits { timeout: number; budget: number }

const SCROLL = { frames: 60, step: 400 }
// Typed a letter at a time: a phrase common in the library, and a name.
export const QUERIES = ['gas pipeline', 'zakharova']

const call = <T>(page: Page, expression: string): Promise<T> => page.evaluate<T>(expression)
const js = (value: unknown) => JSON.stringify(value)

export async function openLibrary(page: Page, { timeout }: Limits) {
  const open = await call<number | null>(page, `__bench.openLibrary(${timeout})`)
  const scroll = await call<{ longest: number }>(page, `__bench.scroll('[aria-label="Documents"]', ${SCROLL.frames}, ${SCROLL.step})`)
  const plain = await call<{ render: number; longest: number }>(page, `__bench.plainList('library', null, ${SCROLL.frames}, ${SCROLL.step}, ${timeout})`)
  return { open, scrollLongest: scroll.longest, plain }
}

// late: when an answer missed the cap, how long it took after all (waited
// for up to 10 caps, so that the next measurement does not queue behind it).
export interface SearchTimes { felt: number[]; server: number[]; prefixes: string[]; timedOut: boolean; late?: number | null }

// The library is open. Each letter typed, to its results painted; a query
// is left at its first timeout (and later queries are skipped).
export async function typeSearches(page: Page, { timeout, budget }: Limits): Promise<SearchTimes> {
  const box = page.getByRole('searchbox', { name: 'Search all documents' })
  const out: SearchTimes = { felt: [], server: [], prefixes: [], timedOut: false }
  const started = performance.now()
  await call(page, '__bench.watchSearch()')
  for (const query of QUERIES) {
    await box.fill('')
    await box.focus()
    for (let i = 1; i <= query.length; i++) {
      await page.keyboard.type(query[i - 1]!)
      const answer = await call<{ felt: number; server: number | null } | null>(page, `__bench.searchAnswered(${timeout})`)
      if (answer === null) {
        out.timedOut = true
        const late = await call<{ felt: number } | null>(page, `__bench.searchAnswered(${10 * timeout})`)
        out.late = late?.felt ?? null
        return out
      }
      out.felt.push(answer.felt)
      if (answer.server !== null) out.server.push(answer.server)
      out.prefixes.push(query.slice(0, i))
      // One answer that blocked past the cap is enough.
      if (answer.felt > timeout) return out
      if (performance.now() - started > budget) return out
    }
  }
  return out
}

// From the library's filter, click Open on the document titled so.
export async function openDocument(page: Page, title: string, { timeout }: Limits) {
  await page.getByRole('searchbox', { name: 'Filter documents' }).fill(title)
  await page.getByRole('button', { name: `Open ${title}`, exact: true }).waitFor({ timeout })
  return call<{ shown: number; interactive: number; server: number | null } | null>(page, `__bench.openDocument(${js(title)}, ${timeout})`)
}

export async function scrollReader(page: Page, documentId: string, { timeout }: Limits) {
  const article = await call<{ longest: number }>(page, `__bench.scroll(null, ${SCROLL.frames}, ${SCROLL.step})`)
  const sidebar = await call<{ longest: number }>(page, `__bench.scroll('[aria-label="Annotation list"]', ${SCROLL.frames}, ${SCROLL.step})`)
  const plain = await call<{ render: number; longest: number }>(page, `__bench.plainList('annotations', ${js(documentId)}, ${SCROLL.frames}, ${SCROLL.step}, ${timeout})`)
  return { article: article.longest, sidebar: sidebar.longest, plain }
}

interface FileState { size: number; inode: string; version: string }

// Every file under dir: its size, and its inode with its mtime.
async function snapshot(dir: string): Promise<Map<string, FileState>> {
  const files = new Map<string, FileState>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const s = await stat(path, { bigint: true }).catch(() => null)
    if (s) files.set(path, { size: Number(s.size), inode: String(s.ino), version: `${s.ino}:${s.mtimeNs}` })
  }
  return files
}

// Bytes of the files a change wrote: those whose inode and mtime were not
// there before; of a file appended to (a document's journal: the same
// inode, grown), what it grew. A backup kept as a hard link to the old
// version wrote nothing.
function written(before: Map<string, FileState>, after: Map<string, FileState>): { bytes: number; files: string[] } {
  const old = new Set([...before.values()].map((f) => f.version))
  let bytes = 0
  const files: string[] = []
  for (const [path, now] of after) {
    if (old.has(now.version)) continue
    const was = before.get(path)
    bytes += was && was.inode === now.inode && now.size >= was.size ? now.size - was.size : now.size
    files.push(path)
  }
  return { bytes, files }
}

// server: from the key to the last API answer arriving.
// painted: from the key to the claim painted and listed, saved or not.
export interface Additions { times: number[]; server: number[]; painted: number[]; timedOut: boolean; bytes: number | null; files: string[]; documentBytes: number | null }

// Claims added from the keyboard on the open document: select words on
// screen, press "c", to the claim painted, saved and listed. The first one
// also counts the bytes it wrote to the data folder.
export async function addClaims(page: Page, dataDir: string, documentId: string, samples: number, { timeout, budget }: Limits): Promise<Additions> {
  const out: Additions = { times: [], server: [], painted: [], timedOut: false, bytes: null, files: [], documentBytes: null }
  await call(page, '__bench.watchStatus()')
  const started = performance.now()
  for (let i = 0; i < samples && performance.now() - started < budget; i++) {
    await page.keyboard.press('Escape')
    const quote = await call<string | null>(page, `__bench.selectOnScreen(${i}, 24)`)
    if (!quote) throw new Error('no words on screen to select')
    const before = i === 0 ? await snapshot(dataDir) : null
    await call(page, `__bench.watchClaim(${js(quote)}, ${timeout})`)
    await page.keyboard.press('c')
    const answer = await call<{ felt: number; server: number | null; painted: number | null } | null>(page, '__bench.claimSaved()')
    const ms = answer?.felt ?? null
    if (answer?.server != null) out.server.push(answer.server)
    if (answer?.painted != null) out.painted.push(answer.painted)
    if (ms === null) {
      out.timedOut = true
      break
    }
    out.times.push(ms)
    if (before) {
      const change = written(before, await snapshot(dataDir))
      out.bytes = change.bytes
      out.files = change.files.map((f) => f.slice(dataDir.length + 1))
      out.documentBytes = (await stat(join(dataDir, 'documents', `${documentId}.json`)).catch(() => null))?.size ?? null
    }
    // One that took longer than the cap (a task that blocked the page
    // throughout) is the last.
    if (ms > timeout) break
  }
  return out
}
