// One document with its annotations as a standalone HTML page: the article
// with highlights coloured by source, a legend, and numbered notes below it.
// It opens offline in any browser and prints well.
//
// Decisions:
// - Self-contained and inert: no script, no external resource, no url() in
//   the CSS, and a CSP meta (default-src 'none'; style-src 'unsafe-inline')
//   so that even a bug here cannot make the page load anything. The only
//   links are same-page fragments (#note-N, #ref-N).
// - Links in the article are not clickable: the link text is a <span> with
//   the URL in a data-url attribute (escaped), which CSS prints after the
//   text in parentheses (::after content), so the URL is visible on screen
//   and paper while the page's text stays exactly the canonical text.
// - Every piece of user text is escaped (& < > " '), in text and attributes.
//   CSS only ever receives class names we make up (s0, s1, ...) and colours
//   that pass /^#[0-9a-f]{6}$/i; anything else is the neutral grey.
// - Painting: each block is split at every annotation and inline-mark
//   boundary; each piece is wrapped in one <mark> per covering annotation
//   (nested, document order outermost), inside the inline marks. The first
//   source colours an annotation; no source or a removed source is neutral.
//   Claims are tinted and underlined in the colour, highlights are a
//   stronger tint without underline, so they differ in print without colour.
// - Each painted annotation gets a numbered <sup> reference right after its
//   end (at the end of the block when it ends in the blank line between
//   blocks), linking to the notes list below the article (quote, kind,
//   sources, note), numbered in document order.
// - An annotation whose position no longer holds its quote
//   (text.slice(start, end) !== quote.exact) is not painted; it is listed
//   under "Orphans". Annotations of another document are left out.
// - The legend lists the sources tagging at least one annotation (given
//   order, then removed ones, then "No source"), then the relays ("via
//   Xinhua", counted apart), with claim and highlight counts over all of
//   the document's annotations, orphans included. A note's sources line
//   reads "Source: Xi Jinping via Xinhua".

import { byDocumentOrder, type Annotation } from '../model/annotation.ts'
import { blockOffsets, canonicalText, type ArticleDocument, type Block, type InlineMark } from '../model/document.ts'
import type { Source } from '../model/source.ts'
import { placeAnnotations } from '../anchoring/place.ts'
import { keptHref } from '../links/policy.ts'

export interface HtmlExportInput {
  document: ArticleDocument
  annotations: Annotation[]
  sources: Source[]
  // When the export was made, written as given (an ISO date-time).
  exported: string
}

const NEUTRAL = '#8a8a8a'
const HEX = /^#[0-9a-f]{6}$/i

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

