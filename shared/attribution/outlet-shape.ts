// Outlets known by the shape of their description rather than by name
// ("the Vedomosti business daily", "the Hurriyet newspaper", "Iran's
// semi-official Fars news agency", "the Rybar Telegram channel"): the
// capitalised name before a lower-case outlet noun is the outlet.

import type { Token } from './nlp.ts'
import { COUNTRY_OF_CAPITAL, DEMONYMS, PLACES, PLATFORMS } from './lexicon.ts'
import { knownOutlet } from './outlets.ts'
import { mastheadParticle } from './masthead-particles.ts'

// The noun that ends the description; "agency" only after "news" or "press".
const OUTLET_NOUN = /^(?:newspaper|paper|daily|broadsheet|tabloid|weekly|magazine|broadcaster|channel|portal|website|outlet|agency|network|station|radio|television|tv)$/
// Nouns that make a masthead on their own after a name: "the Hurriyet newspaper", "France Info radio".
const BARE = /^(?:newspaper|paper|daily|broadsheet|tabloid|weekly|magazine|broadcaster|channel|radio|television|tv)$/
// Before a name: "the French weekly Le Point", "local news outlet Ouest-France".
const LEADING = /^(?:newspaper|paper|daily|broadsheet|tabloid|weekly|magazine|broadcaster|outlet|agency|channel|portal|website|network|station|radio|television|tv)$/
// Words that may stand between the name and the noun: "business daily", "Telegram channel", "news agency".
const BETWEEN = /^(?:news|press|business|financial|economic|daily|online|internet|web|telegram|tv|television|radio|state|private|independent|opposition|political|sports|newswire|wire)$/

// [start, end) of the outlet's name inside tokens[a, b), or null when the phrase has no such shape.
export function outletShape(tokens: readonly Token[], a: number, b: number): [number, number] | null {
  if (b - a < 2) return null
  const noun = tokens[b - 1]!
  if (noun.cap) return leading(tokens, a, b)
  if (!OUTLET_NOUN.test(noun.lower)) return null
  // ("a Nature paper", "a new Lancet paper": one paper of a journal, a document; a newspaper is "the Hurriyet paper".)
  // (The article may stand before the phrase given: describe() passes the words after it.)
  if (noun.lower === 'paper' && [tokens[a]!, tokens[a - 1]].some((t) => t && /^(?:a|an)$/.test(t.lower))) return null
  let k = b - 2
  const between: string[] = []
  while (k >= a && (BETWEEN.test(tokens[k]!.lower) || !tokens[k]!.cap && tokens[k]!.pos === 'ADJ') && !(tokens[k]!.cap && tokens[k]!.pos === 'PROPN' && !/^(?:telegram|tv)$/.test(tokens[k]!.lower))) {
    between.push(tokens[k]!.lower)
    k--
  }
  if (noun.lower === 'agency' && !between.some((w) => w === 'news' || w === 'press')) return null
  // "the Kremlin website": a bare platform noun after a name is no masthead ("the Al Arabiya channel" is).
  if (!BARE.test(noun.lower) && between.length === 0) return null
  const end = k + 1
  // The name: capitalised words (and hyphens) before the description, not an owner's ("the ministry's channel").
  // ("The Post and Courier newspaper": "and" between capitalised words is inside the name.)
  while (k >= a && (tokens[k]!.cap || article(tokens, k) || mastheadParticle(tokens, k) && k > a || /^(?:-|and|&)$/.test(tokens[k]!.lower) && k > a && (tokens[k - 1]!.cap || article(tokens, k - 1)) && tokens[k + 1]!.cap)) k--
  // ("Russia's Kommersant daily": an owner before the name is the country's, kept out of it.)
  const start = k + 1
  // "the ministry's YouTube channel": an owner's account on a platform, not an outlet.
  if (start >= end || k >= a && /^(?:'s|’s)$/.test(tokens[k]!.lower) && noun.lower === 'channel') return null
  if (end - start === 1 && PLATFORMS.has(tokens[start]!.lower)) return null
  // "Tehran radio", "Kabul television": a capital's state broadcaster goes by the city and its medium.
  if (end - start === 1 && between.length === 0 && /^(?:radio|television|tv)$/.test(noun.lower) && COUNTRY_OF_CAPITAL.has(tokens[start]!.lower)) return [start, b]
  // "the Chinese state broadcaster", "a US network": a country describes the outlet, it does not name it.
  if (end - start === 1 && (DEMONYMS.has(tokens[start]!.lower) || PLACES.has(tokens[start]!.lower))) return null
  return [start, end]
}

// "the French weekly Le Point", "local news outlet Ouest-France": the
// capitalised name after the last lower-case word, when that word is an outlet noun.
function leading(tokens: readonly Token[], a: number, b: number): [number, number] | null {
  let k = b - 1
  while (k > a && (tokens[k]!.cap || tokens[k]!.pos === 'NUM' || tokens[k]!.lower === '-' || article(tokens, k) || mastheadParticle(tokens, k))) k--
  if (k === b - 1 || tokens[k]!.cap || !LEADING.test(tokens[k]!.lower)) return null
  if (tokens[k]!.lower === 'agency' && !(k > a && /^(?:news|press)$/.test(tokens[k - 1]!.lower))) return null
  return [k + 1, b]
}

// The Arabic article glued to a name by its hyphen: "al-Qabas", "el-Watan" (lower case, yet inside the name).
const article = (tokens: readonly Token[], k: number) => /^(?:al|el)$/.test(tokens[k]!.text) && tokens[k + 1]?.lower === '-' && tokens[k]!.end === tokens[k + 1]!.start

// The outlet's canonical name for the text of its name words.
export function outletName(name: string): string {
  return knownOutlet(name) ?? name.replace(/^the\s+/i, '')
}

// A masthead's head word, written after "the" as its short form: "the Post
// reported", "according to the Journal" (a person never takes "the"; the full
// name is the article's, outlet-aliases.ts). Capitalised only: "the post" is a
// thing. Not as the one told ("told the Gazette"): a paper calls itself so
// too, and reporter-venues.ts names it only after a fuller mention.
const MASTHEAD_WORD = /^(?:times|post|herald|tribune|gazette|journal|chronicle|observer|telegraph|courier|mirror|express|sun|star|mail|globe|inquirer|examiner|dispatch|bulletin)$/

export function mastheadWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  return t.cap && /^\p{Lu}\p{Ll}+$/u.test(t.text) && MASTHEAD_WORD.test(t.lower) && !/^(?:told|tell|tells|telling)$/.test(tokens[k - 2]?.lower ?? '')
}
