// A page whose story is in its JSON-LD only: a script draws it, or a
// paywall hides all but a teaser that the page's own data still holds in
// full (schema.org's articleBody, plain text). When the blocks found in
// the page hold less than half of that text, its paragraphs are the story.

import { limits, type Block } from '../../model/document.ts'
import { jsonLdArticleBody } from './metadata.ts'
import type { Page } from './tree.ts'

// Shorter than this is a summary, not a story.
const MIN_BODY = 500
const ENTITIES = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['#39', '\''], ['apos', '\''], ['nbsp', ' ']])

export function withLdBody(page: Page, blocks: Block[]): Block[] {
  const body = jsonLdArticleBody(page)
  if (!body || body.length < MIN_BODY) return blocks
  const paragraphs = body
    .replace(/\r\n?/g, '\n')
    // Some sites put markup in it: a paragraph's end tag parts paragraphs.
    .replace(/<\/p>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^<>]{0,500}>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES.get(name)!)
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
  const text = paragraphs.reduce((n, p) => n + p.length, 0)
  const found = blocks.reduce((n, b) => (b.type === 'title' ? n : n + b.text.length), 0)
  if (text < MIN_BODY || found * 2 >= text) return blocks
  if (paragraphs.length > limits.blocks || paragraphs.some((p) => p.length > limits.blockText)) return blocks
  const title = blocks.find((b) => b.type === 'title')
  return [...(title ? [title] : []), ...paragraphs.map((p): Block => ({ type: 'paragraph', text: p }))]
}
