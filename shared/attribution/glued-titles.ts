// A person's name with the title the sentence glued before it, taken whole
// as the name: "U.S. Undersecretary of State for Economic Affairs Allen
// Wallis", "BBC home affairs correspondent Danny Shaw", "industry analyst
// Elliot Levine of Ladenburg Thalmann Co". The source is the person (GUIDE 4:
// the person in his fullest form), found as the article knows him by his
// surname, the name's last word.

import { ORG_WORDS, TITLES } from './lexicon.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null }

// Titles the lexicon's list leaves out, and the parts of compound ranks ("Major-General").
const MORE = /^(?:undersecretary|under-secretary|assistant|correspondent|reporter|major|brigadier|marshal|spokesman|analyst)$/
// (Capitalised, only a title a name is written after: "Fan Weidong" and "Sister Act" are no titles.)
const RANKS = /^(?:president|premier|prime|minister|secretary|undersecretary|general|major|colonel|lieutenant|admiral|brigadier|commander|ambassador|governor|senator|chairman|chairwoman|chancellor|director|spokesman|spokeswoman|judge|mayor|sheriff|prosecutor|inspector|detective|sergeant|captain|chief|deputy|vice|envoy|commissioner|dr|gen|gov|sen|rep|lt|col)\.?$/
const titleWord = (w: string) => w.toLowerCase().split('-').some((p) => (/^\p{Lu}/u.test(w) ? RANKS.test(p) : TITLES.has(p) || MORE.test(p)))

// The person a glued name holds, or null: `person` gives the article's person for a surname, if any.
export function unglued(name: string, person: (surname: string) => string | null): string | null {
  // ("... Elliot Levine of Ladenburg Thalmann Co": an affiliation after the name goes with the title.)
  const affiliated = / (?:of|at|with) (?!.* (?:of|at|with) ).*$/.exec(name)
  return holder(name.split(' '), name, person) ?? (affiliated ? holder(name.slice(0, affiliated.index).split(' '), name, person) : null)
}

function holder(words: string[], name: string, person: (surname: string) => string | null): string | null {
  if (words.length < 2) return null
  const surname = words.at(-1)!
  if (!/^\p{Lu}\p{Ll}/u.test(surname)) return null
  // (The article's person must be a name, not an office's words the tagger took in: "Economic Affairs Allen Wallis".)
  const known = person(surname)
  const full = known && !known.split(' ').some((w) => /^\p{Lu}/u.test(w) && office(w)) ? known : byShape(words)
  if (!full || full.length >= name.length) return null
  // The person's name closes the glued one; a title stands before it.
  const fullWords = full.split(' ')
  const at = words.length - fullWords.length
  if (at < 1 || words.slice(at).join(' ').toLowerCase() !== full.toLowerCase()) return null
  const before = words.slice(0, at)
  // (Or only an office's last words, when the tagger cut the title: "[Minister for Foreign] Affairs Martin
  // Lidegaard". The article must know the person by that surname, so a firm's "Energy Transfer Partners" stays.)
  return before.some(titleWord) || (known && before.every((w) => OFFICE.test(w.toLowerCase()))) ? full : null
}

export function gluedTitles(out: Sourced[], person: (surname: string) => string | null, match: (name: string) => string | null): void {
  // (Then "Wallis said", which the tagger may have taken for a body, is the same person.)
  const bySurname = new Map<string, string>()
  const named = (s: Sourced) => s.sourceKind === 'person' || s.sourceKind === 'organisation' || s.sourceKind === 'outlet'
  for (const s of out) {
    if (!named(s)) continue
    const name = unglued(s.source, person)
    if (!name) continue
    s.source = name
    s.sourceKind = 'person'
    s.sourceId = match(name)
    bySurname.set(name.split(' ').at(-1)!, name)
  }
  if (bySurname.size) for (const s of out) {
    const name = named(s) ? bySurname.get(s.source) : undefined
    if (!name || name === s.source) continue
    s.source = name
    s.sourceKind = 'person'
    s.sourceId = match(name)
  }
}

// Words of an office's name before a holder's ("Secretary of State Blinken", "Economic Affairs Allen Wallis").
const OFFICE = /^(?:affairs|state|defen[cs]e|security|trade|finance|treasury|relations|interior|justice|energy|labou?r|health|education|commerce|agriculture|industry|transport)$/
const office = (w: string) => titleWord(w) || ORG_WORDS.has(w.toLowerCase()) || OFFICE.test(w.toLowerCase())
const given = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !office(w)

// When the article never names him alone: the one or two capitalised words after the title's last word.
function byShape(words: readonly string[]): string | null {
  const last = words.at(-1)!
  if (!given(last) || words.length < 2) return null
  const before = words.at(-2)!
  if (given(before) && words.length >= 3 && office(words.at(-3)!)) return `${before} ${last}`
  return office(before) && /^\p{Lu}/u.test(before) ? last : null
}
