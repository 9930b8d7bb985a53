// One mention graph per article: the names the engine recognised, clustered
// into the entities they denote, each cluster named once by GUIDE 4 (a
// person's fullest form, a body's full name) and that name written
// wherever a suggestion names the entity (apply-graph.ts): its source, its
// relay, the other sources, and the name an unnamed source's description or
// a document's name opens with ("Mr Blair spokesman (anonymous)" -> "Tony
// Blair spokesman (anonymous)", "WHO officials (anonymous)" -> "World Health
// Organization officials (anonymous)"). Mentions join a cluster by:
// - a person's shorter form whose words stand in order in one longer form
//   ("Blair", "Mr Blair", "Tony Blair"); a surname two people share names
//   neither of them;
// - a surname spelt one letter short beside the same given names ("Vahit
//   Halefolu" beside "Vahit Halefoglu", a wire's lost letter): the longer;
// - initials the article defines, either way round (acronyms.ts);
// - a body's clipped form, each word the start of the full name's word
//   ("Lib Dems" for "Liberal Democrats");
// - a name cut at its ampersand ("Independent News" for "Independent News
//   & Media") or at the "and" after "of" ("Ministry of Culture" for
//   "Ministry of Culture and Tourism").
// Outlets keep their own normalised names (outlets.ts); only the ampersand
// cut applies to them.

import { fold } from './fold.ts'
import { shortFormOf } from './name-forms.ts'
import { PARTICLE } from './name-particles.ts'
import { untitled } from './person-titles.ts'
import { longKey, nearSpelling } from './near-spellings.ts'
import { formUses, nearForms } from './near-forms.ts'

export interface Mentions {
  // Persons named with given name and surname, or by surname alone.
  people: Iterable<string>
  // Bodies and other capitalised names of two words or more.
  bodies: Iterable<string>
  // Initials the article defines -> the full name (acronyms.ts).
  acronyms: ReadonlyMap<string, string>
}