export function toHtml(input: HtmlExportInput): string {
  const article = input.document
  const text = canonicalText(article.blocks)
  // Where the reader paints them; the rest are orphans (anchoring/place.ts).
  const { placed, orphans } = placeAnnotations(text, input.annotations.filter((a) => a.documentId === article.id))
  const painted = placed.sort(byDocumentOrder)
  orphans.sort(byDocumentOrder)
  const annotations = [...painted, ...orphans]
  const number = new Map(painted.map((a, i) => [a, i + 1]))

  // Classes and colours: s1.. for known sources in the given order, s0 neutral.
  const known = new Map(input.sources.map((s, i) => [s.id, { source: s, cls: `s${i + 1}` }]))
  const classOf = (a: Annotation): string => (a.sources.length > 0 && known.get(a.sources[0]!)?.cls) || 's0'
  const label = (id: string): string => known.get(id)?.source.name ?? `${id} (removed source)`

  const used = new Set(annotations.flatMap((a) => a.sources))
  const usedKnown = input.sources.filter((s) => used.has(s.id))
  const removed = [...used].filter((id) => !known.has(id))
  const relayed = new Set(annotations.flatMap((a) => a.via))
  const relays = [...input.sources.filter((s) => relayed.has(s.id)).map((s) => s.id), ...[...relayed].filter((id) => !known.has(id))]

  const css = [STYLE, colourRule('s0', NEUTRAL)]
  for (const s of input.sources.filter((s) => used.has(s.id) || relayed.has(s.id))) {
    css.push(colourRule(known.get(s.id)!.cls, HEX.test(s.colour) ? s.colour : NEUTRAL))
  }

  const out: string[] = []
  out.push('<!doctype html>', '<html>', '<head>', '<meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(article.meta.title)}</title>`,
    `<style>\n${css.join('\n')}\n</style>`, '</head>', '<body>')

  // Header.
  out.push('<header>')
  if (!article.blocks.some((b) => b.type === 'title')) out.push(`<h1>${escapeHtml(article.meta.title)}</h1>`)
  const byline = [article.meta.author, article.meta.publisher, article.meta.published].filter((v): v is string => !!v)
  if (byline.length > 0) out.push(`<p class="byline">${byline.map(escapeHtml).join(' · ')}</p>`)
  if (article.meta.url) out.push(`<p class="url">${escapeHtml(article.meta.url)}</p>`)
  out.push(`<p class="exported">Exported ${escapeHtml(input.exported)}</p>`, '</header>')

  // Legend.
  const count = (list: Annotation[]): string => {
    const claims = list.filter((a) => a.kind === 'claim').length
    return `${plural(claims, 'claim')}, ${plural(list.length - claims, 'highlight')}`
  }
  out.push('<section class="legend">', '<h2>Legend</h2>', '<ul>')
  const entries: { cls: string; name: string; list: Annotation[] }[] = [
    ...usedKnown.map((s) => ({ cls: known.get(s.id)!.cls, name: s.name, list: annotations.filter((a) => a.sources.includes(s.id)) })),
    ...removed.map((id) => ({ cls: 's0', name: label(id), list: annotations.filter((a) => a.sources.includes(id)) })),
    { cls: 's0', name: 'No source', list: annotations.filter((a) => a.sources.length === 0) },
    // Relays, counted apart from the sources: "via Xinhua".
    ...relays.map((id) => ({ cls: known.get(id)?.cls ?? 's0', name: `via ${label(id)}`, list: annotations.filter((a) => a.via.includes(id)) })),
  ]
  for (const e of entries) {
    if (e.list.length === 0) continue
    out.push(`<li><span class="swatch ${e.cls}"></span> <span class="name">${escapeHtml(e.name)}</span> <span class="count">${count(e.list)}</span></li>`)
  }
  out.push('</ul>', '<p class="key"><mark class="claim s0">claim</mark> <mark class="highlight s0">highlight</mark></p>', '</section>')

  // Article.
  out.push('<article>')
  const starts = blockOffsets(article.blocks)
  article.blocks.forEach((block, i) => {
    const start = starts[i]!
    const next = starts[i + 1] ?? Infinity
    const tag = block.type === 'title' ? 'h1' : block.type === 'heading' ? `h${Math.min(6, Math.max(2, block.level ?? 2))}` : 'p'
    const inBlock = painted.filter((a) => a.target.position.start < start + block.text.length && a.target.position.end > start)
    // References hosted here: annotations ending in this block or in the blank line after it.
    const refs = painted.filter((a) => a.target.position.end > start && a.target.position.end <= next)
    out.push(`<${tag}>${renderBlock(block, start, inBlock, refs, number, classOf)}</${tag}>`)
  })
  out.push('</article>')

  // Notes.
  if (painted.length > 0) {
    out.push('<section class="notes">', '<h2>Notes</h2>', '<ol>')
    for (const a of painted) {
      const n = number.get(a)!
      out.push(`<li id="note-${n}">${noteBody(a, classOf(a), label)} <a class="back" href="#ref-${n}">↩</a></li>`)
    }
    out.push('</ol>', '</section>')
  }
  if (orphans.length > 0) {
    out.push('<section class="orphans">', '<h2>Orphans</h2>',
      '<p>These annotations no longer match the text and are not shown in the article.</p>', '<ul>')
    for (const a of orphans) out.push(`<li>${noteBody(a, classOf(a), label)}</li>`)
    out.push('</ul>', '</section>')
  }
  out.push('</body>', '</html>')
  return out.join('\n') + '\n'
}

function renderBlock(
  block: Block, start: number, inBlock: Annotation[], refs: Annotation[],
  number: Map<Annotation, number>, classOf: (a: Annotation) => string,
): string {
  const length = block.text.length
  const local = (offset: number): number => Math.min(length, Math.max(0, offset - start))
  const marks = block.marks ?? []
  const cuts = new Set([0, length])
  for (const m of marks) cuts.add(Math.min(m.from, length)).add(Math.min(m.to, length))
  for (const a of inBlock) cuts.add(local(a.target.position.start)).add(local(a.target.position.end))
  const points = [...cuts].sort((x, y) => x - y)

  let html = ''
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!
    const to = points[k + 1]!
    let piece = escapeHtml(block.text.slice(from, to))
    const covering = inBlock.filter((a) => local(a.target.position.start) <= from && local(a.target.position.end) >= to)
    for (let j = covering.length - 1; j >= 0; j--) {
      const a = covering[j]!
      piece = `<mark class="${a.kind} ${classOf(a)}">${piece}</mark>`
    }
    for (const type of ['em', 'strong', 'link', 'dateline'] as const) {
      const mark = marks.find((m) => m.type === type && m.from <= from && m.to >= to)
      if (mark) piece = wrapMark(mark, piece, mark.to <= to)
    }
    html += piece
    for (const a of refs) {
      if (local(a.target.position.end) !== to) continue
      const n = number.get(a)!
      html += `<sup class="ref"><a id="ref-${n}" href="#note-${n}">${n}</a></sup>`
    }
  }
  return html
}

