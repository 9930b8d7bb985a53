// A state body named after its state, as state media spell it out: "the
// Foreign Ministry of the Democratic People's Republic of Korea", then "the
// Foreign Ministry of the DPRK". The label conventions name it with the
// initials first, as the agency's own headlines do ("Statement of
// Spokesperson for DPRK Foreign Ministry"): `DPRK Foreign Ministry`,
// `DPRK Foreign Ministry spokesperson (anonymous)`, and a unit of the body
// keeps its own words: `External Policy Office of the DPRK Foreign Ministry`.
// Only states whose own media use the initials as the state's name; the
// state speaking itself keeps the name as the text writes it.

import { ORG_WORDS } from './lexicon.ts'

interface Named { source: string; sourceId: string | null; otherSources: string[] }

// (The state ends the body's name: "... of the DPRK Foreign Ministry" names it already.)
const STATES = /^(.*?) of the (?:DPRK|Democratic People['’]s Republic of Korea)((?: [^\p{Lu}].*)?)$/u
const INITIALS = 'DPRK'

// The name with the body before the state put after its initials, or the name as it is.
export function stateInitials(name: string): string {
  const m = STATES.exec(name)
  if (!m) return name
  const before = m[1]!
  // The body is the words after the last "of the" before the state ("External Policy Office of the | Foreign Ministry").
  const cut = before.lastIndexOf(' of the ')
  const head = cut >= 0 ? before.slice(0, cut + ' of the '.length) : ''
  const body = cut >= 0 ? before.slice(cut + ' of the '.length) : before
  // Only a body named by words before its noun ("Foreign Ministry", "Central Bank"): "Ministry of National Defence of
  // the DPRK" keeps its order, as the agency's headlines keep it ("Vice-Minister of National Defence of DPRK").
  const words = body.split(' ')
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || !ORG_WORDS.has(words[words.length - 1]!.toLowerCase())) return name
  return `${head}${INITIALS} ${body}${m[2]}`
}

export function stateBodyNames(out: Named[], match: (name: string) => string | null): void {
  for (const s of out) {
    const named = stateInitials(s.source)
    if (named !== s.source) { s.source = named; s.sourceId = match(named) }
    s.otherSources = s.otherSources.map(stateInitials)
  }
}
