// One annotation in the Markdown export. Plain (any Markdown tool):
//
//   > the exact quote, escaped
//
//   **Claim** · Sources: CNBC, Global Times via Xinhua · 2025-11-06 ·
//   [Open in Sourcemark](sourcemark://open/<doc>#<id>) · [Original](<url>#:~:text=...)
//
//   *Context:* the whole sentence, the quote in bold (option `context`)
//
//   - Note:
//
//     the reader's note, indented
//
// Obsidian (option `callouts`): the same inside a "> [!quote] Claim · ..."
// callout (a "[!note]" one for highlights), the note in it after the quote,
// then the block id "^<id>" on a line of its own, so [[file#^id]] links to
// the annotation. Block ids allow letters, digits and "-" only.

import type { Annotation } from '../model/annotation.ts'
import { oneLine } from '../text/one-line.ts'
import { blockQuote, escapeInline, noteItem, noteLines } from './markdown-text.ts'
import { sentenceAround } from './quote-context.ts'
import { appLink, markdownDestination, textFragmentLink } from './quote-links.ts'

export interface ItemOptions {
  documentId: string
  url: string | undefined
  text: string // the canonical text, for context
  label: (sourceId: string) => string
  includeNotes: boolean
  context: boolean
  callouts: boolean
  dates: boolean
}

function blockId(annotationId: string): string {
  return annotationId.replace(/[^A-Za-z0-9-]/g, '-')
}

export function markdownItem(a: Annotation, placed: boolean, o: ItemOptions): string[] {
  const names = [...new Set(a.sources)].map((id) => escapeInline(oneLine(o.label(id))))
  const via = [...new Set(a.via)].map((id) => escapeInline(oneLine(o.label(id))))
  const kind = a.kind === 'claim' ? 'Claim' : 'Highlight'
  const who = names.length === 0 ? 'No source' : `${names.length === 1 ? 'Source' : 'Sources'}: ${names.join(', ')}`
  const head = [`${who}${via.length > 0 ? ` via ${via.join(', ')}` : ''}`]
  if (o.dates) head.push(a.created.slice(0, 10))
  const links = [`[Open in Sourcemark](${appLink(o.documentId, a.id)})`]
  const original = placed ? textFragmentLink(o.url, a.target.quote.exact) : null
  if (original !== null) links.push(`[Original](${markdownDestination(original)})`)
  const context = o.context && placed ? contextLine(o.text, a) : null
  const note = o.includeNotes ? noteLines(a.note) : []

  if (!o.callouts) {
    const out = [...blockQuote(a.target.quote.exact), '', `**${kind}** · ${[...head, ...links].join(' · ')}`, '']
    if (context !== null) out.push(context, '')
    if (note.length > 0) out.push(...noteItem(a.note), '')
    return out
  }
  const out = [`> [!${a.kind === 'claim' ? 'quote' : 'note'}] ${kind} · ${head.join(' · ')}`, ...blockQuote(a.target.quote.exact)]
  const more = [links.join(' · '), ...(context !== null ? [context] : []), ...(note.length > 0 ? [note.join('\n')] : [])]
  for (const paragraph of more) {
    out.push('>', ...paragraph.split('\n').map((l) => (l === '' ? '>' : `> ${l}`)))
  }
  out.push('', `^${blockId(a.id)}`, '')
  return out
}

// The sentence around the quote, the quote in bold, or null when the quote
// is the whole sentence.
function contextLine(text: string, a: Annotation): string | null {
  const { start, end } = a.target.position
  const around = sentenceAround(text, start, end)
  if (around === null) return null
  const part = (from: number, to: number) => escapeInline(oneLine(text.slice(from, to)))
  const before = oneLine(text.slice(around.start, start)) === '' ? '' : `${part(around.start, start)} `
  const after = oneLine(text.slice(end, around.end)) === '' ? '' : ` ${part(end, around.end)}`
  return `*Context:* ${before}**${part(start, end)}**${after}`
}
