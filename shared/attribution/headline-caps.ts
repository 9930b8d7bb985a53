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

export function headlineCaps(out: Placed[], text: string, match: (name: string) => string | null): void {
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!
    if (s.cue.start > TOP || !CAPS.test(s.source) || !inCapitalLine(text, s.cue.start)) continue
    const role = s.source.split(' ').at(-1)!
    const name = ROLE.test(role) ? firstHolder(out, i, text, role.toLowerCase()) : null
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
