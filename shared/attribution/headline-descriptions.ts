// A headline credits its speaker by a description the story's lede then
// fills in: "..., says Karachi police chief" over "AIG Karachi Police
// Javed Alam Odho said"; "..., source says" over "a person familiar with the
// matter told Reuters"; "...: SBI economist" over "said a top economist in
// the State Bank of India"; "UN warns ..." over "The U.N. human rights office
// voiced concern". Headlines shorten what the body writes in full, and GUIDE 4
// names a source in its fullest form, so the headline takes the lede's
// source when every word of its description is in that source's name or cue.
// Only a headline's description (an unnamed person or group, a body in lower
// case, one word), only the story's first attributions, and only a source of
// the kind the description's head noun allows.

import type { Suggestion } from './suggest.ts'
import { type Lines, ledeOf } from './headline-ledes.ts'
import { knownOutlet } from './outlets.ts'
import { PLACES } from './lexicon.ts'

// Words that describe no one: a headline's count, rank or article.
const IDLE = new Set(['a', 'an', 'the', 'top', 'senior', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'of', 'in', 'at', 'for', 'to', 'from'])
// Heads of an unnamed person or group (the lede's own unnamed source), of the press, of a body.
const UNNAMED = /^(?:sources?|person|people|insiders?|individuals?)$/
const PRESS = /^(?:reports?|media)$/
const BODY = /^(?:police|ministry|government|govt|bank|army|military|court|office|agency|force|council|commission|committee|party|company|firm|department|authority|authorities|regulator|embassy|mission)$/
// Person heads the lede need not repeat ("Karachi police chief" for "AIG Karachi Police X").
const ANY_OFFICE = /^(?:officials?|chief|head|leader|boss)$/

// `holders`: how many people the article names with a role word beside their name.
export function headlineDescriptions(out: Suggestion[], sentenceOf: readonly number[], lines: Lines, holders: (role: string) => number,
  match: (name: string) => string | null): void {
  if (sentenceOf.length !== out.length) return
  const first = sentenceOf.findIndex((i) => !lines.heading(i))
  const lede = ledeOf(sentenceOf, lines).map((k) => out[k]!)
  if (!lede.length) return
  for (let k = 0; k < first; k++) {
    const s = out[k]!
    const described = description(s)
    if (!described) continue
    // ("..., the president said" over two presidents named: neither.)
    if (holders(described.head) > 1) continue
    const found = lede.find((b) => b.source !== s.source && fits(described, b))
    if (!found) continue
    s.source = found.source
    s.sourceKind = found.sourceKind
    s.sourceId = match(found.source)
  }
}

interface Described { words: string[]; head: string; proper: boolean }

