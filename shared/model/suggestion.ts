// An attribution suggestion as it crosses the API: who said what, where,
// matched against the library's sources. Suggestions are never annotations
// until a reader accepts one (with addSource and createAnnotation); a
// rejected one is remembered by its key in the document's file.

import { z } from 'zod'
import { Target } from './annotation.ts'
import { SourceId, SourceName, sourceKinds } from './source.ts'

// Stable while the text is unchanged: it is made from the content's range,
// the source and the relay, never from a counter or the time.
export const SuggestionKey = z.string().regex(/^sg-[0-9a-f]{16}$/, 'a suggestion key is sg- and 16 hex digits')
export type SuggestionKey = z.infer<typeof SuggestionKey>

// A document remembers at most this many rejections.
export const MAX_REJECTED = 100_000

const suggestedKinds = ['outlet', 'person', 'organisation', 'document', 'anonymous'] as const

const Span = z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })

// Either an existing library source or one to add when the reader accepts.
export const SourceMatch = z.union([
  z.object({ sourceId: SourceId }),
  z.object({ proposed: z.object({ name: SourceName, kind: z.enum(sourceKinds) }) }),
])
export type SourceMatch = z.infer<typeof SourceMatch>

export const Suggestion = z.object({
  key: SuggestionKey,
  // Offsets count UTF-16 code units in the document's canonical text.
  content: Span,
  cue: Span,
  source: z.string(),
  sourceKind: z.enum(suggestedKinds),
  via: z.string().nullable(),
  venue: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  sourceMatch: SourceMatch,
  viaMatch: SourceMatch.nullable(),
  // The content as createAnnotation takes it (position and quote with context).
  target: Target,
})
export type Suggestion = z.infer<typeof Suggestion>

export function suggestionKey(start: number, end: number, source: string, via: string | null): SuggestionKey {
  const text = `${start}:${end}:${source}\u0000${via ?? ''}`
  return `sg-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193 ^ 0x5bd1e995)}`
}

// 32-bit FNV-1a over UTF-16 code units, as 8 hex digits.
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
