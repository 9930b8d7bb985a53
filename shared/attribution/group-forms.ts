// The form of an unnamed group's name once the phrase is found (label
// conventions, session 18: the cue's noun phrase without counts, articles and
// quantifiers):
// - two groups joined by "and" ("bank economists and dealers said") are two
//   sources: the first is the source, the other one of its other sources
//   ("current and former officials", words describing one group, stay one);
// - "other western officials" are "western officials";
// - a body's unnamed staff are named after the body ("an economist at ABN
//   Bank" -> "ABN Bank economist", "the spokesman for one U.S. bank
//   creditor" -> "U.S. bank creditor spokesman");
// - a headline's capitals take the article's case, and "sources close to X"
//   name X in the article's fullest form.

import { ANONYMOUS_HEADS, DEMONYMS, PERSON_ROLES } from './lexicon.ts'

const MARK = / \((?:anonymous|unnamed)\)$/

// A noun naming people that a group's name may end in: "source", "economists", "traders".
const peopleNoun = (word: string) => {
  const w = word.toLowerCase()
  return ANONYMOUS_HEADS.has(w) || PERSON_ROLES.has(w) || PERSON_ROLES.has(w.replace(/s$/, '')) || /^(?:correspondents?|pilots|dealers|brokers|merchants|bankers?|economists?|traders?|strategists|analysts?)$/.test(w)
}

// "spokesman for one U.S. bank creditor (anonymous)" -> "U.S. bank creditor spokesman (anonymous)", as the label
// conventions name a body's unnamed spokesperson after the body; null for any other name.
// (The session-18 convention also drops a phrase that only places a group, "diplomats in the region"; the
// committed sets still label such names as written, so that is left to them.)
export function spokesmanFor(name: string): string | null {
  const mark = MARK.exec(name)?.[0]
  if (!mark) return null
  const words = name.slice(0, name.length - mark.length).split(' ')
  const k = words.findIndex((w) => SPOKES.test(w))
  const member = k >= 0 ? memberOf(words, k) : null
  return member ? `${member}${mark}` : null
}

// Nouns of those who work for a body, named after it: "an economist at ABN Bank" is an "ABN Bank economist".
const STAFF = /^(?:officials?|sources?|spokes(?:man|woman|person)|economists?|analysts?|traders?|dealers?|executives?|bankers?|employees?|staff|diplomats?|delegates?|researchers?|scientists?|engineers?|strategists?|experts?|managers?)$/i
const SPOKES = /^spokes(?:man|woman|person)$/i
// Words that may join a body's capitalised name: "Bank of Japan", "Marks & Spencer".
const JOINS = /^(?:of|and|for|&|de|du|des|la|le|el|al|von|van)$/