// The description a headline's source is, or null for a name written in full.
function description(s: Suggestion): Described | null {
  if (s.sourceKind === 'outlet') return null
  const bare = s.source.replace(/\s*\((?:anonymous|unnamed)\)(?:\s*#\d+)?$/, '').replace(/\s*#\d+$/, '')
  const all = bare.split(/\s+/).filter((w) => w && !(/^\p{Lu}/u.test(w) && knownOutlet(w)))
  const words = all.filter((w) => !IDLE.has(w.toLowerCase()))
  if (!words.length) return null
  const proper = s.sourceKind !== 'anonymous' && words.length === 1 && /^\p{Lu}/u.test(words[0]!) && !PRESS.test(words[0]!.toLowerCase())
  if (s.sourceKind !== 'anonymous' && !/^\p{Ll}/u.test(bare) && !proper && !(words.length === 1 && PRESS.test(words[0]!.toLowerCase()))) return null
  return { words, head: words.at(-1)!.toLowerCase(), proper }
}

// Whether the lede's source `b` is the one the description names.
function fits(d: Described, b: Suggestion): boolean {
  const anonymous = b.sourceKind === 'anonymous'
  // (A plural for a group, a singular for one: "officials say" is not "a spokesperson said".)
  if (!d.proper && !PRESS.test(d.head) && plural(d.head) !== (anonymous ? plural(headOf(b.source)) : false)) return false
  if (d.proper) {
    // ("Lula" for "Luiz Inacio Lula da Silva"; "UN" for "the U.N. human rights office", a body; never
    // "Kremlin" for its spokesman nor "Russia" for its ministry: a headline naming a state keeps it, as labellers do.)
    const word = d.words[0]!.toLowerCase()
    // (A person or a body: "Kremlin says" is the Kremlin, not the "Kremlin statement" the lede quotes.)
    if (anonymous || PLACES.has(word) || !/^\p{Lu}/u.test(b.source) || (b.sourceKind !== 'person' && b.sourceKind !== 'organisation')) return false
    // ("...: FM" over "Foreign Minister Hossein Amir-Abdollahian said": a post's initials, spelt out in the cue.)
    // (A person's post, not the body a spokesman speaks for: "FM" over "Foreign Ministry spokesperson Lin Jian" is the ministry.)
    const post = /^\p{Lu}{2,5}$/u.test(d.words[0]!) && b.sourceKind === 'person' && spellsPost(d.words[0]!, b.cues.map((c) => c.text).join(' '))
    if (!post && !b.source.split(' ').some((t) => sameWord(word, t.toLowerCase())) && b.sourceKind !== 'organisation') return false
  } else if (UNNAMED.test(d.head)) {
    if (!anonymous) return false
  } else if (PRESS.test(d.head)) {
    // (Or whom the report relays: "...: Report" over "The Wall Street Journal quotes several US officials as saying".)
    if (b.sourceKind !== 'outlet' && !b.via && !(anonymous && /\b(?:media|press|reports?)\b/.test(b.source))) return false
  } else if (BODY.test(d.head)) {
    if (b.sourceKind !== 'organisation') return false
  } else if (b.sourceKind !== 'person' && !anonymous) return false
  const evidence = `${b.source} ${b.cues.map((c) => c.text).join(' ')}`
  const said = wordsOf(evidence)
  const initials = initialsOf(evidence)
  // (The head of an unnamed source, of the press or of an office need not be written again.)
  const needed = UNNAMED.test(d.head) || PRESS.test(d.head) || ANY_OFFICE.test(d.head) ? d.words.slice(0, -1) : d.words
  // ("officials say" alone describes any officials: the headline keeps its own words.)
  if (!needed.length && ANY_OFFICE.test(d.head)) return false
  // (Initials within a longer run of capitals: "FM" in "Iranian Foreign Minister Hossein ...".)
  const spelt = (w: string) => [...initials].some((i) => i.includes(w))
  return needed.every((w) => (/^\p{Lu}{2,6}$/u.test(w.replace(/\./g, '')) && spelt(w.replace(/\./g, ''))) || said.some((t) => sameWord(w.toLowerCase(), t)))
}

const plural = (w: string) => w === 'people' || /[^s]s$/.test(w)
// (The head before what describes it: "people familiar with the matter", "official briefed on the talks".)
const headOf = (source: string) => source.replace(/\s*\((?:anonymous|unnamed)\)|\s*#\d+/g, '').toLowerCase()
  .split(/\s(?:familiar|briefed|close|with|on|at|in|of|from|for|who|to)\b/)[0]!.split(' ').at(-1)!

// Whether capitalised words of `text` in a row spell `initials` and the last of them names a post, not a body.
function spellsPost(initials: string, text: string): boolean {
  const words = text.split(/\s+/)
  for (let i = 0; i + initials.length <= words.length; i++) {
    let n = 0
    while (n < initials.length && words[i + n]![0] === initials[n] && /^\p{Lu}/u.test(words[i + n]!)) n++
    if (n === initials.length && !BODY.test(words[i + n - 1]!.toLowerCase())) return true
  }
  return false
}

const wordsOf = (text: string) => [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => m[0].toLowerCase().replace(/['’]s$/, ''))

// The initials the text writes (U.N., NHS) and spells (State Bank of India: SBI), bounded by the cue's length.
function initialsOf(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(/\b(?:\p{Lu}\.){2,6}|\b\p{Lu}{2,6}\b/gu)) out.add(m[0].replace(/\./g, ''))
  const run: string[] = []
  const flush = () => { if (run.length >= 2) out.add(run.join('')); run.length = 0 }
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0]
    if (/^\p{Lu}\p{Ll}/u.test(w)) run.push(w[0]!)
    else if (!(run.length && /^(?:of|and|for|the)$/.test(w))) flush()
  }
  flush()
  return out
}

// One word in two spellings: a plural, a people's adjective for its country ("Chinese", "China").
function sameWord(w: string, t: string): boolean {
  if (w === t || w + 's' === t || t + 's' === w) return true
  let n = 0
  while (n < w.length && n < t.length && w[n] === t[n]) n++
  return n >= 4 && n >= Math.min(w.length, t.length) - 2
}
