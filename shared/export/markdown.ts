// One document's annotations as Markdown notes, to paste into Obsidian, a
// Zotero note or a report.
//
// Layout: YAML front matter (title, publisher, author, date, url, exported,
// tags), a "# title" heading, a "Coverage" section (each source's share of
// the text, relays, unattributed sentences: coverage-markdown.ts), a
// per-source summary table, then the annotations, each as
//
//   > the exact quote, escaped
//
//   **Claim** · Sources: Tass, CNBC
//
//   (or "Source: Xi Jinping via Xinhua" when outlets relayed it)
//
//   - Note:
//
//     the reader's note, as written, indented two spaces
//
// Decisions:
// - Front matter values are YAML double-quoted scalars written with JSON
//   escapes only (\" \\ \n \t \uXXXX), so a title with a colon, quotes or a
//   line break stays valid YAML (JSON strings are YAML double-quoted strings).
// - Tags are "source/<slug>" with the source name lowercased, every run of
//   characters other than letters, digits, "_" and "-" turned into "-"
//   (Obsidian tags allow no spaces); the source id when nothing is left.
// - Grouped by source (the default): one section per source in the order of
//   the given source list, then one per removed source id ("<id> (removed
//   source)"), then "Unattributed claims", then "Highlights without a source".
//   An annotation tagged with several sources appears in each of their
//   sections; its sources line always names all of them, primary first.
//   Grouped by document: one "Annotations" section in document order.
//   Within a section annotations follow document order (position.start).
// - Annotations are placed where the reader paints them (anchoring/place.ts):
//   the quote and order of where each one anchors now. Those that anchor
//   nowhere come last, under "Orphans", with their stored quote; the summary
//   counts them too.
// - Quotes: every line starts with "> " (an empty line is ">"), leading and
//   trailing spaces and tabs on each line are dropped (rendered Markdown
//   ignores them, and indentation could turn a line into code), and every
//   character that CommonMark, GFM or Obsidian could read as markup
//   (\ ` * _ [ ] < > # ~ | $ % = ^ &, plus a leading - or + and the . or )
//   after leading digits) is backslash-escaped, so the quote renders as
//   literal text. Lines inside one block end in "\" (a hard line break).
// - Notes are the reader's own Markdown and are kept as written, but inside a
//   list item ("- Note:", lines indented two spaces). A container block ends
//   every construct opened inside it, so an unclosed code fence or a heading
//   in a note stays in that item and cannot swallow or restructure the rest
//   of the export. A note may come from an imported file written by anyone,
//   so raw HTML in it is shown as text and links other than http(s) and
//   mailto lose their address (markdown-safe-note.ts).
// - Front matter values also write < > [ ] & as \uXXXX escapes: YAML reads
//   them back as written, and a tool that renders the front matter as
//   Markdown meets no tag or link in it.
// - Annotations of another document are left out.

import { byDocumentOrder, type Annotation } from '../model/annotation.ts'
import { canonicalText, type ArticleDocument } from '../model/document.ts'
import { placeAnnotations } from '../anchoring/place.ts'
import type { Source } from '../model/source.ts'
import { safeNote } from './markdown-safe-note.ts'
import { oneLine } from '../text/one-line.ts'
import { coverageSection } from '../attribution/coverage-markdown.ts'

export interface MarkdownExportInput {
  document: ArticleDocument
  annotations: Annotation[]
  sources: Source[]
  // When the export was made, written as given (an ISO date-time).
  exported: string
  groupBy?: 'source' | 'document'
  includeNotes?: boolean
}

export const UNATTRIBUTED_CLAIMS = 'Unattributed claims'
export const UNSOURCED_HIGHLIGHTS = 'Highlights without a source'
// Annotations whose text is no longer in the document, as in the reader.
export const ORPHANS = 'Orphans'

