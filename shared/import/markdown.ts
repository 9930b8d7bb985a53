// Markdown (CommonMark, plus tables) -> blocks. markdown-it parses; we walk
// its token stream and never render HTML, so nothing in the file can run or
// fetch anything. Raw HTML is dropped outright, as are images (alt text
// included) and rules. Lists and quotes flatten into `item` and `quote`
// blocks whose level is their nesting depth (markdown-blocks.ts). YAML
// front matter, if any, supplies the metadata (markdown-front-matter.ts).

import MarkdownIt from 'markdown-it'
import { clip } from '../text/one-line.ts'
import { checkBlocks } from './block-limits.ts'
import { toBlocks } from './markdown-blocks.ts'
import { checkParagraphCount, markdownParagraphs } from './paragraph-count.ts'
import { checkMarkdownRuns } from './markdown-run-length.ts'
import { splitFrontMatter } from './markdown-front-matter.ts'
import { ImportError, type ImportedArticle } from './imported-article.ts'
import { meterFor, type WorkMeter } from './work-meter.ts'

// `html: true` only so that raw HTML arrives as html_* tokens we can drop;
// with `html: false` it would come through as literal text.
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false })
// markdown-it refuses javascript: and similar links by leaving the whole
// "[text](url)" as literal text. We never render, so accept every link and
// filter hrefs ourselves: the words stay, the bad link goes.
md.validateLink = () => true
// The address as written, decoded but not percent-encoded, so the link
// policy sees what the HTML importer sees (a control character stays one).
md.normalizeLink = (url) => url
// Past maxNesting (100 levels; a list takes two) markdown-it skips the rest
// of the block, words and all. Refuse instead of importing an article with
// holes; the test mirrors the tokenizer's own, so only a skip is refused.
const tokenizeBlock = md.block.tokenize.bind(md.block)
md.block.tokenize = (state, startLine, endLine) => {
  if (state.level >= md.options.maxNesting) {
    const line = state.skipEmptyLines(startLine)
    if (line < endLine && state.sCount[line]! >= state.blkIndent) {
      throw new ImportError('This Markdown file is too deeply nested to import safely (lists or quotes inside each other about 50 times or more).')
    }
  }
  tokenizeBlock(state, startLine, endLine)
}

// `meter` counts the work (and stops a file that needs far too much); tests
// pass their own to read it.
export function importMarkdown(source: string, meter: WorkMeter = meterFor(source)): ImportedArticle {
  const normalized = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const { meta, body } = splitFrontMatter(normalized)
  // Counted before markdown-it makes tokens for each paragraph.
  checkParagraphCount('Markdown', markdownParagraphs(body), true)
  checkMarkdownRuns(body)
  const blocks = toBlocks(md.parse(body, {}), meter)
  if (blocks.length === 0) throw new ImportError('The Markdown file has no readable text.')
  checkBlocks('Markdown', blocks)
  if (meta.title === undefined && blocks[0]!.type === 'title') meta.title = clip(blocks[0]!.text, 1000)
  return { meta, blocks }
}
