// Pages with a known article body, for measuring main-content extraction.
//
// Two kinds of folder, one page each:
// - test/fixtures/extraction/<name>/: our own pages, source.html and the
//   article body as expected.txt;
// - mozilla/readability's test/test-pages/<name>/: source.html and
//   expected.html (Readability's own output). They are not ours to commit,
//   so they are read from the folder SOURCEMARK_EXTRACTION_PAGES names.
// And one corpus of another shape: scrapinghub/article-extraction-benchmark,
// html/<id>.html.gz and ground-truth.json giving each id's articleBody,
// written by people (loadBenchmarkPages, from SOURCEMARK_EXTRACTION_SH).

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { parse, type DefaultTreeAdapterTypes } from 'parse5'
import { importFile } from '../../shared/import/file.ts'
import { canonicalText } from '../../shared/model/document.ts'

export interface ExtractionPage { name: string; source: Uint8Array; body: string }

export const OWN_PAGES = fileURLToPath(new URL('../fixtures/extraction', import.meta.url))

export function loadPages(folder: string): ExtractionPage[] {
  if (!existsSync(folder)) return []
  const pages: ExtractionPage[] = []
  for (const name of readdirSync(folder).sort()) {
    const dir = join(folder, name)
    const sourcePath = join(dir, 'source.html')
    if (!existsSync(sourcePath)) continue
    const source = new Uint8Array(readFileSync(sourcePath))
    if (existsSync(join(dir, 'expected.txt'))) pages.push({ name, source, body: readFileSync(join(dir, 'expected.txt'), 'utf8') })
    else if (existsSync(join(dir, 'expected.html'))) pages.push({ name, source, body: htmlText(readFileSync(join(dir, 'expected.html'), 'utf8')) })
  }
  return pages
}

// Pages of scrapinghub's article-extraction-benchmark: every id in
// ground-truth.json whose html/<id>.html.gz is there.
export function loadBenchmarkPages(folder: string): ExtractionPage[] {
  const truthPath = join(folder, 'ground-truth.json')
  if (!existsSync(truthPath)) return []
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody?: unknown }>
  const pages: ExtractionPage[] = []
  for (const name of Object.keys(truth).sort()) {
    const body = truth[name]?.articleBody
    const sourcePath = join(folder, 'html', `${name}.html.gz`)
    if (typeof body !== 'string' || !existsSync(sourcePath)) continue
    pages.push({ name, source: new Uint8Array(gunzipSync(readFileSync(sourcePath))), body })
  }
  return pages
}

// The article body Sourcemark extracts: every block but the title, which
// is metadata (`withTitle`: and the title, which the reader shows).
export function sourcemarkBody(page: ExtractionPage, withTitle = false): string {
  const draft = importFile({ name: `${page.name}.html`, bytes: page.source })
  return canonicalText(draft.blocks.filter((b) => withTitle || b.type !== 'title'))
}

type Node = DefaultTreeAdapterTypes.Node
const SILENT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title'])
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'font'])

// The text of an HTML fragment as a browser lays it out: block elements
// are apart from their neighbours, inline ones run on.
export function htmlText(html: string): string {
  const parts: string[] = []
  const visit = (node: Node) => {
    if (node.nodeName === '#text') parts.push((node as { value: string }).value)
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) visit(child)
      return
    }
    if (SILENT.has(node.tagName)) return
    const block = !INLINE.has(node.tagName)
    if (block) parts.push('\n')
    for (const child of node.childNodes) visit(child)
    if (block) parts.push('\n')
  }
  visit(parse(html))
  return parts.join('').replace(/[ \t\r\f]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim()
}
