// What run-import.ts and import-worker.ts say to each other. The reply is
// checked with zod on arrival like anything else crossing a boundary.

import { z } from 'zod'
import { ArticleDraft } from '../../shared/model/document.ts'

export interface WorkerRequest {
  name: string
  bytes: Uint8Array
  // Take the whole web page, not the part that looks like the article.
  wholePage: boolean
}

export const WorkerReply = z.discriminatedUnion('kind', [
  // Not an answer yet: the file passed the checks that need no clock, and
  // its reading starts (the parent starts the deadline then).
  z.object({ kind: z.literal('checked') }),
  // The draft, and what the user should know about how it was made
  // (importFileReport's report).
  z.object({
    kind: z.literal('draft'),
    draft: ArticleDraft,
    unsure: z.string().max(1000).optional(),
    assumedEncoding: z.string().max(100).optional(),
  }),
  // An ImportError: a sentence for the user.
  z.object({ kind: z.literal('refused'), message: z.string() }),
  // Anything else thrown: a bug, reported as one.
  z.object({ kind: z.literal('failed'), message: z.string() }),
])
export type WorkerReply = z.infer<typeof WorkerReply>