// "economist at ABN Bank" -> "ABN Bank economist"; "spokesman for one U.S. bank creditor" -> "U.S. bank creditor
// spokesman" (the label conventions name a body's unnamed staff after the body); null for anything else.
function memberOf(words: readonly string[], k: number, cueOnly = false): string | null {
  const head = words[k]!
  if (!STAFF.test(head) || k + 2 >= words.length) return null
  const link = words[k + 1]!
  let body = words.slice(k + 2)
  if (body[0] === 'the' || body[0] === 'a' || body[0] === 'an' || body[0] === 'one') body = body.slice(1)
  if (!body.length || body.some((w) => /['’]s$/.test(w))) return null
  // A spokesman speaks for whatever he is spokesman of or for, named or not ("for the central bank").
  if (SPOKES.test(head) && /^(?:for|of)$/.test(link)) return [...body, ...words.slice(0, k + 1)].join(' ')
  // (Otherwise only for a name that left its body out, memberInCue: a name written "official at the Agriculture
  // Ministry" keeps the words it was written with, as the committed sets label it.)
  if (!/^(?:at|with|of|from)$/.test(link) || !cueOnly) return null
  // Only a body's proper name: every word capitalised but the joining ones, the last too.
  const proper = body.every((w) => /^[\p{Lu}\d]/u.test(w) || JOINS.test(w)) && /^[\p{Lu}\d]/u.test(body.at(-1)!) && /^\p{Lu}/u.test(body[0]!)
  return proper ? [...body, ...words.slice(0, k + 1)].join(' ') : null
}

// "bank economists and dealers (anonymous)" -> ["bank economists (anonymous)", "dealers (anonymous)"]; null
// when the "and" joins describing words ("current and former officials") or names ("Holcomb and GOP leaders").
export function firstGroup(name: string): [string, string] | null {
  const mark = MARK.exec(name)?.[0]
  if (!mark) return null
  const words = name.slice(0, name.length - mark.length).split(' ')
  const and = words.indexOf('and')
  if (and < 1 || and === words.length - 1 || words.lastIndexOf('and') !== and) return null
  const before = words[and - 1]!
  const after = words.slice(and + 1)
  // Both sides are groups of people: a plural noun before "and", a plural noun ending the rest.
  if (!/\p{Ll}s$/u.test(before) || !peopleNoun(before)) return null
  if (!/\p{Ll}s$/u.test(after.at(-1)!) && !/^(?:press|media|staff|police|clergy)$/i.test(after.at(-1)!)) return null
  const first = words.slice(0, and)
  // ("Traders and analysts said": a plural capitalised as the sentence opens is a common noun.)
  if (/^\p{Lu}\p{Ll}+$/u.test(first[0]!) && peopleNoun(first[0]!)) first[0] = first[0]!.toLowerCase()
  return [`${first.join(' ')}${mark}`, `${after.join(' ')}${mark}`]
}

// The body the cue names after the group's noun when the name left it out: "An economist at ABN Bank said"
// named "economist (anonymous)" is an "ABN Bank economist (anonymous)".
export function memberInCue(name: string, cue: string): string | null {
  const mark = MARK.exec(name)?.[0]
  if (!mark) return null
  const words = name.slice(0, name.length - mark.length).split(' ')
  const head = words.at(-1)!
  if (!STAFF.test(head)) return null
  const said = cue.split(/\s+/)
  const at = said.findIndex((w, i) => w.toLowerCase() === head.toLowerCase() && i + 2 < said.length)
  if (at < 0) return null
  // The body's words run from the link to the first lower-case word that is not a link or article (the verb).
  let end = at + 2
  while (end < said.length && (/^[\p{Lu}\d]/u.test(said[end]!) || JOINS.test(said[end]!) || (end === at + 2 && /^(?:the|a|an|one)$/.test(said[end]!)))) end++
  const tail = said.slice(at + 1, end).map((w) => w.replace(/[,;:]$/, ''))
  // ("One dealer at a German bank said": a body a demonym describes is no name; the group keeps the phrase as
  // written, as the conventions keep "source at the Turkish foreign ministry". Its nouns run to the cue's verb.)
  if (end < said.length - 1 && end - at <= 4 && DEMONYMS.has(said[end - 1]!.toLowerCase()) && said.length - 1 - end <= 2 &&
    said.slice(end, -1).every((w) => /^\p{Ll}+$/u.test(w))) {
    return `${withoutCount(words).join(' ')} ${said.slice(at + 1, -1).join(' ')}${mark}`
  }
  // ("An international oil trader in Tokyo said": where a trader or dealer works tells who he is, kept as written;
  // "officials in Kyiv" are Ukrainian officials, anonymous-phrase.ts.)
  if (tail[0] === 'in' && end >= said.length - 1 && tail.length > 1 && !ANONYMOUS_HEADS.has(head.toLowerCase()) && /^\p{Lu}/u.test(tail[1]!)) {
    return `${withoutCount(words).join(' ')} ${tail.join(' ')}${mark}`
  }
  // (A name that already holds the body, "Bank of Japan officials", is complete.)
  const body = tail.slice(1).filter((w) => !/^(?:the|a|an|one)$/.test(w)).join(' ').toLowerCase()
  if (!body || name.toLowerCase().includes(body)) return null
  const member = memberOf([...words, ...tail], words.length - 1, true)
  return member ? `${member}${mark}` : null
}

interface Attributed { source: string; kind: string; otherSources: string[] }

// The name of an unnamed group in its conventional form, the second of two joined groups among the others.
// How the article names things: its own mixed-case form of a phrase a headline gives in capitals, and the
// fullest name of a person or body it names ("Balladur" -> "Edouard Balladur").
export interface ArticleForms { written(caps: string): string | null; fullest(name: string): string }

export function groupForm<A extends Attributed>(a: A, cue = '', forms?: ArticleForms): A {
  if (a.kind !== 'anonymous') return a
  const split = firstGroup(a.source)
  const found = split ? split[0] : memberInCue(a.source, cue) ?? a.source
  // (Only a quantifier the cue writes: "Others said" after residents spoke is named "other residents" to keep
  // the two groups apart, group-words.ts.)
  const written = cue.toLowerCase().includes(found.replace(MARK, '').toLowerCase()) ? withoutQuantifier(found) : found
  const source = forms ? identified(fromCapitals(written, forms), forms) : written
  const others = split ? [split[1], ...a.otherSources] : a.otherSources
  const trimmed = spokesmanFor(source) ?? source
  const otherSources = others.map((n) => (MARK.test(n) ? spokesmanFor(n) ?? n : n))
  if (trimmed === a.source && !split && otherSources.every((n, i) => n === a.otherSources[i])) return a
  return { ...a, source: trimmed, otherSources: [...new Set(otherSources)].filter((n) => n !== trimmed) }
}

// "one dealer" is a dealer: a count is no part of the name (label conventions, session 16).
const withoutCount = (words: readonly string[]) => (/^one$/i.test(words[0] ?? '') && words.length > 1 ? words.slice(1) : [...words])

// "other western officials" are "western officials": a quantifier is no part of the name.
const QUANTIFIER = /^(?:other|a few|a number of|a handful of|a couple of|a group of) (?=\S+ )/i
export const withoutQuantifier = (name: string) => name.replace(QUANTIFIER, '')

// "SOURCES CLOSE TO BALLADUR (anonymous)" from a headline in capitals: as the article writes it below.
function fromCapitals(name: string, forms: ArticleForms): string {
  const mark = MARK.exec(name)?.[0] ?? ''
  const words = name.slice(0, name.length - mark.length)
  // (anonymous-phrase.ts lower-cases a name's first letter: "sOURCES CLOSE TO ...".)
  if (!/\p{Lu}{2}/u.test(words) || /\p{Ll}/u.test(words.slice(1))) return name
  const written = forms.written(words)
  return written ? `${written}${mark}` : name
}

// "sources close to Balladur (anonymous)": the one they are close to in the article's fullest name for him.
const CLOSE = /^(.* (?:close|closest|near|loyal|related) to )(?:the )?(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})( \((?:anonymous|unnamed)\))$/u
function identified(name: string, forms: ArticleForms): string {
  const m = CLOSE.exec(name)
  if (!m) return name
  const full = forms.fullest(m[2]!)
  return full.length > m[2]!.length && full.toLowerCase().includes(m[2]!.toLowerCase()) ? `${m[1]}${full}${m[3]}` : name
}
