// The writer is never its own relay (GUIDE 6): whatever rule gave a
// sentence a relay, an outlet the publisher decision calls the writer's
// ("in an interview with the Globe" on a California Globe page, "told the
// Argus Leader" on USA TODAY's page of the Argus Leader's story) is where
// the words were given, a venue, and no relay.

import type { Publisher } from './publisher.ts'

interface Relayed { via: string | null; viaId: string | null }

export function ownVias(out: Relayed[], publisher: Publisher): void {
  if (!publisher.name) return
  for (const s of out) {
    if (s.via && publisher.isOwn(s.via)) {
      s.via = null
      s.viaId = null
    }
  }
}
