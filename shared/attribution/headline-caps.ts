// A role read from a headline in capitals (wire copy of the 1980s writes
// every headline so: "SUDANESE MINISTER PREDICTS DEBT DIFFICULTIES", "CHINA
// OFFICIAL CONDEMNS ..."): the holder the body names with that role
// ("Finance Minister Beshir Omer said"), as GUIDE 4 resolves role nouns.
// (A name in capitals, "IRAQ", is left as written: names are compared
// without case.)

import { firstHolder, type Placed } from './role-holders.ts'

const CAPS = /^[A-Z][A-Z'’.&-]+(?: [A-Z][A-Z'’.&-]+){0,3}$/
const ROLE = /^(?:MINISTER|OFFICIAL|SPOKESMAN|SPOKESWOMAN|ECONOMIST|ANALYST|ENVOY|AMBASSADOR|DIPLOMAT|GOVERNOR|CHAIRMAN|PRESIDENT|PREMIER|LEADER|CHIEF)$/
// How far into the text a headline stands.
const TOP = 400
// Roles of one office-holder, read even when the headline's word came out an unnamed source ("PREMIER SAYS ..." read
// as `premier (anonymous)`); a role many hold ("OFFICIAL SAYS") stays unnamed then, as the body's official may be another.
const ONE_HOLDER = /^(?:MINISTER|ENVOY|AMBASSADOR|GOVERNOR|CHAIRMAN|PRESIDENT|PREMIER)$/
// The body writes one office under either name: "PREMIER SAYS" over "Prime Minister Branko Mikulic said",
// "ENVOY SAYS" over "its ambassador to Kuwait, Ernest Zverev".
const SAME_OFFICE: ReadonlyMap<string, string> = new Map([
  ['premier', '(?:premier|prime minister)'], ['envoy', '(?:envoy|ambassador)'], ['ambassador', '(?:ambassador|envoy)'],
])
const UNNAMED = /\s+\((?:anonymous|unnamed)\)$/

export function headlineCaps(out: Placed[], text: string, match: (name: string) => string | null): void {
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!
    if (s.cue.start > TOP) continue
    const unnamed = UNNAMED.test(s.source)
    const words = unnamed ? s.source.replace(UNNAMED, '').toUpperCase() : s.source
    if (!CAPS.test(words) || !inCapitalLine(text, s.cue.start)) continue
    const role = words.split(' ').at(-1)!
    if (!(unnamed ? ONE_HOLDER : ROLE).test(role)) continue
    const name = firstHolder(out, i, text, SAME_OFFICE.get(role.toLowerCase()) ?? role.toLowerCase())
    if (!name) continue
    s.source = name
    s.sourceKind = 'person'
    s.sourceId = match(name)
  }
}

// Whether the line holding `at` is written in capitals (a wire headline).
function inCapitalLine(text: string, at: number): boolean {
  const start = Math.max(0, at - 300)
  const from = start + text.slice(start, at).lastIndexOf('\n') + 1
  const rest = text.slice(at, Math.min(text.length, at + 300))
  const end = rest.indexOf('\n')
  const line = text.slice(from, end < 0 ? at + rest.length : at + end)
  return line.length < 300 && /[A-Z]{3}/.test(line) && !/\p{Ll}{2}/u.test(line.replace(/\b(?:[A-Z]\w*s|\d+(?:st|nd|rd|th))\b/g, ''))
}
