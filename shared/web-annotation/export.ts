// Annotations -> W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).
//
// A pure mapping. The output is one AnnotationCollection whose first (and
// only) AnnotationPage holds one Annotation per Sourcemark annotation:
//
//   motivation  "highlighting" for a highlight, "classifying" for a claim.
//               A claim marks the passage as being of a kind (a claim
//               attributed to a source); the W3C vocabulary's word for "the
//               target is of a particular type" is classifying. "assessing"
//               would say the reader judged the passage, which a claim does
//               not; "tagging" is already the purpose of the source bodies
//               and would make claims and tagged highlights look alike. An
//               importer tells them apart by motivation alone.
//   body        one TextualBody per tagged source (purpose "tagging", value =
//               the source's current name, or its id for a removed source;
//               its id urn:sourcemark:source:<id> keeps the link across
//               renames), then one per relay (the outlet that passed the
//               claim on: "Xi Jinping via Xinhua"), also purpose "tagging"
//               so that any reader shows it as a tag, its value "via
//               <name>" and its id urn:sourcemark:via:<id>, which says the
//               role; then the note as a TextualBody with purpose
//               "commenting" if it is not blank. With neither, there is no
//               body at all: the model allows an annotation without one.
//   target      a SpecificResource: source = the article's URL, or
//               urn:sourcemark:document:<id> when it has none, with a
//               TextQuoteSelector and a TextPositionSelector.
//
// Positions. The selectors apply to the document's canonical text (see
// model/document.ts): blocks joined by a blank line, no title, no markup.
// Sourcemark counts offsets in UTF-16 code units; the W3C model says a
// TextPositionSelector's selection "MUST be in terms of unicode code points
// (the 'character number'), not in terms of code units". So start and end
// are converted: each surrogate pair before an offset counts once. For text
// without characters outside the Basic Multilingual Plane (almost all news,
// Chinese included) the numbers are identical.

import { canonicalText, type ArticleDocument } from '../model/document.ts'
import type { Annotation } from '../model/annotation.ts'
import type { Source } from '../model/source.ts'
import { placeEach } from '../anchoring/place.ts'
import { codePointOffsets } from '../text/code-points.ts'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
export const CLAIM_MOTIVATION = 'classifying'
export const HIGHLIGHT_MOTIVATION = 'highlighting'

export interface WebAnnotationExportInput {
  document: ArticleDocument
  annotations: Annotation[]
  sources: Source[]
  exported: string // ISO date-time of the export
  baseUri?: string // e.g. "https://example.org/notes/"; collection and page ids hang off it
}

export interface WebTextualBody {
  id?: string
  type: 'TextualBody'
  purpose: 'tagging' | 'commenting'
  value: string
  format: 'text/plain'
}

export interface WebAnnotation {
  '@context'?: string
  id: string
  type: 'Annotation'
  motivation: string
  created: string
  modified: string
  generated: string
  body?: WebTextualBody[]
  target: {
    source: string
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }
}

export interface WebAnnotationCollection {
  '@context': string
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  generated: string
  first: {
    id: string
    type: 'AnnotationPage'
    startIndex: 0
    items: WebAnnotation[]
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
// An absolute URI: a scheme, then no whitespace, quotes or angle brackets.
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>\\^`{|}]+$/

export function annotationUri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:sourcemark:annotation:${id}`
}

export function sourceUri(id: string): string {
  return `urn:sourcemark:source:${id}`
}

// A relay's body id: the same source, in the role of the outlet that passed it on.
export function viaUri(id: string): string {
  return `urn:sourcemark:via:${id}`
}

export const VIA_PREFIX = 'via '

export function documentUri(article: ArticleDocument): string {
  const url = article.meta.url?.trim()
  return url && ABSOLUTE_URI.test(url) ? url : `urn:sourcemark:document:${article.id}`
}

export function toWebAnnotations(input: WebAnnotationExportInput): WebAnnotationCollection {
  // `article`, not `document`: shared/ must not even look like it uses the DOM.
  const { document: article, annotations, sources, exported } = input
  const names = new Map(sources.map((s) => [s.id, s.name]))
  const text = canonicalText(article.blocks)
  const toCodePoints = codePointOffsets(text)
  // Where the reader paints them (anchoring/place.ts); an orphan keeps its
  // stored selectors, so an import can try to anchor it again.
  const now = placeEach(text, annotations)
  const target = documentUri(article)

  const items = annotations.map((stored, i): WebAnnotation => {
    const a = now[i] ?? stored
    const body: WebTextualBody[] = a.sources.map((id) => ({
      id: sourceUri(id),
      type: 'TextualBody',
      purpose: 'tagging',
      value: names.get(id) ?? id,
      format: 'text/plain',
    }))
    for (const id of a.via) {
      body.push({ id: viaUri(id), type: 'TextualBody', purpose: 'tagging', value: `${VIA_PREFIX}${names.get(id) ?? id}`, format: 'text/plain' })
    }
    if (a.note.trim() !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' })
    const { position, quote } = a.target
    return {
      id: annotationUri(a.id),
      type: 'Annotation',
      motivation: a.kind === 'claim' ? CLAIM_MOTIVATION : HIGHLIGHT_MOTIVATION,
      created: a.created,
      modified: a.modified,
      generated: exported,
      ...(body.length > 0 ? { body } : {}),
      target: {
        source: target,
        selector: [
          { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
          { type: 'TextPositionSelector', start: toCodePoints(position.start), end: toCodePoints(position.end) },
        ],
      },
    }
  })

  const collectionId = input.baseUri
    ? `${input.baseUri.replace(/\/*$/, '/')}${article.id}/annotations`
    : `urn:sourcemark:annotations:${article.id}`
  return {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: article.meta.title,
    total: items.length,
    generated: exported,
    first: {
      id: input.baseUri ? `${collectionId}/page/1` : `${collectionId}:page:1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  }
}
