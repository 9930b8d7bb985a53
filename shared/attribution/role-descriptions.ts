// A speaker the cue describes by role instead of name is the one person the
// article names with that role (GUIDE 4: role nouns resolved to the named
// entity): "The head of state emphasized" -> the president the article
// names; "The LSK boss further said" -> "LSK president Faith Odhiambo", not
// the last man named; "the CEO of Emirates said" -> the Emirates CEO, not
// the company; "PMR President Admits" -> the one president named.
// The role's other words narrow the choice where the article writes them
// beside a name ("LSK", "Emirates"); words it writes beside no name
// ("PMR" against "TMR") do not. Never a speaker who asked not to be named,
// never a group, never a role two people hold.

import type { PersonRoles } from './person-roles.ts'
import { TITLES } from './lexicon.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null; cue: { start: number; end: number } }

// A role's head noun -> the words that hold it beside a name.
const LEAD = ['president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'chief', 'head', 'leader', 'boss', 'ceo', 'director']
const FAMILIES = new Map<string, readonly string[]>([
  ['president', ['president']],
  ['head of state', ['president', 'king', 'emir', 'monarch', 'sultan']],
  ['boss', LEAD], ['head', LEAD], ['chief', LEAD], ['leader', LEAD],
  ['ceo', ['ceo', 'chief executive']], ['chief executive', ['ceo', 'chief executive']],
  ['chairman', ['chairman', 'chairwoman', 'chairperson', 'chair']], ['chairwoman', ['chairman', 'chairwoman', 'chairperson', 'chair']],
  ['chairperson', ['chairman', 'chairwoman', 'chairperson', 'chair']],
  ['spokesman', ['spokesman', 'spokeswoman', 'spokesperson']], ['spokeswoman', ['spokesman', 'spokeswoman', 'spokesperson']],
  ['spokesperson', ['spokesman', 'spokeswoman', 'spokesperson']],
  ['adviser', ['adviser', 'advisor']], ['advisor', ['adviser', 'advisor']],
  ...['minister', 'secretary', 'governor', 'mayor', 'director', 'commissioner', 'ambassador', 'envoy', 'prosecutor', 'founder', 'coach',
    'premier', 'chancellor', 'economist', 'strategist', 'lawyer', 'attorney', 'judge', 'commander', 'superintendent', 'inspector']
    .map((w) => [w, [w]] as [string, readonly string[]]),
])
// The role in the cue: determiner or possessive, up to three qualifying words, the head, an "of" body.
// (Case is matched word by word: a body's words must be capitalised.)
const anyCase = (w: string) => `(?:[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}|${w.toUpperCase()})`
const HEADS = ['head of state', 'chief executive', ...[...FAMILIES.keys()].filter((k) => !k.includes(' '))].map((k) => k.split(' ').map(anyCase).join(' '))
const HEAD_WORDS = new Set([...FAMILIES.keys()].map((k) => k.split(' ')[0]!))

// Words of the sentence around a role, never its qualifiers ("announced on Monday by the president").
const FUNCTION = String.raw`(?:by|on|in|at|of|to|for|with|from|said|says|told|was|were|is|are|has|have|had|and|but|as|that|which|who|when|after|before)\s`
const ROLE = new RegExp(
  String.raw`(?:^|(?<=\s))(?:(${['the', 'its', 'his', 'her', 'their', 'a', 'an', 'one', 'another'].map(anyCase).join('|')})\s+)?((?:(?!${FUNCTION})[\p{L}'’.-]+\s+){0,3}?)` +
  String.raw`(${HEADS.join('|')})(?:\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s?){1,5}))?(?![\p{L}])`, 'u')
// Qualifiers that say nothing of whose role it is.
const EMPTY = new Set(['the', 'top', 'senior', 'new', 'current', 'also', 'further', 'then', 'now', 'however', 'and', 'but', 'later', 'earlier'])
const ANONYMITY = /anonymity|not (?:authori[sz]ed|be named|be identified|to be named|to be identified)|declined to be (?:named|identified)|asked not to|requested anonymity/i
// Where the role's words are looked for: the cue, then this far around it for anonymity.
const AROUND = 200

// A name that is a role ("PMR President"), never a person the table reads.
// ("Tirunelveli DIG": a post's initials close it.)
export function isRoleName(name: string): boolean {
  return name.split(' ').some((w) => FAMILIES.has(w.toLowerCase())) || name.includes(' ') && ACRONYM.test(name.split(' ').at(-1)!)
}

export function roleDescriptions(out: Sourced[], text: string, roles: PersonRoles, match: (name: string) => string | null): void {
  const people = [...roles.people()]
  const named = new Set(people)
  const surnames = new Set(people.map((p) => p.split(' ').at(-1)!).filter((w) => w.length > 2))
  roleNames(out, text, people, named, roles, match)
  const holderOf = new Map<string, string | null>()
  for (const s of out) {
    const cue = text.slice(s.cue.start, s.cue.end)
    // (The role pattern is long: only a cue with a role's word is read with it.)
    if (!cue.toLowerCase().split(/[^\p{L}]+/u).some((w) => HEAD_WORDS.has(w))) continue
    const role = ROLE.exec(cue)
    if (!role) continue
    const [, det, before, head, body] = role
    if (det && /^(?:a|an|one|another)$/i.test(det)) continue
    // The cue names its speaker ("LSK president Faith Odhiambo said"): nothing to resolve.
    if (cue.split(/[^\p{L}'’-]+/u).some((w) => surnames.has(w))) continue
    if (!describedHere(s, cue, role.index, role[0].length, named, surnames)) continue
    const written = [...(before ?? '').split(/\s+/), ...(body ?? '').split(/\s+/)].filter((w) => w)
    // ("the minister's press secretary", "the company's spokesman": someone's staff, not a holder.)
    if (written.some((w) => /^\p{Ll}.*['’]s$/u.test(w))) continue
    // (One role's holder is looked up once per article.)
    const key = `${head!.toLowerCase()} ${written.join(' ')}`
    let chosen = holderOf.get(key)
    if (chosen === undefined) {
      const family = FAMILIES.get(head!.toLowerCase())!
      const qualifiers = written.map((w) => w.replace(/['’]s$/, '').toLowerCase()).filter((w) => !EMPTY.has(w) && !FAMILIES.has(w))
      const holders = people.filter((p) => holds(roles.of(p), family))
      // Every qualifier must be beside the holder's name, but initials the article writes beside no one's ("PMR" for "TMR").
      const known = qualifiers.filter((q) => !(written.includes(q.toUpperCase()) && /^\p{Lu}{2,5}$/u.test(q.toUpperCase()) && !people.some((p) => roles.of(p).has(q))))
      const fit = holders.filter((p) => known.every((q) => roles.of(p).has(q)))
      chosen = fit.length === 1 ? fit[0]! : null
      if (holderOf.size < 1024) holderOf.set(key, chosen)
    }
    if (!chosen || chosen === s.source) continue
    if (ANONYMITY.test(text.slice(Math.max(0, s.cue.start - AROUND), s.cue.end + AROUND))) continue
    s.source = chosen
    s.sourceKind = 'person'
    s.sourceId = match(s.source)
  }
}

// Whose words the role stands for: an unnamed source, a role read as a name or as its body, a person who holds no such role.
function describedHere(s: Sourced, cue: string, at: number, length: number, people: ReadonlySet<string>, surnames: ReadonlySet<string>): boolean {
  // (Not a group, nor a named person's staff: "Alina Veskova press secretary (anonymous)".)
  // (Nor an unnamed one the engine already found nearer: "A Pentagon spokesman said ... the spokesman added".)
  if (s.sourceKind === 'anonymous') {
    const described = s.source.replace(/\s*\((?:anonymous|unnamed)\).*$/, '').split(' ')
    return !/\b(?:sources?|officials|people|members)\b/i.test(s.source) && !described.some((w) => surnames.has(w)) &&
      described.every((w) => cue.toLowerCase().includes(w.toLowerCase()))
  }
  if (s.sourceKind === 'person') return !people.has(s.source) || !cue.includes(s.source.split(' ').at(-1)!)
  // "the CEO of Emirates said": the body the role belongs to was read as the speaker.
  if (s.sourceKind === 'organisation') return / of /i.test(cue.slice(at, at + length))
  return false
}

function holds(words: ReadonlySet<string>, family: readonly string[]): boolean {
  return family.some((f) => (f.includes(' ') ? f.split(' ').every((w) => words.has(w)) : words.has(f)))
}

// A role read as a name ("Additional Inspector General", "Home Affairs Adviser", "DGP", carried on
// by "He assured"): the one person beside whose name the article writes every word of it.
const ADDED = new Set(['additional', 'assistant', 'acting', 'senior', 'principal'])
const ACRONYM = /^\p{Lu}{2,6}$/u
function roleNames(out: Sourced[], text: string, people: readonly string[], known: ReadonlySet<string>, roles: PersonRoles, match: (name: string) => string | null): void {
  const found = new Map<string, string | null>()
  let spelled = 0
  for (const s of out) {
    // ("CBC Governor" read as the broadcaster's name: a post's head closes it, no outlet's name does.)
    const post = s.sourceKind === 'outlet' && s.source.includes(' ') && FAMILIES.has(s.source.split(' ').at(-1)!.toLowerCase())
    if ((s.sourceKind !== 'person' && s.sourceKind !== 'organisation' && !post) || known.has(s.source)) continue
    let holder = found.get(s.source)
    if (holder === undefined) {
      // (Each acronym spelt out is a scan of the text: a hostile text's many acronyms get a few.)
      holder = ACRONYM.test(s.source) ? acronymHolder(s.source, text, people, roles, spelled++ < MAX_SPELLED) : wordsHolder(s.source, people, roles)
      if (found.size < 256) found.set(s.source, holder)
    }
    if (!holder) continue
    s.source = holder
    s.sourceKind = 'person'
    s.sourceId = match(holder)
  }
}

// Title words only ("Additional Inspector General", "General"), or a post's head after the capitalised words of
// its office ("Home Affairs Adviser", "Home Secretary" for the "Additional Chief Secretary to the Home
// Department", "Tirunelveli DIG" for the "Deputy Inspector General (DIG) ... Pa Moorthy"). Initials the article
// writes beside nobody say nothing ("IOC Chairman" where it writes "IOCL").
const RANKS = new Set(['general', 'commander', 'colonel', 'captain', 'major', 'inspector', 'superintendent'])
function wordsHolder(source: string, people: readonly string[], roles: PersonRoles): string | null {
  const written = source.split(' ')
  const words = written.map((w) => w.toLowerCase())
  const heldBySome = (w: string) => people.some((p) => roles.of(p).has(w))
  const head = words.at(-1)!
  if (words.length === 1 && !(/^\p{Lu}\p{Ll}/u.test(written[0]!) && (FAMILIES.has(head) || RANKS.has(head)))) return null
  const titles = words.every((w) => TITLES.has(w) || ADDED.has(w)) && words.some((w) => FAMILIES.has(w) || RANKS.has(w))
  const office = (FAMILIES.has(head) || ACRONYM.test(written.at(-1)!) && heldBySome(head)) && written.every((w) => /^\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u.test(w))
  if (!titles && !office) return null
  const needed = words.filter((w, i) => i === words.length - 1 || !ACRONYM.test(written[i]!) || heldBySome(w))
  const holders = people.filter((p) => needed.every((w) => roles.of(p).has(w)))
  return holders.length === 1 ? holders[0]! : null
}

// A post's initials the article writes straight before a person's name ("DGP G Venkataraman", "DGP
// Venkataraman"), later alone ("the DGP said"); a body's initials stand before its officer's title
// instead ("FBI Director Kash Patel" ... "the FBI said": the FBI).
const MAX_WRITTEN = 64
const MAX_SPELLED = 16
function acronymHolder(source: string, text: string, people: readonly string[], roles: PersonRoles, spell: boolean): string | null {
  const holders = people.filter((p) => roles.of(p).has(source.toLowerCase()))
  if (holders.length !== 1) return spell ? spelledHolder(source, text, people, roles) : null
  const name = new Set(holders[0]!.split(' '))
  let at = text.indexOf(source)
  for (let n = 0; at >= 0 && n < MAX_WRITTEN; n++, at = text.indexOf(source, at + 1)) {
    if (/\p{L}/u.test(text[at - 1] ?? '')) continue
    const next = /^ (\p{Lu}[\p{L}.'’-]*)/u.exec(text.slice(at + source.length, at + source.length + 40))
    if (next && name.has(next[1]!.replace(/\.$/, ''))) return holders[0]!
  }
  return null
}

// Initials the article never defines, of a post it writes in full before one person's name: "Attock District
// Police Officer Dr Sardar Ghias Gul Khan" ... "the DPO said". A body's initials spell a body's name, which
// ends in no post's noun ("National Investigation Agency (NIA) Director Kamal Verma" ... "the NIA said").
function spelledHolder(source: string, text: string, people: readonly string[], roles: PersonRoles): string | null {
  if (!/^[A-Z]{3,5}$/.test(source)) return null
  const spelled = new RegExp(String.raw`(?<![\p{L}])${[...source].map((c) => String.raw`${c}\p{Ll}+`).join(String.raw`(?:[ -]|\s+of\s+)`)}(?![\p{L}])`, 'gu')
  const found = new Set<string>()
  let n = 0
  for (const m of text.matchAll(spelled)) {
    if (n++ >= MAX_WRITTEN) break
    const words = m[0].toLowerCase().split(/[ -]+/).filter((w) => w !== 'of')
    // (A post's name ends in a post's noun: "District Police Officer", not "National Investigation Agency".)
    const last = words.at(-1)!
    if (!TITLES.has(last) && !FAMILIES.has(last) && !RANKS.has(last)) continue
    for (const p of people) if (words.every((w) => roles.of(p).has(w))) found.add(p)
  }
  return found.size === 1 ? [...found][0]! : null
}
