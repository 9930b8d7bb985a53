// An annotation marks a span of a document's canonical text. Its target is
// described twice, as in the W3C Web Annotation model: by position (fast,
// exact while the text is unchanged) and by quote with context (survives
// edits). Export to W3C JSON-LD is then a mapping of fields.

import { z } from 'zod'
import { DocumentId } from './document.ts'
import { SourceId } from './source.ts'

export const annotationKinds = ['highlight', 'claim'] as const
export type AnnotationKind = (typeof annotationKinds)[number]

// Offsets count UTF-16 code units in the canonical text; end is exclusive.
const TextPositionSelector = z.object({
  start: z.number().int().nonnegative().max(100_000_000),
  end: z.number().int().nonnegative().max(100_000_000),
}).refine((s) => s.start < s.end, { message: 'start must be before end' })
type TextPositionSelector = z.infer<typeof TextPositionSelector>

const TextQuoteSelector = z.object({
  exact: z.string().min(1).max(100_000),
  prefix: z.string().max(1000),
  suffix: z.string().max(1000),
})
type TextQuoteSelector = z.infer<typeof TextQuoteSelector>

export const Target = z.object({
  position: TextPositionSelector,
  quote: TextQuoteSelector,
}).refine((t) => t.position.end - t.position.start === t.quote.exact.length, {
  message: 'the quote must be as long as the position range',
})
export type Target = z.infer<typeof Target>

// The longest note, in UTF-16 code units (what a textarea's length counts).
export const NOTE_MAX = 100_000

export const AnnotationId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'an annotation id is 8-64 letters, digits, _ or -')

export const Annotation = z.object({
  id: AnnotationId,
  documentId: DocumentId,
  kind: z.enum(annotationKinds),
  target: Target,
  // Source ids, in the order the reader tagged them; the first colours it.
  sources: z.array(SourceId).max(100),
  // The outlets that passed it on ("Xi Jinping via Xinhua": sources
  // [xi-jinping], via [xinhua]), kept apart from who said it. Files from
  // before relays have none.
  via: z.array(SourceId).max(100).default([]),
  note: z.string().max(NOTE_MAX),
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
})
export type Annotation = z.infer<typeof Annotation>

// Reading order: by start; where two start together the longer (outer) one
// first, so nested spans open in order; then by age, then id, for stability.
export function byDocumentOrder(a: Annotation, b: Annotation): number {
  return a.target.position.start - b.target.position.start
    || b.target.position.end - a.target.position.end
    || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0)
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
