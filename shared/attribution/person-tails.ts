// A person's name read with the titles, ranks and body glued before it
// ("AIG Karachi Police Javed Alam Odho", "Brig Athlenda Mathe", "Reserve
// Bank Governor Shaktikanta Das"): the name is the plain words after the
// last of them (GUIDE 4: titles are no part of a name), and a surname the
// article uses alone ("Odho noted") is that person. Read over the finished
// suggestions, after the mention graph, which takes the longest written
// form for the fullest.

import { NAME_WORD, RANK } from './fullest-names.ts'
import { DEMONYMS, ORG_WORDS, PLACES, TITLES } from './lexicon.ts'
import { isGivenName } from './person-gender.ts'
import { fold } from './fold.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null; otherSources: string[] }

const INITIALS = /^\p{Lu}{2,6}$/u
const MAX_NAMES = 256

// ("State Counselor Erlan Karin", "Rights Ombudsman Dinara Zakiyeva": an office-holder's noun, no given name.)
// ("Human Rights Watch", "Venkataraman": "-man" alone is no such noun; nor a short "-or", "Noor", "Taylor".)
const POST_NOUN = /^\p{Lu}(?:\p{Ll}{5,}or|\p{Ll}+(?:sman|swoman|sperson|ist))$/u
// ("Secretary-General", "Director-General": a title of two joined.)
const joinedTitle = (w: string) => w.includes('-') && w.split('-').every((p) => RANK.test(p) || TITLES.has(p.toLowerCase()))
// ("Chinese Ambassador to the United States Xie Feng": the words of a state's two-word name.)
const STATE_WORDS = /^(?:States|Kingdom|Nations|Emirates)$/
const glued = (w: string) => RANK.test(w) || TITLES.has(w.toLowerCase()) || ORG_WORDS.has(w.toLowerCase()) || INITIALS.test(w) || joinedTitle(w)
const post = (w: string) => POST_NOUN.test(w) && !isGivenName(fold(w))
const plain = (w: string) => NAME_WORD.test(w) && !glued(w) && !PLACES.has(w.toLowerCase()) && !DEMONYMS.has(w.toLowerCase())
// ("G Venkataraman": an initial written without its dot, before the surname.)
const initial = (w: string, i: number, all: readonly string[]) => i < all.length - 1 && /^\p{Lu}$/u.test(w)

// `persons`: the names the article reads as a person's ("Dheeraj Kumar", "Kumar" in "Kumar reiterated").
// `mentions`: names the article writes that no suggestion carries ("... rejected UN Secretary-General Antonio Guterres'
// criticism. ... Guterres said"), read for their tails too, so that a surname speaking alone is the person.
export function personTails(out: Sourced[], match: (name: string) => string | null, persons: ReadonlySet<string> = new Set(),
  mentions: readonly { name: string; kind: string }[] = []): void {
  // (A surname some suggestion names alone.)
  const alone = new Set(out.filter((s) => !s.source.includes(' ')).map((s) => s.source))
  // (Or a name the article reads as a person's, whose surname it also writes alone for him.)
  const known = (tail: readonly string[]) => persons.has(tail.join(' ')) && persons.has(tail.at(-1)!)
  const renamed = new Map<string, string>()
  const named = [...out, ...mentions.map((m) => ({ source: m.name, sourceKind: m.kind }))]
  for (const s of named) {
    if ((s.sourceKind !== 'person' && s.sourceKind !== 'organisation') || renamed.has(s.source) || renamed.size >= MAX_NAMES) continue
    const words = s.source.split(' ')
    // (A state's words only before a person's name: "United Auto Workers" is a body's name.)
    const cut = words.findLastIndex((w, i) => glued(w) || s.sourceKind === 'person' && (post(w) || STATE_WORDS.test(w) && /^(?:United|Arab)$/.test(words[i - 1] ?? '')))
    const tail = words.slice(cut + 1)
    if (cut < 0 || tail.length < 2 || tail.length > 4 || !tail.every((w, i) => plain(w) || initial(w, i, tail))) continue
    // (A body keeps its name unless a person's title stands in it or the surname speaks alone: "Bank Rakyat Indonesia".)
    if (s.sourceKind === 'organisation' && !words.slice(0, cut + 1).some((w) => RANK.test(w) || TITLES.has(w.toLowerCase()) || joinedTitle(w)) && !alone.has(tail.at(-1)!) && !known(tail)) continue
    renamed.set(s.source, tail.join(' '))
  }
  if (!renamed.size) return
  const bySurname = new Map<string, string | null>()
  for (const t of renamed.values()) { const last = t.split(' ').at(-1)!; bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== t ? null : t) }
  const rename = (n: string) => renamed.get(n) ?? (n.includes(' ') ? null : bySurname.get(n) ?? null)
  for (const s of out) {
    const t = (s.sourceKind === 'person' || s.sourceKind === 'organisation') ? rename(s.source) : null
    if (t) { s.source = t; s.sourceKind = 'person'; s.sourceId = match(t) }
    s.otherSources = s.otherSources.map((n) => renamed.get(n) ?? n)
  }
}