export function toMarkdown(input: MarkdownExportInput): string {
  const doc = input.document
  const exported = input.exported
  const groupBy = input.groupBy ?? 'source'
  const includeNotes = input.includeNotes ?? true
  // Where the reader paints them; the rest are orphans (anchoring/place.ts).
  const { placed, orphans } = placeAnnotations(canonicalText(doc.blocks), input.annotations.filter((a) => a.documentId === doc.id))
  placed.sort(byDocumentOrder)
  orphans.sort(byDocumentOrder)
  const annotations = [...placed, ...orphans]
  const known = new Map(input.sources.map((s) => [s.id, s]))

  // Sources that tag at least one annotation: known ones in the given order,
  // removed ones in order of first use.
  const used = new Set(annotations.flatMap((a) => a.sources))
  const usedKnown = input.sources.filter((s) => used.has(s.id))
  const removed = [...used].filter((id) => !known.has(id))

  const label = (id: string): string => known.get(id)?.name ?? `${id} (removed source)`
  // Relays are counted in a table of their own, apart from who said what.
  const relayed = new Set(annotations.flatMap((a) => a.via))
  const relays = [...input.sources.filter((s) => relayed.has(s.id)).map((s) => s.id), ...[...relayed].filter((id) => !known.has(id))]

  const out: string[] = []

  // Front matter.
  out.push('---')
  out.push(`title: ${yamlString(doc.meta.title)}`)
  if (doc.meta.publisher !== undefined) out.push(`publisher: ${yamlString(doc.meta.publisher)}`)
  if (doc.meta.author !== undefined) out.push(`author: ${yamlString(doc.meta.author)}`)
  if (doc.meta.published !== undefined) out.push(`date: ${yamlString(doc.meta.published)}`)
  if (doc.meta.url !== undefined) out.push(`url: ${yamlString(doc.meta.url)}`)
  out.push(`exported: ${yamlString(exported)}`)
  const tags = [...new Set([
    ...usedKnown.map((s) => `source/${tagSlug(s.name) || s.id}`),
    ...removed.map((id) => `source/${id}`),
  ])]
  if (tags.length === 0) out.push('tags: []')
  else out.push('tags:', ...tags.map((t) => `  - ${yamlString(t)}`))
  out.push('---', '')

  out.push(`# ${escapeInline(oneLine(doc.meta.title))}`, '')
  out.push(...coverageSection(doc.blocks, annotations, (id) => escapeInline(oneLine(label(id)))))

  // Summary.
  out.push('## Summary', '')
  if (annotations.length === 0) {
    out.push('No annotations.', '')
    return finish(out)
  }
  const count = (list: Annotation[]): string => {
    const claims = list.filter((a) => a.kind === 'claim').length
    return `| ${claims} | ${list.length - claims} |`
  }
  out.push('| Source | Claims | Highlights |', '| --- | ---: | ---: |')
  for (const id of [...usedKnown.map((s) => s.id), ...removed]) {
    out.push(`| ${escapeInline(oneLine(label(id)))} ${count(annotations.filter((a) => a.sources.includes(id)))}`)
  }
  const unsourced = annotations.filter((a) => a.sources.length === 0)
  if (unsourced.length > 0) out.push(`| No source ${count(unsourced)}`)
  if (relays.length > 0) {
    out.push('', '| Relayed by | Claims | Highlights |', '| --- | ---: | ---: |')
    for (const id of relays) out.push(`| ${escapeInline(oneLine(label(id)))} ${count(annotations.filter((a) => a.via.includes(id)))}`)
  }
  const claims = annotations.filter((a) => a.kind === 'claim').length
  out.push('', `${plural(annotations.length, 'annotation')}: ${plural(claims, 'claim')}, ${plural(annotations.length - claims, 'highlight')}.`, '')

  // Sections.
  const sections: { heading: string; items: Annotation[] }[] = []
  if (groupBy === 'document') {
    sections.push({ heading: 'Annotations', items: placed })
  } else {
    for (const id of [...usedKnown.map((s) => s.id), ...removed]) {
      sections.push({ heading: escapeInline(oneLine(label(id))), items: placed.filter((a) => a.sources.includes(id)) })
    }
    const placedUnsourced = placed.filter((a) => a.sources.length === 0)
    sections.push({ heading: UNATTRIBUTED_CLAIMS, items: placedUnsourced.filter((a) => a.kind === 'claim') })
    sections.push({ heading: UNSOURCED_HIGHLIGHTS, items: placedUnsourced.filter((a) => a.kind === 'highlight') })
  }
  sections.push({ heading: ORPHANS, items: orphans })
  for (const section of sections) {
    if (section.items.length === 0) continue
    out.push(`## ${section.heading}`, '')
    for (const a of section.items) {
      out.push(...blockQuote(a.target.quote.exact), '')
      const names = [...new Set(a.sources)].map((id) => escapeInline(oneLine(label(id))))
      const kind = a.kind === 'claim' ? 'Claim' : 'Highlight'
      const via = [...new Set(a.via)].map((id) => escapeInline(oneLine(label(id))))
      const relayedBy = via.length > 0 ? ` via ${via.join(', ')}` : ''
      out.push(`**${kind}** · ${names.length === 0 ? 'No source' : `${names.length === 1 ? 'Source' : 'Sources'}: ${names.join(', ')}`}${relayedBy}`, '')
      if (includeNotes) {
        const note = noteItem(a.note)
        if (note.length > 0) out.push(...note, '')
      }
    }
  }
  return finish(out)
}

function finish(lines: string[]): string {
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines.join('\n') + '\n'
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

// A YAML double-quoted scalar using only escapes JSON shares with YAML. Every
// character YAML does not allow unescaped (C0 and C1 controls, DEL, line and
// paragraph separators, BOM, non-characters) and < > [ ] & is written as \uXXXX.
export function yamlString(value: string): string {
  let out = '"'
  for (const ch of value) {
    const code = ch.codePointAt(0)!
    if (ch === '"') out += '\\"'
    else if (ch === '\\') out += '\\\\'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\r') out += '\\r'
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || '<>[]&'.includes(ch)
      || code === 0xfeff || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff)) {
      out += `\\u${code.toString(16).padStart(4, '0')}`
    } else out += ch
  }
  return out + '"'
}

// An Obsidian tag segment: letters, marks, digits, "_" and "-".
export function tagSlug(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '')
}

const INLINE_SPECIAL = /[\\`*_[\]<>#~|$%=^&]/g

// Text that renders as itself inside a line (a heading, a table cell, a
// sources line, a quote line).
export function escapeInline(text: string): string {
  return text
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
}

function blockQuote(exact: string): string[] {
  const lines = exact.split(/\r\n|\r|\n/).map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
  while (lines.length > 0 && lines[0] === '') lines.shift()
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  if (lines.length === 0) return ['>']
  const out: string[] = []
  lines.forEach((line, i) => {
    if (line === '') {
      if (out[out.length - 1] !== '>') out.push('>')
      return
    }
    const next = lines[i + 1]
    out.push(`> ${escapeInline(line)}${next !== undefined && next !== '' ? '\\' : ''}`)
  })
  return out
}

function noteItem(note: string): string[] {
  const lines = safeNote(note).split(/\r\n|\r|\n/).map((l) => (/^[ \t]*$/.test(l) ? '' : l))
  while (lines.length > 0 && lines[0] === '') lines.shift()
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  if (lines.length === 0) return []
  return ['- Note:', '', ...lines.map((l) => (l === '' ? '' : `  ${l}`))]
}
