// "a briefing by Russian presidential spokesman Dmitry Peskov ... the key
// statements of the Kremlin representative": a body's role noun that no one
// was given with the body's name is the one person in reach who holds the
// role under another noun, when his titles name no other body (a "White
// House spokesman" is not "the Pentagon spokesman"). With two, neither.

import type { Entity } from './entity.ts'
import { DEMONYMS, PERSON_ROLES } from './lexicon.ts'
import { hasRole } from './role-synonyms.ts'

// Title words that place a holder without naming a body.
const PLAIN = new Set(['presidential', 'press', 'senior', 'top', 'chief', 'official', 'government', 'state', 'federal', 'national'])
const plain = (w: string) => PERSON_ROLES.has(w) || DEMONYMS.has(w) || PLAIN.has(w)

export function soleHolder(recent: readonly Entity[], head: string, ok: (e: Entity) => boolean): Entity | null {
  let found: Entity | null = null
  for (const e of recent) {
    // (Only by another noun for his title: the same noun with another body's name is that body's holder,
    // "White House spokesman X ... the Pentagon spokesman said".)
    if (e.kind !== 'person' || e.roles.has(head) || !hasRole(e.roles, head) || !ok(e)) continue
    if (found) return null
    found = e
  }
  return found && [...found.roles].every(plain) ? found : null
}
