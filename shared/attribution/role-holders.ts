// A role described before it is named: "..., a Swiss economist has said."
// above "..., Rudolf Minsch, chief economist at Economiesuisse, told
// Xinhua"; "A California transit chief says" above "Interim BART Police
// Chief Ed Alvarez told reporters"; "A spokesman for the European
// Anti-Fraud Office said" above "spokesman Jorg Wojahn said". News
// introduces one person by role and names him in the next paragraphs; the
// source is the person (GUIDE 4: role nouns resolved to the named entity).
// Only a role written with "a" or "an" (or a headline's bare role), only
// the first person the next two paragraphs name with that role in his own
// sentence, and never a source who asked not to be named.

import { type Quoted, ledeHolder } from './lede-holders.ts'
import { isPlace } from './entity-picks.ts'

export interface Placed { source: string; sourceKind: string; sourceId: string | null; cue: { start: number; end: number } }

// Roles one person holds; "official" is any office (a minister, a head).
const ROLES = /^(?:economist|analyst|expert|spokesman|spokeswoman|spokesperson|chief|official|lawyer|attorney|mayor|governor|minister|director|researcher|scientist|professor|diplomat|ambassador|envoy|commander|prosecutor|judge|officer|executive|chairman|chairwoman|president|adviser|advisor|scholar|academic|negotiator)$/
// A body's nouns, for a body the lede describes before the story names it.
const BODIES = /^(?:group|organisation|organization|charity|watchdog|association|institute|foundation|union)$/
interface Holder { name: string; kind: string }
const SPOKES = /\bspokes(?:man|woman|person)\b/i
const OFFICES = /\b(?:minister|head|director|chief|commissioner|secretary|spokes(?:man|woman|person)|administrator|chairman|chairwoman|president|governor|mayor|official)\b/i
const DESCRIBED = /^((?:[\p{L}'’.-]+ ){0,3})(\p{Ll}+) \((?:anonymous|unnamed)\)$/u
const ANONYMITY = /anonymity|not (?:authori[sz]ed|be named|be identified|to be named|to be identified)|declined to be (?:named|identified)|asked not to/i
// How far ahead the named holder is looked for: two paragraphs (a blank line between each).
const LINES_AHEAD = 4
// (and no further than this many characters, whatever the lines).
const FAR = 3000
const FAR_HEADING = 8000

export function roleHolders(out: Quoted[], text: string, match: (name: string) => string | null): void {
  const renamed = new Map<string, Holder>()
  // The holder found per role word, and the headlines' roles left without one.
  const held = new Map<string, Holder>()
  const headings: { source: string; role: string }[] = []
  // The first line when it is a headline (no closing stop), else nothing.
  const first = text.indexOf('\n')
  const headline = first > 0 && first < 300 && !/[.!?]["”']?\s*$/.test(text.slice(0, first)) ? first : 0
  // The text's sixth line break: an "official" after it is below the top (found once, not counted per cue).
  let top = -1
  for (let n = 0; n < 6; n++) { top = text.indexOf('\n', top + 1); if (top < 0) { top = text.length; break } }
  for (let i = 0; i < out.length && renamed.size < 64; i++) {
    const s = out[i]!
    if (s.sourceKind !== 'anonymous' || renamed.has(s.source)) continue
    const described = DESCRIBED.exec(s.source)
    const role = described?.[2]
    // ("a top anti-poverty group reported": a body's noun, found at the top only, lede-holders.ts.)
    const body = role !== undefined && BODIES.test(role)
    const how = role && (ROLES.test(role) || body) ? introduced(text, s.cue.start, s.cue.end, role) : null
    // ("'new normal,' scholar says": a headline's bare role not opening the line waits for the role found below.)
    if (role && (ROLES.test(role) || body) && !how && s.cue.start < headline && !/\b(?:the|a|an|his|her|its|their)\s/i.test(text.slice(s.cue.start, s.cue.end))) headings.push({ source: s.source, role })
    if (!role || !how) continue
    // ("an official said" names no office: the holder is looked for near the top only, with any office.)
    if (role === 'official' && top < s.cue.start) continue
    const country = /\b\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)\b/u.exec(described[1] ?? '')?.[0]
    // (Else, at the top, the person the story names as the one who said it, lede-holders.ts.)
    // (A place's holder only by the lede's signs: "Austria's interior minister" is no German minister named below.)
    const person = body || how === 'placed' ? null : firstHolder(out, i, text, role, how === 'heading', country)
    const lede = person || s.cue.start >= top ? null : ledeHolder(out, i, text, body ? 'organisation' : 'person')
    const holder = person ? { name: person, kind: 'person' } : lede && { name: lede, kind: body ? 'organisation' : 'person' }
    if (holder) { renamed.set(s.source, holder); held.set(role, holder) } else if (how === 'heading') headings.push({ source: s.source, role })
  }
  // ("PLA drills now 'new normal,' scholar says" above "..., a military scholar said": a headline's bare role is
  // the holder found for the same role below it.)
  for (const { source, role } of headings) { const h = held.get(role); if (h) renamed.set(source, h) }
  if (!renamed.size) return
  for (const s of out) {
    const holder = renamed.get(s.source)
    if (holder) { s.source = holder.name; s.sourceKind = holder.kind; s.sourceId = match(holder.name) }
  }
}

// How the cue's sentence brings the role in: with "a"/"an", owned by a place, or as a bare role opening a headline; null
// when neither, or under anonymity.
function introduced(text: string, start: number, end: number, role: string): 'indefinite' | 'placed' | 'heading' | null {
  const sentence = lineAround(text, start, end, 300).text
  if (ANONYMITY.test(sentence)) return null
  const around = lineAround(text, start, end, 60).text
  const indefinite = new RegExp(`\\b(?:a|an|A|An)\\s+(?:[\\p{L}'’.-]+\\s+){0,4}${role}\\b(?! (?:of|for) the (?:group|groups)\\b)`, 'u')
  if (indefinite.test(around)) return 'indefinite'
  // ("Beijing's top diplomat told": a place's role holder, introduced as "a" one is, the person named later.)
  // (Only a place: a person's possessive is another's staff, "Putin's envoy".)
  const owner = new RegExp(`\\b(\\p{Lu}[\\p{L}.-]*)['’]s\\s+(?:\\p{Ll}+\\s+){0,2}${role}\\b`, 'u').exec(around)?.[1]
  if (owner && isPlace(owner)) return 'placed'
  // ("Mayor urges protesters ...", "Russian lawyer says ...": a heading's bare role, a heading ending in no stop.)
  const line = lineAround(text, start, end, 200).text
  const bare = new RegExp(`^(?:\\p{Lu}[\\p{L}'’.-]* ){0,2}(?:${role}|${role[0]!.toUpperCase()}${role.slice(1)})\\b`, 'u')
  return line.length < 200 + end - start && !/[.!?"”]\s*$/.test(line) && bare.test(line) ? 'heading' : null
}

// The first person named after suggestion i, within two paragraphs, whose words carry the role; under a
// headline's role ("Mayor urges protesters ..."), anywhere in the story's first pages.
// country: the role's nationality ("an Austrian minister"); a holder whose title names another ("German
// Interior Minister Nils Faber") is not the one.
export function firstHolder(out: readonly Placed[], i: number, text: string, role: string, heading = false, country?: string): string | null {
  const at = out[i]!.cue.end
  for (let j = i + 1; j < out.length; j++) {
    const b = out[j]!
    if (b.cue.start < at) continue
    if (b.cue.start - at > (heading ? FAR_HEADING : FAR)) return null
    if (!heading && text.slice(at, b.cue.start).split('\n').length - 1 > LINES_AHEAD) return null
    if (b.sourceKind !== 'person' || !b.source.includes(' ')) continue
    // (In the same paragraph a named spokesman may be another than the one described: "A spokesman said ...
    // "...," spokesman Ian Moss said" is left as written.)
    if (!text.slice(at, b.cue.start).includes('\n')) continue
    const surname = b.source.split(' ').at(-1)!
    const line = lineAround(text, b.cue.start, b.cue.end, 250)
    const words = sentenceAround(line.text, line.at)
    if (!words.includes(surname)) continue
    const carries = role === 'official' ? OFFICES.test(words) : /^spokes/.test(role) ? SPOKES.test(words) : new RegExp(`\\b${role}\\b`, 'i').test(words)
    if (!carries) continue
    const titled = new RegExp(`\\b(\\p{Lu}\\p{Ll}+(?:an|ese|ish|ch|i))\\s+(?:\\p{Lu}\\p{L}*\\s+){0,2}(?:${role}|${role[0]!.toUpperCase()}${role.slice(1)})\\b`, 'u').exec(words)?.[1]
    if (country && titled && titled !== country) continue
    return b.source
  }
  return null
}

// The words of the cue's line within `reach` characters either side (bounded: a text may have no line
// breaks), and where the cue starts in them.
function lineAround(text: string, start: number, end: number, reach: number): { text: string; at: number } {
  const from = Math.max(0, start - reach)
  const before = text.slice(from, start)
  const after = text.slice(start, Math.min(text.length, end + reach))
  const stop = after.indexOf('\n', end - start)
  const head = before.slice(before.lastIndexOf('\n') + 1)
  return { text: head + (stop < 0 ? after : after.slice(0, stop)), at: head.length }
}

// The sentence of `line` around offset `at` (a stop and a space end one).
function sentenceAround(line: string, at: number): string {
  const before = line.slice(0, at)
  const ends = [...before.matchAll(/[.!?]["”]?\s+(?=["“]?\p{Lu})/gu)]
  const last = ends.at(-1)
  const from = last ? last.index + last[0].length : 0
  const next = /[.!?]["”]?\s+(?=["“]?\p{Lu})/u.exec(line.slice(at))
  return line.slice(from, next ? at + next.index + next[0].length : line.length)
}
