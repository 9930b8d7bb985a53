// Pages judged by snippets rather than a whole body: adbar/trafilatura's
// evaluation set (tests/evaldata.json and the pages in tests/cache and
// tests/eval), where people chose for each page a few passages the
// article must hold ("with") and a few of the page's furniture it must not
// ("without"): menus, dates, share bars, comments, related links. Not
// ours to commit; read from the folder SOURCEMARK_EXTRACTION_TRAF names.

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface SnippetPage { name: string; source: Uint8Array; with: string[]; without: string[] }

export function loadSnippetPages(folder: string): SnippetPage[] {
  const dataPath = join(folder, 'evaldata.json')
  if (!existsSync(dataPath)) return []
  const data = JSON.parse(readFileSync(dataPath, 'utf8')) as Record<string, { file?: unknown; with?: unknown; without?: unknown }>
  const pages: SnippetPage[] = []
  for (const url of Object.keys(data).sort()) {
    const item = data[url]!
    if (typeof item.file !== 'string' || !Array.isArray(item.with) || !Array.isArray(item.without)) continue
    const path = [join(folder, 'cache', item.file), join(folder, 'eval', item.file)].find((p) => existsSync(p))
    if (!path) continue
    pages.push({ name: item.file, source: new Uint8Array(readFileSync(path)), with: item.with.map(String), without: item.without.map(String) })
  }
  return pages
}

export interface SnippetCounts { tp: number; fp: number; fn: number; tn: number }

const norm = (text: string) => text.replace(/\s+/g, ' ').trim()

// Whitespace-normalised substring matching, as trafilatura's own
// evaluation counts it: a "with" passage found is a true positive, a
// "without" passage found a false positive.
export function countSnippets(page: SnippetPage, text: string): SnippetCounts {
  const found = norm(text)
  const tp = page.with.filter((w) => found.includes(norm(w))).length
  const fp = page.without.filter((w) => found.includes(norm(w))).length
  return { tp, fp, fn: page.with.length - tp, tn: page.without.length - fp }
}

// Counts summed over the pages, then precision, recall and F1 of the sums.
export function snippetScore(counts: SnippetCounts[]): { precision: number; recall: number; f1: number; accuracy: number } {
  const sum = counts.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 })
  const precision = sum.tp / (sum.tp + sum.fp || 1)
  const recall = sum.tp / (sum.tp + sum.fn || 1)
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1, accuracy: (sum.tp + sum.tn) / (sum.tp + sum.fp + sum.fn + sum.tn || 1) }
}
