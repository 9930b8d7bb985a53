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
//               its id urn:sourcemark:source:<id>#<name hash> keeps the link
//               across renames in its stable part, and gives each name its
//               own IRI, so exports made before and after a rename never
//               say one IRI has two values), then one per relay (the outlet that passed the
//               claim on: "Xi Jinping via Xinhua"), also purpose "tagging"
//               so that any reader shows it as a tag, its value "via
//               <name>" and its id urn:sourcemark:via:<id>, which says the
//               role (with the same name hash); then the note as a
//               TextualBody with purpose "commenting" if it is not blank.
//               With neither, there is no body at all: the model allows an
//               annotation without one. Text bodies carry the document's
//               language when it is known.
//   target      a SpecificResource: source = the article's URL, or
//               urn:sourcemark:document:<id> when it has none, with a
//               TextQuoteSelector and a TextPositionSelector. With a URL,
//               scope keeps the stable urn:sourcemark:document:<id>.
//   creator     the reader (a Person; named when a name is given);
//   generator   Sourcemark (Software).
//
// Items are in reading order (where the reader paints them), orphans last.
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
import { byDocumentOrder } from '../model/annotation.ts'

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
export const CLAIM_MOTIVATION = 'classifying'
export const HIGHLIGHT_MOTIVATION = 'highlighting'

export interface WebAnnotationExportInput {
  document: ArticleDocument
  annotations: Annotation[]
  sources: Source[]
  exported: string // ISO date-time of the export
  baseUri?: string // e.g. "https://example.org/notes/"; collection and page ids hang off it
  creatorName?: string // the reader's name, when they gave one
}

const GENERATOR = { id: 'urn:sourcemark:app', type: 'Software', name: 'Sourcemark' } as const

interface WebTextualBody {
  id?: string
  type: 'TextualBody'
  purpose: 'tagging' | 'commenting'
  value: string
  format: 'text/plain'
  language?: string
}

export interface WebAnnotation {
  '@context'?: string
  id: string
  type: 'Annotation'
  motivation: string
  created: string
  modified: string
  generated: string
  creator: { type: 'Person'; name?: string }
  generator: typeof GENERATOR
  body?: WebTextualBody[]
  target: {
    source: string
    scope?: string
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

function annotationUri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:sourcemark:annotation:${id}`
}

// A source's body id: its stable id, then a hash of the name it has in
// this export (FNV-1a, 32 bits, hex), so that one IRI never has two names.
export function sourceUri(id: string, name?: string): string {
  return `urn:sourcemark:source:${id}${name === undefined ? '' : `#${nameHash(name)}`}`
}

// A relay's body id: the same source, in the role of the outlet that passed it on.
export function viaUri(id: string, name?: string): string {
  return `urn:sourcemark:via:${id}${name === undefined ? '' : `#${nameHash(name)}`}`
}

function nameHash(name: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}

function documentUrn(id: string): string {
  return `urn:sourcemark:document:${id}`
}

export const VIA_PREFIX = 'via '

export function documentUri(article: ArticleDocument): string {
  const url = article.meta.url?.trim()
  return url && ABSOLUTE_URI.test(url) ? url : documentUrn(article.id)
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
  const scope = target === documentUrn(article.id) ? {} : { scope: documentUrn(article.id) }
  const language = article.meta.language !== undefined ? { language: article.meta.language } : {}
  const creator = { type: 'Person' as const, ...(input.creatorName ? { name: input.creatorName } : {}) }
  // Reading order: placed ones by where they stand now, orphans after.
  const placed = annotations.flatMap((_, i) => (now[i] ? [now[i]] : []))
  const orphans = annotations.filter((_, i) => !now[i])
  const ordered = [...placed.sort(byDocumentOrder), ...[...orphans].sort(byDocumentOrder)]

  const items = ordered.map((a): WebAnnotation => {
    const body: WebTextualBody[] = a.sources.map((id) => {
      const name = names.get(id) ?? id
      return { id: sourceUri(id, name), type: 'TextualBody', purpose: 'tagging', value: name, format: 'text/plain', ...language }
    })
    for (const id of a.via) {
      const name = names.get(id) ?? id
      body.push({ id: viaUri(id, name), type: 'TextualBody', purpose: 'tagging', value: `${VIA_PREFIX}${name}`, format: 'text/plain', ...language })
    }
    if (a.note.trim() !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain', ...language })
    const { position, quote } = a.target
    return {
      id: annotationUri(a.id),
      type: 'Annotation',
      motivation: a.kind === 'claim' ? CLAIM_MOTIVATION : HIGHLIGHT_MOTIVATION,
      created: a.created,
      modified: a.modified,
      generated: exported,
      creator,
      generator: GENERATOR,
      ...(body.length > 0 ? { body } : {}),
      target: {
        source: target,
        ...scope,
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
