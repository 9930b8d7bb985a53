// "..., a source said. [next paragraph] ..., the source, who spoke to people
// inside, told Reuters.": an unnamed source first quoted with no outlet, and
// met again in the next paragraph as "the source" telling an outlet, spoke to
// that outlet; the earlier words are known only through it too (GUIDE 5).
// Only the next attribution of the same unnamed source counts, and only an
// interview the outlet relays ("told Reuters": venue and relay the same).

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'

export function unnamedRelays(own: (Attribution | null)[], paraOf: (i: number) => number): void {
  const next = new Map<string, { via: string | null; para: number }>()
  for (let i = own.length - 1; i >= 0; i--) {
    const a = own[i]
    if (!a) continue
    const later = next.get(a.source)
    if (a.kind === 'anonymous' && !a.via && !a.venue && later?.via && later.para <= paraOf(i) + 1) own[i] = { ...a, via: later.via }
    const s = a.main.speaker
    const told = a.via !== null && a.venue !== null && fold(a.venue) === fold(a.via) && (s?.type === 'role' || s?.type === 'anonymous' && s.definite === true)
    next.set(a.source, { via: told ? a.via : null, para: paraOf(i) })
  }
}
