// The sources: listed, added, changed, removed, merged and ordered.

import { z } from 'zod'
import { Colour, Source, SourceId, SourceName, sourceKinds } from '../../model/source.ts'
import { Count, Empty } from './schema-parts.ts'

export const sourceMethods = {
  listSources: () => ({ input: Empty, output: z.array(Source) }),
  // Sources removed while annotations may still name them: their names, so
  // those show "Tass (removed)" and never an id. Not offered for tags.
  listRemovedSources: () => ({ input: Empty, output: z.array(z.object({ id: SourceId, name: SourceName })) }),
  addSource: () => ({
    input: z.strictObject({
      // Given when a removed source is put back (undo), so the annotations
      // that still name it find it again; otherwise made from the name.
      sourceId: SourceId.optional(),
      name: SourceName,
      kind: z.enum(sourceKinds).optional(),
      colour: Colour.optional(),
      aliases: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    }),
    output: Source,
  }),
  updateSource: () => ({
    input: z.strictObject({
      sourceId: SourceId,
      name: SourceName.optional(),
      kind: z.enum(sourceKinds).optional(),
      colour: Colour.optional(),
      aliases: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    }),
    output: Source,
  }),
  // Annotations keep their reference; they show it as a removed source.
  removeSource: () => ({ input: z.strictObject({ sourceId: SourceId }), output: z.object({ removed: z.boolean() }) }),
  // Two sources that are one: every annotation naming `from` (who said it
  // or who relayed it, in every document, the trash's too) names `into`
  // instead; `from`'s name and aliases become aliases of `into`, and `from`
  // is removed. Answers how many annotations, in how many documents, moved.
  mergeSources: () => ({
    input: z.strictObject({ from: SourceId, into: SourceId }),
    output: z.object({ annotations: Count, documents: Count, source: Source }),
  }),
  // The sources in this order (the number keys 1-9 follow it): exactly the
  // ids there are, each once.
  orderSources: () => ({
    input: z.strictObject({ order: z.array(SourceId).max(10_000) }),
    output: z.array(Source),
  }),
} as const
