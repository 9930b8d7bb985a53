// One document's annotations as Markdown notes, for Obsidian, Logseq, a
// Zotero note or a report.
//
// Layout: YAML front matter, "# title", a "Coverage" section (each
// source's share of the text, relays, unattributed sentences:
// coverage-markdown.ts), a per-source count, then the annotations
// (markdown-item.ts says how each looks).
//
// Front matter keys (what Obsidian, Logseq and Zotero importers read):
// title, source (the article's http(s) URL), author, published, publisher,
// created (when the export was made), tags ("sourcemark", then
// "source/<slug>" per source: the name lowercased, every run of characters
// other than letters, digits, "_" and "-" turned into "-"; the source id
// when nothing is left), aliases (the title, so [[title]] links resolve to
// a file named by id) and description (the counts). Values are YAML
// double-quoted scalars with JSON escapes only, plus < > [ ] & as \uXXXX,
// so they read back as written and render as no markup.
//
// Order: each annotation once, in reading order (where the reader paints
// it, anchoring/place.ts), a claim with two sources once naming both.
// Those that anchor nowhere come last, under "Orphans", with their stored
// quote. groupBy "source" is the older layout: one section per source in
// the order of the source list, then removed sources ("<id> (removed
// source)"), "Unattributed claims", "Highlights without a source"; there an
// annotation with several sources is listed under each.
//
// The summary table counts per source (a claim with two sources counts in
// both rows); the total under it counts each annotation once.
//
// Quotes are literal text (markdown-text.ts escapes everything that could
// be markup); notes are the reader's own Markdown, made safe
// (markdown-safe-note.ts). Annotations of another document are left out.

import { byDocumentOrder, type Annotation } from '../model/annotation.ts'
import { canonicalText, type ArticleDocument } from '../model/document.ts'
import { placeAnnotations } from '../anchoring/place.ts'
import type { Source } from '../model/source.ts'
import { keptPageUrl } from '../links/policy.ts'
import { oneLine } from '../text/one-line.ts'
import { coverageSection } from '../attribution/coverage-markdown.ts'
import { markdownItem } from './markdown-item.ts'
import { escapeInline, tagSlug, yamlString } from './markdown-text.ts'
import type { MarkdownOptions } from './formats.ts'

export { escapeInline, tagSlug, yamlString } from './markdown-text.ts'



export interface MarkdownExportInput extends MarkdownOptions {
  document: ArticleDocument
  annotations: Annotation[]
  sources: Source[]
  // When the export was made, written as given (an ISO date-time).
  exported: string
}

const ANNOTATIONS = 'Annotations'
export const UNATTRIBUTED_CLAIMS = 'Unattributed claims'
export const UNSOURCED_HIGHLIGHTS = 'Highlights without a source'
// Annotations whose text is no longer in the document, as in the reader.
const ORPHANS = 'Orphans'

