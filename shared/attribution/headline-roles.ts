// A headline crediting a bare role ("School sport 'is back', says PM",
// "Tax cut 'fair', says chancellor"): the person the story then names and
// calls by that role ("Tony Blair has promised ... The prime minister
// launched"), as GUIDE 4 resolves role nouns. British copy headlines so.
// Only a headline line (no closing stop), only a bare role (no article), only a role of one office-holder,
// and only a person who speaks in the story's first paragraphs with the role
// written in that sentence or the next one.

import type { Placed } from './role-holders.ts'

// The role a headline's word stands for, as the story writes it.
const ROLES: ReadonlyMap<string, string> = new Map([
  ['pm', 'prime minister'], ['prime minister', 'prime minister'], ['premier', 'premier'], ['chancellor', 'chancellor'],
  ['president', 'president'], ['mayor', 'mayor'], ['governor', 'governor'], ['home secretary', 'home secretary'],
  ['foreign secretary', 'foreign secretary'],
])
// A ministry's or a force's one head, "Home Minister", "Finance Secretary", "Police Chief" ("...: Home Minister"):
// the role as written, one office word after one or two words naming its field.
const OFFICE = /^(?:\p{L}+\s){1,2}(?:minister|secretary|chief|commissioner)$/u
const roleOf = (key: string) => ROLES.get(key) ?? (OFFICE.test(key) && !/^(?:a|an|the|his|her|its|their)\s/.test(key) ? key : undefined)
// How far into the text the story's holder is looked for.
const FAR = 1500

export function headlineRoles(out: Placed[], text: string, match: (name: string) => string | null): void {
  const lineEnd = text.indexOf('\n')
  if (lineEnd < 0 || lineEnd > 300 || /[.!?]["”']?\s*$/.test(text.slice(0, lineEnd))) return
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!
    if (s.cue.start >= lineEnd) break
    // (A bare role only, as headlines write one: "the president said" is a role noun the top leaves alone.)
    if (/\b(?:the|a|an|his|her|its|their)\s/i.test(text.slice(s.cue.start, s.cue.end))) continue
    const role = roleOf(s.source.replace(/\s+\((?:anonymous|unnamed)\)$/, '').replace(/^the\s+/i, '').toLowerCase())
    const holder = role ? holderOf(out, i + 1, text, role) : null
    if (!holder) continue
    s.source = holder
    s.sourceKind = 'person'
    s.sourceId = match(holder)
  }
}

// The first person speaking below the headline whose sentence, or the sentence after it, names the role.
function holderOf(out: readonly Placed[], from: number, text: string, role: string): string | null {
  const written = new RegExp(`\\b${role.replace(' ', '\\s+')}\\b`, 'i')
  for (let j = from; j < out.length; j++) {
    const b = out[j]!
    if (b.cue.start > FAR) return null
    if (b.sourceKind !== 'person' || !b.source.includes(' ')) continue
    if (written.test(twoSentences(text, b.cue.start))) return b.source
  }
  return null
}

// The sentence holding `at` and the one after it (bounded: a sentence is cut at 600 characters).
function twoSentences(text: string, at: number): string {
  const start = Math.max(0, at - 600)
  const before = text.slice(start, at)
  const open = start + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1
  let end = at
  for (let n = 0; n < 2; n++) {
    const stop = text.slice(end, end + 600).search(/[.!?]["”']?(?:\s|$)/)
    end = stop < 0 ? Math.min(text.length, end + 600) : end + stop + 1
  }
  return text.slice(open, end)
}
