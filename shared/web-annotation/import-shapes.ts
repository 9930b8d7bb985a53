// The shapes an annotation file's parts are read with (zod): W3C Web
// Annotations and their containers, the Hypothesis API's annotations and
// exports, and the ids Sourcemark writes in them.

import { z } from 'zod'

export const SOURCE_URN = 'urn:sourcemark:source:'
export const VIA_URN = 'urn:sourcemark:via:'
export const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i
export const ANNOTATION_URN = 'urn:sourcemark:annotation:'

function oneOrMany<T extends z.ZodType>(item: T) {
  return z.union([z.array(item), item]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[])
}

const Selector = z.looseObject({ type: z.string() })
export const QuoteSelector = z.object({
  exact: z.string().min(1, 'the quote is empty').max(100_000),
  prefix: z.string().max(1000).optional(),
  suffix: z.string().max(1000).optional(),
})
export const PositionSelector = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
export const SpecificResource = z.looseObject({ source: z.string().optional(), selector: oneOrMany(Selector).optional() })

const Body = z.union([
  z.string(), // a body by reference: nothing to import
  z.looseObject({
    id: z.string().optional(),
    purpose: oneOrMany(z.string()).optional(),
    value: z.string().max(100_000).optional(),
  }),
])

export const W3CAnnotation = z.looseObject({
  id: z.string().optional(),
  motivation: oneOrMany(z.string()).optional(),
  body: oneOrMany(Body).optional(),
  bodyValue: z.string().max(100_000).optional(),
  target: oneOrMany(z.union([z.string(), SpecificResource])),
  created: z.string().optional(),
  modified: z.string().optional(),
})

// What Sourcemark's own Hypothesis export adds (hypothesis.ts): tags
// cannot tell a claim without a source from a highlight with one.
export const SourcemarkExtra = z.object({
  kind: z.enum(['claim', 'highlight']),
  sources: z.array(z.string().max(200)).max(1000),
  via: z.array(z.string().max(200)).max(1000),
  offsets: z.literal('code-points'),
})

export const HypothesisAnnotation = z.looseObject({
  id: z.string().optional(),
  sourcemark: z.unknown().optional(),
  text: z.string().max(100_000).optional(),
  tags: z.array(z.string()).optional(),
  target: z.array(SpecificResource),
  created: z.string().optional(),
  updated: z.string().optional(),
})

const Items = z.array(z.unknown())
export const HypothesisExport = z.looseObject({ annotations: Items })
export const HypothesisRows = z.looseObject({ rows: Items })
export const Page = z.looseObject({ items: Items })
export const Collection = z.looseObject({ first: z.union([z.string(), Page]).optional(), items: Items.optional() })