export function toMarkdown(input: MarkdownExportInput): string {
  const doc = input.document
  const text = canonicalText(doc.blocks)
  const { placed, orphans } = placeAnnotations(text, input.annotations.filter((a) => a.documentId === doc.id))
  placed.sort(byDocumentOrder)
  orphans.sort(byDocumentOrder)
  const annotations = [...placed, ...orphans]
  const known = new Map(input.sources.map((s) => [s.id, s]))
  const used = new Set(annotations.flatMap((a) => a.sources))
  const usedKnown = input.sources.filter((s) => used.has(s.id))
  const removed = [...used].filter((id) => !known.has(id))
  const sourceIds = [...usedKnown.map((s) => s.id), ...removed]
  const label = (id: string): string => known.get(id)?.name ?? `${id} (removed source)`
  const claims = annotations.filter((a) => a.kind === 'claim').length
  const total = `${plural(annotations.length, 'annotation')}: ${plural(claims, 'claim')}, ${plural(annotations.length - claims, 'highlight')}.`

  const tags = [...new Set(['sourcemark', ...usedKnown.map((s) => `source/${tagSlug(s.name) || s.id}`), ...removed.map((id) => `source/${id}`)])]
  const url = keptPageUrl(doc.meta.url) ?? undefined
  const out = frontMatter(doc, input.exported, url, tags, total)
  out.push(`# ${escapeInline(oneLine(doc.meta.title))}`, '')
  out.push(...coverageSection(doc.blocks, annotations, (id) => escapeInline(oneLine(label(id)))))

  // Summary.
  out.push('## Summary', '')
  if (annotations.length === 0) {
    out.push('No annotations.', '')
    return finish(out)
  }
  out.push(...countTables(annotations, sourceIds, input.sources, known, label), total, '')

  const sections: { heading: string; items: Annotation[] }[] = []
  if ((input.groupBy ?? 'document') === 'document') {
    sections.push({ heading: ANNOTATIONS, items: placed })
  } else {
    for (const id of sourceIds) sections.push({ heading: escapeInline(oneLine(label(id))), items: placed.filter((a) => a.sources.includes(id)) })
    const unsourced = placed.filter((a) => a.sources.length === 0)
    sections.push({ heading: UNATTRIBUTED_CLAIMS, items: unsourced.filter((a) => a.kind === 'claim') })
    sections.push({ heading: UNSOURCED_HIGHLIGHTS, items: unsourced.filter((a) => a.kind === 'highlight') })
  }
  sections.push({ heading: ORPHANS, items: orphans })
  const orphaned = new Set(orphans)
  const options = {
    documentId: doc.id, url, text, label,
    includeNotes: input.includeNotes ?? true,
    context: input.context ?? false,
    callouts: input.callouts ?? false,
    dates: input.dates ?? true,
  }
  for (const section of sections) {
    if (section.items.length === 0) continue
    out.push(`## ${section.heading}`, '')
    for (const a of section.items) out.push(...markdownItem(a, !orphaned.has(a), options))
  }
  return finish(out)
}

function frontMatter(doc: ArticleDocument, exported: string, url: string | undefined, tags: string[], description: string): string[] {
  const out = ['---', `title: ${yamlString(doc.meta.title)}`]
  if (url !== undefined) out.push(`source: ${yamlString(url)}`)
  if (doc.meta.author !== undefined) out.push(`author: ${yamlString(doc.meta.author)}`)
  if (doc.meta.published !== undefined) out.push(`published: ${yamlString(doc.meta.published)}`)
  if (doc.meta.publisher !== undefined) out.push(`publisher: ${yamlString(doc.meta.publisher)}`)
  out.push(`created: ${yamlString(exported)}`)
  out.push('tags:', ...tags.map((t) => `  - ${yamlString(t)}`))
  out.push('aliases:', `  - ${yamlString(oneLine(doc.meta.title))}`)
  out.push(`description: ${yamlString(description)}`)
  out.push('---', '')
  return out
}

function countTables(annotations: Annotation[], sourceIds: string[], sources: Source[], known: Map<string, Source>, label: (id: string) => string): string[] {
  const count = (list: Annotation[]): string => {
    const claims = list.filter((a) => a.kind === 'claim').length
    return `| ${claims} | ${list.length - claims} |`
  }
  const out = ['| Source | Claims | Highlights |', '| --- | ---: | ---: |']
  for (const id of sourceIds) out.push(`| ${escapeInline(oneLine(label(id)))} ${count(annotations.filter((a) => a.sources.includes(id)))}`)
  const unsourced = annotations.filter((a) => a.sources.length === 0)
  if (unsourced.length > 0) out.push(`| No source ${count(unsourced)}`)
  out.push('')
  // Relays are counted in a table of their own, apart from who said what.
  const relayed = new Set(annotations.flatMap((a) => a.via))
  const relays = [...sources.filter((s) => relayed.has(s.id)).map((s) => s.id), ...[...relayed].filter((id) => !known.has(id))]
  if (relays.length > 0) {
    out.push('| Relayed by | Claims | Highlights |', '| --- | ---: | ---: |')
    for (const id of relays) out.push(`| ${escapeInline(oneLine(label(id)))} ${count(annotations.filter((a) => a.via.includes(id)))}`)
    out.push('')
  }
  if (annotations.some((a) => new Set(a.sources).size > 1)) out.push('A claim with several sources counts under each; the total counts it once.', '')
  return out
}

function finish(lines: string[]): string {
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines.join('\n') + '\n'
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
