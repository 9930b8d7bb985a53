// "Trudeau talked with former bank governor ..., newspaper says" in a
// Reuters story that later writes "the Globe and Mail reported": an outlet
// role noun ("newspaper", "the paper", "the daily") is never the story's
// own writer, who does not speak of itself as a third party (GUIDE 6: the
// writer is no source or relay of its own text). When the role reached the
// publisher, the outlet it stands for is the first other outlet the story
// has speak or relay below it; with none, the suggestion is left as it was.
// And "according to the Financial Times. ... According to the report": a
// bare "report" no text named before stands for is the outlet that reported
// last above it (GUIDE 7: an outlet's report is the outlet).

import type { Publisher } from './publisher.ts'

interface Said { source: string; sourceKind: string; sourceId: string | null; via: string | null; cue: { text: string; start: number; end: number } }

// The bare text nouns left unresolved ("report" as its own name).
const BARE_TEXT = /^(?:report|story)$/

// The nouns a story uses for another outlet.
const ROLE = /\b(?:newspaper|paper|daily|tabloid|weekly|magazine|broadcaster|channel|network)\b/i
// How far below the role the outlet is looked for.
const FAR = 3000

export function outletRoles(out: Said[], publisher: Publisher, match: (name: string) => string | null): void {
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!
    if (s.sourceKind !== 'document' || !BARE_TEXT.test(s.source)) continue
    const outlet = earlierOutlet(out, i)
    if (outlet) { s.source = outlet; s.sourceKind = 'outlet'; s.sourceId = match(outlet) }
  }
  if (!publisher.name) return
  // (The outlet found is kept: every role noun reaching the writer stands for it, above or below it.)
  let found: string | null = null
  const roles: Said[] = []
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!
    if (s.sourceKind === 'outlet' && publisher.isOwn(s.source) && ROLE.test(s.cue.text) && !s.cue.text.includes(s.source)) {
      roles.push(s)
      found ??= laterOutlet(out, i, publisher)
    }
  }
  if (!found) return
  for (const s of roles) { s.source = found; s.sourceId = match(found) }
}

function laterOutlet(out: readonly Said[], i: number, publisher: Publisher): string | null {
  const at = out[i]!.cue.end
  for (let j = i + 1; j < out.length; j++) {
    const b = out[j]!
    if (b.cue.start - at > FAR) return null
    if (b.sourceKind === 'outlet' && !publisher.isOwn(b.source)) return b.source
    if (b.via && !publisher.isOwn(b.via)) return b.via
  }
  return null
}

// The outlet that spoke or relayed last above suggestion i, within FAR.
function earlierOutlet(out: readonly Said[], i: number): string | null {
  const at = out[i]!.cue.start
  for (let j = i - 1; j >= 0; j--) {
    const b = out[j]!
    if (at - b.cue.end > FAR) return null
    if (b.sourceKind === 'outlet') return b.source
    if (b.via) return b.via
  }
  return null
}
