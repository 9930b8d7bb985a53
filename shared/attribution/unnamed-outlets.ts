// An outlet the story describes before it names it: "Sumita said ..., a
// Japanese daily paper reported. The Sankei Shimbun quoted Sumita as
// saying ...". Read alone, "a Japanese daily paper" is an unnamed outlet
// (GUIDE 7: a news organisation is an outlet, named by its description; a
// broadcaster described by its country is left alone, relay-rules.test.ts);
// once the next sentences have a named outlet relay the same speaker, the
// description was that outlet (GUIDE 4: one name for one source).

import type { Token } from './nlp.ts'
import type { Speaker } from './speaker-type.ts'
import { DEMONYMS } from './lexicon.ts'

const HEAD = /^(?:newspaper|paper|daily|weekly|magazine|tabloid)$/
// Words that describe an outlet without naming it: "a local daily", "a state-run business newspaper".
const DESCRIBING = /^(?:local|national|regional|state|state-run|state-owned|official|semi-official|leading|major|independent|opposition|business|financial|economic|daily|weekly|evening|morning|english-language|popular|mass-circulation|-)$/
// A people's adjective the lexicon may not list: "Kuwaiti", "Iraqi", "Turkish".
const PEOPLE = /^\p{Lu}\p{Ll}+(?:i|an|ese|ish)$/u
const UNNAMED = / \(unnamed\)$/

// The unnamed outlet an indefinite phrase [a, b) describes ("a Japanese daily paper"), after its "a"/"an".
export function unnamedOutlet(text: string, tokens: readonly Token[], det: string, a: number, b: number): Speaker | null {
  if (!/^(?:a|an)$/.test(det) || b - a < 2 || b - a > 4 || !HEAD.test(tokens[b - 1]!.lower)) return null
  const words = tokens.slice(a, b - 1)
  if (!words.some((w) => w.cap) || !words.every((w) => (w.cap ? DEMONYMS.has(w.lower) || PEOPLE.test(w.text) : DESCRIBING.test(w.lower)))) return null
  return { type: 'anonymous', name: `${text.slice(tokens[a]!.start, tokens[b - 1]!.end)} (unnamed)`, head: tokens[b - 1]!.lower }
}

export const isUnnamedOutlet = (name: string) => UNNAMED.test(name) && HEAD.test(name.replace(UNNAMED, '').split(/\s+/).at(-1)!.toLowerCase())

interface Said { source: string; via: string | null }
// How many suggestions after the description its name is looked for in.
const AHEAD = 3

// Each unnamed outlet's name, once a later suggestion has a named outlet relay the same speaker.
export function namedLater(said: readonly Said[]): Map<string, string> {
  const names = new Map<string, string>()
  said.forEach((s, i) => {
    if (!s.via || !isUnnamedOutlet(s.via) || names.has(s.via)) return
    for (let j = i + 1; j < Math.min(said.length, i + 1 + AHEAD); j++) {
      const t = said[j]!
      if (t.source === s.source && t.via && !UNNAMED.test(t.via) && !/\(anonymous\)$/.test(t.via)) { names.set(s.via, t.via); return }
    }
  })
  return names
}
