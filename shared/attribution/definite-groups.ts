// "U.S. Officials said ... The officials said ...", "Egyptian officials said
// ... One official said ... The officials said": a group named again with
// "the" and its bare noun is the group named before with that noun (GUIDE 4:
// role nouns resolve to the entity named before), not a new bare group nor
// the one member who spoke last. Read over the finished suggestions in text
// order, so the group's name is its final form ("U.S. officials (anonymous)").

import type { Named } from './name-form.ts'

interface Cued extends Named { cue: { text: string } }

const GROUP = /^(.+ )?(\p{Ll}+s) \((?:anonymous|unnamed)\)$/u
const MEMBER = /^(.+ )?(\p{Ll}+) \((?:anonymous|unnamed)\)$/u

export function definiteGroups(out: Cued[], match: (name: string) => string | null): void {
  // The last group named, by its noun ("officials" -> "U.S. officials (anonymous)"; not "other officials").
  const last = new Map<string, string>()
  for (const s of out) {
    const again = /(?:^|\s)[Tt]he (\p{Ll}+s)\b/u.exec(s.cue.text)?.[1]
    const group = s.sourceKind === 'anonymous' ? GROUP.exec(s.source) : null
    if (again && s.sourceKind === 'anonymous' && last.has(again) && names(s.source, again)) {
      const named = last.get(again)!
      if (named !== s.source) { s.source = named; s.sourceId = match(named) }
      continue
    }
    if (group && !/^(?:other|some|many|several|two|three|four|five)\b/i.test(group[1] ?? '')) last.set(group[2]!, s.source)
  }
}

// Whether `source` is the bare group ("officials (anonymous)") or one member of it ("Egyptian official (anonymous)").
function names(source: string, plural: string): boolean {
  const group = GROUP.exec(source)
  if (group) return group[2] === plural && !group[1]
  const member = MEMBER.exec(source)
  return member !== null && `${member[2]}s` === plural
}
