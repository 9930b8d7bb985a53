// News often describes a speaker in the lede and names him in the next
// paragraph ("delayed identification"): "..., a Soviet scientist was quoted
// as saying." over "Konstantin Sytnik, vice-president of the Ukrainian
// Academy of Sciences, said ..."; "..., the province's vice-governor said."
// over "The China Daily quoted Yang Jike, vice-governor of Anhui". The role
// resolves to the person (GUIDE 4: role nouns become the named entity), and
// so does a headline's role before them ("SCIENTIST ALLAYS FEARS", "Republican
// N.J. senator rips Christie" over "State Sen. Michael Doherty said").
// Only a role brought in as new ("a", "an", an owner's "'s"), in the lede or
// speaking once in its paragraph further down, never one who asked not to be
// named, and only when the next paragraph's first speaker is a
// person the article has not named before and whose description fits the
// role ("chief" needs a chief, a head or a director; "official" any office).

import { fold } from './fold.ts'
import { DEMONYM_OF, DEMONYMS } from './lexicon.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'
import { namedInApposition } from './delayed-appositions.ts'

// "senior health official (anonymous)", "Iran's navy commander (anonymous)": up to three words before one role.
const DESCRIPTOR = /^(?:[\p{L}.'’-]+ ){0,3}(\p{Ll}[\p{Ll}-]+) \((?:anonymous|unnamed)\)$/u
// A headline's role may be written in capitals ("CHINA OFFICIAL").
const CAPITAL_ROLE = /^(?:[\p{Lu}.'’-]+ ){0,3}(\p{Lu}[\p{Lu}-]+)$/u
const ANONYMITY = /\b(?:anonymity|not (?:to be|be) (?:named|identified)|declined to be (?:named|identified)|not authori[sz]ed|did not want (?:to be|his|her))\b/i
// What a person's description must carry for each role (any office for "official").
const OFFICE = /\b(?:minister|head|director|chief|governor|secretary|commissioner|chair(?:man|woman)?|president|vice|deputy|mayor|ambassador|official|administrator|spokes(?:man|woman|person))\b/i
const FITS: ReadonlyMap<string, RegExp> = new Map([
  ['official', OFFICE],
  ['scientist', /\b(?:scientist|academy|academician|institute|professor|researcher)\b/i],
  ['chief', /\b(?:chief|head|director|commissioner)\b/i],
  // ("regional head says" over "the region's governor said": a head is whoever heads the body.)
  ['head', /\b(?:head|chief|director|governor|mayor|leader|chair(?:man|woman)?|president|minister|commissioner|administrator)\b/i],
  ['commander', /\b(?:commander|commodore|admiral|general|colonel|captain|cmdr)\b/i],
  ['senator', /\b(?:senator|sen\.)/i],
  ['governor', /\b(?:governor|gov\.)/i],
  ['representative', /\b(?:representative|rep\.)/i],
  ['lawyer', /\b(?:lawyer|attorney|counsel)\b/i],
  ['diplomat', /\b(?:diplomat|ambassador|envoy|foreign minister)\b/i],
])
const ROLES = new Set([...FITS.keys(), 'vice-governor', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'economist',
  'expert', 'analyst', 'mayor', 'lawmaker', 'legislator', 'ambassador', 'envoy', 'president', 'premier', 'director', 'head', 'leader', 'general'])
// How many sentences of the next paragraph are read for its first speaker; how many roles an article has read.
const LOOK = 2
const MAX_ROLES = 16

export function delayedNames(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  const lede = sentences.find((s) => !s.heading && placed[s.index])?.para
  let roles = 0
  for (const s of sentences) {
    const p = placed[s.index]
    if (!p || s.heading) continue
    const role = roleOf(p.attribution.source, false)
    if (!role || !ROLES.has(role)) continue
    // (Each role read costs a look over the text before it: a hostile text with thousands of roles stops here.)
    if (++roles > MAX_ROLES) break
    // (Further down, a role that speaks once in its paragraph ("Meanwhile, a Ukrainian official was quoted as saying")
    // and a particular one: "A senior administration official said ... The official added" before "Spokesperson Mao Ning
    // said" are two people.)
    if (s.para !== lede && (role === 'official' || sentences.some((o) => o !== s && o.para === s.para && placed[o.index]?.attribution.source === p.attribution.source))) continue
    const said = text.slice(s.start, s.end)
    if (ANONYMITY.test(said) || !new RegExp(`(?:\\b[Aa]n?|['’]s)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}${role}\\b`, 'u').test(said)) continue
    const own = countries(p.attribution.source)
    const person = namedNext(text, sentences, placed, s, role, own) ?? namedInApposition(text, sentences, placed, s, role, own)
    if (!person) continue
    const anonymous = p.attribution.source
    for (let i = 0; i <= s.index; i++) {
      const q = placed[i]
      if (!q) continue
      const r = roleOf(q.attribution.source, sentences[i]!.heading || i === 0)
      // (The lede's own words, and a headline's role that is the lede's role or a word of it: "navy chief" over "Iran's navy commander".)
      const same = q.attribution.source === anonymous || (sentences[i]!.heading || i === 0) && r !== null &&
        (r === role || anonymous.toLowerCase().includes(r) || shares(q.attribution.source, anonymous) || fits(r, person.described))
      if (same) placed[i] = { ...q, attribution: { ...q.attribution, source: person.name, kind: 'person' } }
    }
  }
  headlineOnly(text, sentences, placed)
}

// "Republican N.J. senator rips Christie" with no role in the lede: the first person named in the
// first paragraphs whose description carries that very role ("State Sen. Michael Doherty").
function headlineOnly(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  const h = sentences[0]
  const p = placed[0]
  if (!h?.heading || !p) return
  const role = roleOf(p.attribution.source, true)
  if (!role || !FITS.has(role) || role === 'official') return
  for (let j = 1; j < Math.min(sentences.length, 6); j++) {
    const b = placed[j]?.attribution
    if (!b) continue
    if (b.kind !== 'person' || !/\s/.test(b.source)) return
    const said = text.slice(sentences[j]!.start, sentences[j]!.end)
    if (fits(role, said) && firstNamedIn(text, b.source, sentences[j]!.start)) placed[0] = { ...p, attribution: { ...p.attribution, source: b.source, kind: 'person' } }
    return
  }
}

function roleOf(source: string, heading: boolean): string | null {
  // (A headline's role may come in capitals, or half-lowered by the engine: "CHINA OFFICIAL", "sCIENTIST".)
  const m = DESCRIPTOR.exec(heading ? source.replace(/\S+(?= \(|$)/, (w) => w.toLowerCase()) : source) ?? (heading ? CAPITAL_ROLE.exec(source) : null)
  const role = m?.[1]?.toLowerCase()
  // (A plural is a group, not one person to be named.)
  return role && !/[^s]s$/.test(role) ? role : null
}

export const fits = (role: string, described: string) => (FITS.get(role) ?? new RegExp(`\\b${role}\\b`, 'i')).test(described)

// Whether two descriptions share a word of three or more letters besides the marker ("navy chief", "Iran's navy commander").
function shares(a: string, b: string): boolean {
  const words = (x: string) => x.toLowerCase().replace(/\((?:anonymous|unnamed)\)/, '').split(/[\s'’]+/).filter((w) => w.length > 3)
  const other = new Set(words(b))
  return words(a).some((w) => other.has(w))
}

// The next paragraph's first speaker, when a person named there first and described as the role asks.
function namedNext(text: string, sentences: readonly Sentence[], placed: readonly (Placed | null)[], s: Sentence, role: string, own: ReadonlySet<string>): { name: string; described: string } | null {
  let k = s.index + 1
  while (k < sentences.length && sentences[k]!.para === s.para) k++
  for (let j = k; j < Math.min(sentences.length, k + LOOK) && sentences[j]!.para === sentences[k]?.para; j++) {
    const b = placed[j]?.attribution
    if (!b) continue
    const described = text.slice(sentences[j]!.start, sentences[j]!.end)
    if (b.kind !== 'person' || !/\s/.test(b.source) || !fits(role, described) || !firstNamedIn(text, b.source, sentences[k]!.start)) return null
    // ("Austria's interior minister" is not "German Interior Minister Nils Faber": another country in the title before the name.)
    const at = described.indexOf(b.source)
    const title = countries(at > 0 ? described.slice(Math.max(0, at - 60), at).split(/[,;(]/).at(-1)! : '')
    if (own.size && [...title].some((c) => !own.has(c))) return null
    return { name: b.source, described }
  }
  return null
}

// The countries a description names, as adjectives ("Austria's" and "Austrian" alike).
export function countries(words: string): Set<string> {
  const found = new Set<string>()
  for (const w of words.split(/[\s(]+/)) {
    const bare = w.replace(/['’]s$/, '')
    const adjective = DEMONYMS.has(bare.toLowerCase()) ? bare.toLowerCase() : DEMONYM_OF.get(fold(bare))?.toLowerCase()
    if (adjective) found.add(adjective)
  }
  return found
}

// Whether the person's surname is not written before `at` (the person is new there).
export const firstNamedIn = (text: string, name: string, at: number) => !text.slice(0, at).includes(name.split(' ').at(-1)!)
