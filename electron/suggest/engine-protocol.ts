// What run-engine.ts and engine-worker.ts say to each other: a text with
// its paragraphs and the outlet that published it in, the engine's
// suggestions (only the fields the API uses) and the statement sentences
// out. Both are checked with zod on arrival like anything else crossing a
// boundary.

import { z } from 'zod'

// The publisher as the engine reads it: one line naming an outlet ("The
// Guardian", "New Scientist"). A document's meta allows longer text; what
// is not such a line is no publisher (the engine then reads the text alone).
const MAX_PUBLISHER = 200
const EnginePublisher = z.string().min(1).max(MAX_PUBLISHER).regex(/^[^\n\r\t]*\p{L}[^\n\r\t]*$/u, 'a publisher is one line naming an outlet')

// The publisher to hand the engine from a document's meta, or null.
export function enginePublisher(written: string | undefined): string | null {
  if (written === undefined) return null
  const line = written.replace(/\s+/g, ' ').trim()
  return EnginePublisher.safeParse(line).success ? line : null
}

const Range = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
const Span = Range.extend({ text: z.string() })

export const EngineRequest = z.object({
  id: z.number().int(),
  text: z.string(),
  paragraphs: z.array(Range.extend({ kind: z.enum(['title', 'heading', 'paragraph', 'quote', 'item']) })),
  publisher: EnginePublisher.nullable(),
})
export type EngineRequest = z.infer<typeof EngineRequest>

export const EngineSuggestion = z.object({
  content: Span,
  cue: Span,
  source: z.string(),
  sourceKind: z.enum(['outlet', 'person', 'organisation', 'document', 'anonymous']),
  via: z.string().nullable(),
  venue: z.string().nullable(),
  confidence: z.number().min(0).max(1),
})
export type EngineSuggestion = z.infer<typeof EngineSuggestion>

export const EngineReply = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('found'), id: z.number(), found: z.array(EngineSuggestion), sentences: z.array(Range) }),
  // Anything thrown: a bug, reported as one.
  z.object({ kind: z.literal('failed'), id: z.number(), message: z.string() }),
])
export type EngineReply = z.infer<typeof EngineReply>
