// npm run bench (or: node --import tsx bench/extraction.ts)
//
// Main-content extraction quality: 4-gram shingle F1 between the extracted
// text and the true article body, per page, averaged with each page
// weighted equally. Sourcemark's importFile and Readability.js (on
// linkedom) run on the same pages in the same run. Pages: our own
// (test/fixtures/extraction) and, when SOURCEMARK_EXTRACTION_PAGES names a
// folder of them, mozilla/readability's test pages, whose expected output
// is Readability's own (so there it is measured against itself); and, when
// SOURCEMARK_EXTRACTION_SH names a folder holding it (html/*.html.gz and
// ground-truth.json), scrapinghub/article-extraction-benchmark's 181 pages,
// whose bodies people wrote.
// SOURCEMARK_EXTRACTION_TRAF: adbar/trafilatura's tests folder, 990 pages
// judged by passages that must be kept or left out (snippet-pages.ts),
// scored as trafilatura scores them: counts summed over the pages.
// `--pages` prints each page's score; `--only NAME` keeps pages whose name
// holds NAME.

import { parseHTML } from 'linkedom'
import { Readability } from '@mozilla/readability'
import { meanScore, shingleScore, type Score } from './shingle-f1.ts'
import { decodeText } from '../shared/import/decode-text.ts'
import { countSnippets, loadSnippetPages, snippetScore, type SnippetCounts, type SnippetPage } from '../test/helpers/snippet-pages.ts'
import { htmlText, loadBenchmarkPages, loadPages, OWN_PAGES, sourcemarkBody, type ExtractionPage } from '../test/helpers/extraction-pages.ts'

const verbose = process.argv.includes('--pages')
const onlyAt = process.argv.indexOf('--only')
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined
const chosen = <T extends { name: string }>(pages: T[]): T[] => (only ? pages.filter((p) => p.name.includes(only)) : pages)

function readabilityBody(page: { source: Uint8Array }, withTitle = false): string {
  const { text } = decodeText(page.source, { html: true })
  const { document } = parseHTML(text)
  const article = new Readability(document).parse()
  const body = article?.content ? htmlText(article.content) : ''
  return withTitle && article?.title ? `${article.title}\n${body}` : body
}

function attempt(extract: () => string): string {
  try {
    return extract()
  } catch {
    return '' // a refusal extracts nothing
  }
}

function measure(label: string, all: ExtractionPage[]): void {
  const pages = chosen(all)
  if (pages.length === 0) return
  const ours: Score[] = []
  const theirs: Score[] = []
  for (const page of pages) {
    const a = shingleScore(attempt(() => sourcemarkBody(page)), page.body)
    const b = shingleScore(attempt(() => readabilityBody(page)), page.body)
    ours.push(a)
    theirs.push(b)
    if (verbose) console.log(`  ${page.name}: Sourcemark ${a.f1.toFixed(3)} (P ${a.precision.toFixed(2)} R ${a.recall.toFixed(2)}), Readability ${b.f1.toFixed(3)}`)
  }
  const a = meanScore(ours)
  const b = meanScore(theirs)
  const row = (name: string, s: Score) => `| ${label} (${pages.length}) | ${name} | ${s.f1.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} |`
  console.log(row('Sourcemark', a))
  console.log(row('Readability.js', b))
  console.log(`| ${label} | ratio Sourcemark / Readability F1 | ${(a.f1 / b.f1).toFixed(3)} | | |`)
}

function measureSnippets(label: string, all: SnippetPage[]): void {
  const pages = chosen(all)
  if (pages.length === 0) return
  const ours: SnippetCounts[] = []
  const theirs: SnippetCounts[] = []
  for (const page of pages) {
    // The headline counts here: the passages people chose include it, and both show it.
    const a = countSnippets(page, attempt(() => sourcemarkBody({ ...page, body: '' }, true)))
    const b = countSnippets(page, attempt(() => readabilityBody(page, true)))
    ours.push(a)
    theirs.push(b)
    if (verbose && (a.fn > 0 || a.fp > 0)) console.log(`  ${page.name}: Sourcemark missed ${a.fn}/${page.with.length}, kept ${a.fp}/${page.without.length} furniture; Readability ${b.fn}, ${b.fp}`)
  }
  const row = (name: string, c: SnippetCounts[]) => {
    const s = snippetScore(c)
    return `| ${label} (${pages.length}) | ${name} | ${s.f1.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} |`
  }
  console.log(row('Sourcemark', ours))
  console.log(row('Readability.js', theirs))
}

console.log('Main-content extraction, 4-gram shingle F1 against the true body, pages weighted equally')
console.log('| pages | extractor | F1 | precision | recall |')
console.log('|---|---|---|---|---|')
measure('own pages', loadPages(OWN_PAGES))
const external = process.env.SOURCEMARK_EXTRACTION_PAGES
if (external) measure('readability test pages', loadPages(external))
else console.log('(skipped mozilla/readability test pages: set SOURCEMARK_EXTRACTION_PAGES to their test/test-pages folder)')
const benchmark = process.env.SOURCEMARK_EXTRACTION_SH
if (benchmark) measure('article-extraction-benchmark pages', loadBenchmarkPages(benchmark))
else console.log('(skipped scrapinghub/article-extraction-benchmark: set SOURCEMARK_EXTRACTION_SH to a folder with its html/ and ground-truth.json)')
const trafilatura = process.env.SOURCEMARK_EXTRACTION_TRAF
if (trafilatura) measureSnippets('trafilatura eval pages, passages', loadSnippetPages(trafilatura))