// Names read per article (a hostile text names no more entities than this is worth).
export const MAX_NAMES = 256
// Forms compared pairwise within one group of given names.
const MAX_GROUP = 8
const NAME_WORD = /^(?:(?:al|el|Al|El|ad|ar|as|ash|at|az|bin|ibn|Abu|abu)-)?(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)$/u
// Particles inside a name ("Ludwig van Beethoven", "Laurence des Cars").
const particle = (w: string) => PARTICLE.test(w) || /^(?:des|le|la|du)$/.test(w)
// A surname's key: folded, without an Arabic article joined by a hyphen ("al-Hashimi" is "Hashimi").
const surnameKey = (w: string) => fold(w.replace(/['’]s$/, '')).replace(/^(?:al|el|ad|ar|as|ash|at|az)-/, '')
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?$/
export const MARK = /\s*\((?:anonymous|unnamed)\)(?:\s*#\d+)?$/
// A name's words leading a description: at most this many are tried.
const MAX_LEAD = 6

export class MentionGraph {
  // Folded surname -> the fullest form of the one person who has it, or null when two do.
  private readonly bySurname = new Map<string, string | null>()
  // Folded given name -> the one person whose fullest form opens with it, or null when two do.
  private readonly byGiven = new Map<string, string | null>()
  // Folded form -> the cluster's canonical name.
  private readonly canonical = new Map<string, string>()
  // Folded initials -> the full name the article defines (whole names only:
  // a description keeps the article's words, "CPPCC members").
  private readonly initials = new Map<string, string>()
  // Initials of a body's words -> its names with those initials ("LD": "Liberal Democrats", "Lib Dems").
  private readonly bySignature = new Map<string, string[]>()

  constructor(m: Mentions) {
    // (A title or a nationality before a name is no part of it: "Representatives Elijah Cummings", "American Kevin King".)
    const people = distinct(m.people, (n) => n.split(' ').length >= 2 && n.split(' ').every((w) => NAME_WORD.test(w) || particle(w)) && !particle(n.split(' ').at(-1)!))
    this.people(people, distinct(m.people, (n) => !n.includes(' '), (n) => n), formUses(m.people, untitled))
    for (const [short, full] of m.acronyms) if (this.initials.size < MAX_NAMES) this.initials.set(fold(short), full)
    const bodies = distinct(m.bodies, (n) => n.split(' ').length >= 2, (n) => n)
    this.clipped(bodies)
    this.ampersands(bodies)
  }

  // The canonical name of a whole mention, or the mention itself.
  name(mention: string, person = true): string {
    const key = fold(mention.replace(/['’]s$/, ''))
    const known = this.canonical.get(key) ?? this.initials.get(key)
    if (known) return known
    return this.form(mention, person)
  }

  // The canonical name of a person's or body's form, initials left as written.
  private form(mention: string, person: boolean): string {
    const key = fold(mention.replace(/['’]s$/, ''))
    const known = this.canonical.get(key)
    if (known) return known
    const words = mention.split(' ')
    // ("Mr Blair", "Blair": the one person with that surname.)
    const bare = words.length === 2 && HONORIFIC.test(words[0]!) ? words[1]! : words.length === 1 ? words[0]! : null
    if (bare && (person || bare !== words[0]) && NAME_WORD.test(bare.replace(/['’]s$/, ''))) {
      const surname = surnameKey(bare)
      if (this.bySurname.has(surname) || words.length !== 1) return this.bySurname.get(surname) ?? mention
      // ("Sheikh Ahmed also said", "Kim said": no one's surname, the first name of one person named in full.)
      return this.byGiven.get(fold(bare.replace(/['’]s$/, ''))) ?? mention
    }
    // ("Lib Dem spokesman": a clipped form met only inside a description.)
    return words.length >= 2 && this.canonical.size < 4 * MAX_NAMES ? this.clip(mention) ?? mention : mention
  }

  // An unnamed source's description or a document's name, its leading name canonical.
  described(name: string): string {
    const mark = MARK.exec(name)?.[0] ?? ''
    const words = name.slice(0, name.length - mark.length).split(' ')
    // ("wHO officials": a description's first letter lowered on initials.)
    if (/^\p{Ll}\p{Lu}+$/u.test(words[0]!)) words[0] = words[0]!.toUpperCase()
    for (let k = Math.min(words.length - 1, MAX_LEAD); k >= 1; k--) {
      const lead = words.slice(0, k).join(' ')
      // (A bare surname opening a description may be a firm or a place: "Ford spokesman"; an honorific makes it a person.)
      if (k === 1 && !this.canonical.has(fold(lead.replace(/['’]s$/, '')))) continue
      const named = this.form(lead, true)
      // ("Independent News & Media officials" already names the whole of what "Independent News" stands for.)
      if (named !== lead && !fold(words.join(' ')).startsWith(fold(named))) return [named, ...words.slice(k)].join(' ') + mark
    }
    return words.join(' ') + mark
  }

  private link(form: string, to: string): void {
    const key = fold(form)
    if (key !== fold(to) && !this.canonical.has(key) && this.canonical.size < 4 * MAX_NAMES) this.canonical.set(key, to)
  }

  // Persons: shorter forms to the fullest of the one person; a surname one letter short to the longer spelling.
  private people(forms: string[], surnames: string[], used: ReadonlyMap<string, number>): void {
    const bySurname = new Map<string, string[]>()
    for (const f of forms) {
      const key = surnameKey(f.split(' ').at(-1)!)
      const list = bySurname.get(key) ?? []
      list.push(f)
      bySurname.set(key, list)
    }
    for (const [surname, list] of bySurname) {
      const fullest = list.reduce((a, b) => (b.length > a.length ? b : a))
      const one = list.every((f) => shortFormOf(f, fullest))
      this.bySurname.set(surname, one ? fullest : null)
      if (one) for (const f of list) this.link(f, fullest)
      if (!one) continue
      const given = fold(fullest.split(' ')[0]!)
      this.byGiven.set(given, this.byGiven.has(given) && this.byGiven.get(given) !== fullest ? null : fullest)
    }
    this.spellings(forms, surnames)
    // ("SP Bacha Hazart" after "SP Bacha Hazrat Khan": a full form with one word misspelt is the one person it near-spells, near-forms.ts.)
    for (const [form, to] of nearForms(forms, (f) => this.canonical.get(fold(f)) ?? f, used)) {
      for (const f of forms) if (this.canonical.get(fold(f)) === form) this.canonical.set(fold(f), to)
      this.canonical.set(fold(form), to)
      const key = surnameKey(form.split(' ').at(-1)!)
      if (this.bySurname.get(key) === form) this.bySurname.set(key, to)
    }
  }

  // A surname spelt otherwise by one letter is the one person named in full
  // with it: a slip ("Hausman" after "Trevor Housman") names the full form;
  // a full form a letter short ("Vahit Halefolu" beside "Halefoglu", a
  // letter the wire could not send) takes the longer spelling.
  private spellings(forms: string[], surnames: string[]): void {
    // Each full form's surname under every spelling one letter less (two words one edit apart share one).
    const near = new Map<string, string | null>()
    const long = new Map<string, string[]>()
    for (const t of distinct(forms.map((f) => f.split(' ').at(-1)!), (w) => w.length >= 5, (w) => w)) {
      for (const key of lessOne(t)) near.set(key, near.has(key) && near.get(key) !== t ? null : t)
      const key = longKey(t)
      if (key) long.set(key, [...(long.get(key) ?? []), t].slice(0, MAX_GROUP))
    }
    for (const w of surnames) {
      if (w.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(w) || this.bySurname.has(surnameKey(w))) continue
      const found = new Set<string | null>()
      for (const key of lessOne(w)) if (near.has(key)) found.add(near.get(key)!)
      // ("Haldenweg" after "Thomas Haldenwang": a long surname's two-letter slip past its first six, near-spellings.ts.)
      // (Either way, a second person the slip could be leaves it as written.)
      for (const t of long.get(longKey(w) ?? '') ?? []) if (nearSpelling(w, t)) found.add(t)
      const t = found.size === 1 ? [...found][0] : null
      const full = t && t[0] === w[0] ? this.bySurname.get(surnameKey(t)) : null
      if (!t || !full) continue
      if (w.length !== t.length + 1 || w.length < 7) { this.bySurname.set(surnameKey(w), full); continue }
      const longer = [...full.split(' ').slice(0, -1), w].join(' ')
      for (const f of forms) if (this.canonical.get(fold(f)) === full) this.canonical.set(fold(f), longer)
      this.canonical.set(fold(full), longer)
      this.bySurname.set(surnameKey(t), longer)
      this.bySurname.set(surnameKey(w), longer)
    }
  }

  // "Lib Dems" -> "Liberal Democrats": as many words, each the start of the full word (a plural for a plural).
  private clipped(bodies: string[]): void {
    for (const b of bodies) {
      const sig = signature(b)
      const list = this.bySignature.get(sig) ?? []
      if (list.length < MAX_GROUP) list.push(b)
      this.bySignature.set(sig, list)
    }
    for (const list of this.bySignature.values()) for (const short of list) this.clip(short)
  }

  // The one full name `short` clips, linked; or null.
  private clip(short: string): string | null {
    const fulls = (this.bySignature.get(signature(short)) ?? []).filter((full) => clips(short, full))
    if (fulls.length !== 1) return null
    this.link(short, this.form(fulls[0]!, false))
    return this.form(fulls[0]!, false)
  }

  // "Independent News" -> "Independent News & Media": the one name that goes on past an ampersand.
  // ("Ministry of Culture" -> "Ministry of Culture and Tourism": after "and" only a name "<body> of <Word>" is cut,
  // since "European Union and United States" are two.)
  private ampersands(bodies: string[]): void {
    const cut = new Map<string, string | null>()
    for (const b of bodies) {
      const amp = b.indexOf(' & ')
      const and = b.indexOf(' and ')
      const at = amp > 0 ? amp : and > 0 && / of \p{Lu}[\p{L}'’-]*$/u.test(b.slice(0, and)) ? and : -1
      if (at < 0) continue
      const head = fold(b.slice(0, at))
      // (One name and a text named after it, "... and Tourism data", go on alike: the shorter.)
      const had = cut.get(head)
      cut.set(head, had === undefined ? b : had && b.startsWith(had) ? had : had && had.startsWith(b) ? b : null)
    }
    for (const [head, full] of cut) if (full && head.includes(' ')) this.link(head, full)
  }
}

// Distinct names that pass `keep`, at most MAX_NAMES.
// (A name recurs through an article: each wording is read once.)
function distinct(names: Iterable<string>, keep: (n: string) => boolean, form: (n: string) => string = untitled): string[] {
  const seen = new Map<string, string>()
  const read = new Set<string>()
  for (const raw of names) {
    if (seen.size >= MAX_NAMES) break
    if (read.has(raw)) continue
    read.add(raw)
    const n = form(raw)
    const key = fold(n)
    if (!seen.has(key) && keep(n)) seen.set(key, n)
  }
  return [...seen.values()]
}

// A word folded, and folded with each one letter left out (after the first).
function lessOne(word: string): string[] {
  const w = fold(word)
  const keys = [w]
  for (let k = 1; k < w.length; k++) keys.push(w.slice(0, k) + w.slice(k + 1))
  return keys
}

// The initials of a name's capitalised words ("LD" for "Lib Dems").
const signature = (name: string) => name.split(' ').map((w) => w[0]).join('')

function clips(short: string, full: string): boolean {
  const s = short.split(' ')
  const f = full.split(' ')
  if (s.length !== f.length || short === full || !s.every((w) => /^\p{Lu}/u.test(w))) return false
  let clipped = 0
  for (let k = 0; k < s.length; k++) {
    const plural = s[k]!.length > 3 && s[k]!.endsWith('s') && !f[k]!.startsWith(s[k]!)
    const stem = plural ? s[k]!.slice(0, -1) : s[k]!
    if (plural && !f[k]!.endsWith('s')) return false
    if (stem === f[k]) continue
    if (stem.length < 3 || !f[k]!.startsWith(stem)) return false
    clipped++
  }
  // (Two words cut at least: "Chris Smith" is not "Christine Smith".)
  return clipped >= 2
}