function wrapMark(mark: InlineMark, inner: string, last: boolean): string {
  if (mark.type === 'em') return `<em>${inner}</em>`
  if (mark.type === 'strong') return `<strong>${inner}</strong>`
  if (mark.type === 'dateline') return `<span class="dateline">${inner}</span>`
  // Links: the URL is shown (by CSS) once, after the link's last piece.
  const href = last ? keptHref(mark.href) : null
  if (href !== null) return `<span class="link" data-url="${escapeHtml(href)}">${inner}</span>`
  return `<span class="link">${inner}</span>`
}

function noteBody(a: Annotation, cls: string, label: (id: string) => string): string {
  const names = [...new Set(a.sources)].map((id) => escapeHtml(label(id)))
  const via = [...new Set(a.via)].map((id) => escapeHtml(label(id)))
  const sources = (names.length === 0 ? 'No source' : `${names.length === 1 ? 'Source' : 'Sources'}: ${names.join(', ')}`)
    + (via.length > 0 ? ` via ${via.join(', ')}` : '')
  const note = a.note.trim() === '' ? '' : `<div class="note">${escapeHtml(a.note)}</div>`
  return `<blockquote><mark class="${a.kind} ${cls}">${escapeHtml(a.target.quote.exact)}</mark></blockquote>`
    + `<p class="meta"><strong>${a.kind === 'claim' ? 'Claim' : 'Highlight'}</strong> · ${sources}</p>${note}`
}

function colourRule(cls: string, hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return `mark.${cls},.swatch.${cls}{border-color:${hex}}`
    + ` mark.claim.${cls}{background:rgba(${r},${g},${b},0.18)}`
    + ` mark.highlight.${cls},.swatch.${cls}{background:rgba(${r},${g},${b},0.42)}`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

const STYLE = `*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font:17px/1.6 Georgia,"Times New Roman","Songti SC","SimSun",serif;color:#1a1a1a;background:#fff;max-width:42em;margin:2em auto;padding:0 1em}
header h1,article h1{font-size:1.7em;line-height:1.25}
.byline,.url,.exported{color:#555;margin:.2em 0;font-size:.9em;overflow-wrap:anywhere}
article h1,article h2,article h3,article h4,article h5,article h6,article p{white-space:pre-wrap}
mark{color:inherit;background:transparent;padding:0 .05em;border-radius:2px}
mark.claim{border-bottom:2px solid}
mark mark.claim{border-bottom-style:double;border-bottom-width:3px}
.legend{border:1px solid #ddd;border-radius:4px;padding:.5em 1em;margin:1.5em 0;font-size:.9em}
.legend h2,.notes h2,.orphans h2{font-size:1.1em}
.legend ul{list-style:none;padding:0;margin:.3em 0}
.legend li{display:inline-block;margin-right:1.5em}
.swatch{display:inline-block;width:.9em;height:.9em;border:1px solid;vertical-align:-.1em}
.count{color:#555}
.dateline{font-variant:small-caps;font-weight:bold}
.link{text-decoration:underline dotted}
.link[data-url]::after{content:" (" attr(data-url) ")";color:#555;font-size:.85em;overflow-wrap:anywhere}
sup.ref{font-size:.7em;line-height:0}
sup.ref a,a.back{color:#555;text-decoration:none}
.notes,.orphans{border-top:1px solid #ccc;margin-top:2em;font-size:.92em}
.notes li,.orphans li{margin-bottom:1em}
blockquote{margin:.2em 0;white-space:pre-wrap}
.meta{margin:.2em 0;color:#333}
.note{white-space:pre-wrap;margin:.2em 0;padding-left:.8em;border-left:3px solid #ddd}
@media print{
body{max-width:none;margin:0;padding:0;font-size:11pt}
@page{margin:2cm}
.legend{break-inside:avoid}
.notes li,.orphans li,blockquote{break-inside:avoid}
a.back{display:none}
h1,h2,h3,h4,h5,h6{break-after:avoid}
}`
