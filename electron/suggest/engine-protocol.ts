// What run-engine.ts and engine-worker.ts say to each other: a text with
// its paragraphs in, the engine's suggestions (only the fields the API
// uses) and the statement sentences out. The reply is checked with zod on
// arrival like anything else crossing a boundary.

import { z } from 'zod'
import type { Paragraph } from '../../shared/attribution/sentences.ts'

export interface EngineRequest {
  id: number
  text: string
  paragraphs: Paragraph[]
}

const Span = z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
const Range = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })

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
