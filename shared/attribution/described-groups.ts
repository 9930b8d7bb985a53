// "Boeing executives contacted the transition team ... the executives
// told Trump officials": a bare unnamed group ("executives (anonymous)")
// is the group the article described earlier with the same head noun,
// named by that description ("Boeing executives", "Swedish prosecutors",
// "four top cybersecurity executives" -> "cybersecurity executives"); one
// of them ("one executive") is one of that group ("cybersecurity executive").

import type { Token } from './nlp.ts'
import { ANONYMOUS_HEADS, PERSON_ROLES } from './lexicon.ts'

const BARE = /^(\p{Ll}+) \((anonymous|unnamed)\)$/u
// How many words may describe a group before its head noun.
const MAX_MODS = 3

interface Mention { at: number; mods: string }

// Per article (its token list), the described mentions of each plural head, in order.
const cache = new WeakMap<readonly Token[], Map<string, Mention[]>>()

// Only a group the words point back to ("the executives", "these executives", "two of the
// executives", "one executive"): a bare "scientists believe" is scientists at large.
const POINTS_BACK = /\b(?:the|these|those|one|two|three|four|five|all|both|several|some) (?:of (?:the|these|those) )?$/i

export function describedGroup(name: string, text: string, tokens: readonly Token[], before: number, phrase: string): string | null {
  const m = BARE.exec(name)
  if (!m || !POINTS_BACK.test(phrase.slice(0, Math.max(0, phrase.toLowerCase().lastIndexOf(m[1]!))))) return null
  const head = m[1]!
  const plural = head.endsWith('s') ? head : `${head}s`
  if (!isGroupHead(plural)) return null
  // (The last description before it: "security executives ... four top cybersecurity executives ... These executives".)
  const found = mentionsOf(text, tokens).get(plural)?.findLast((x) => x.at < before)
  if (!found) return null
  return `${found.mods} ${head} (${m[2]})`
}

const isGroupHead = (plural: string) => ANONYMOUS_HEADS.has(plural) || PERSON_ROLES.has(plural.slice(0, -1))

function mentionsOf(text: string, tokens: readonly Token[]): Map<string, Mention[]> {
  let map = cache.get(tokens)
  if (map) return map
  map = new Map()
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.cap || !t.lower.endsWith('s') || !isGroupHead(t.lower)) continue
    const mods = modifiers(text, tokens, k)
    if (!mods) continue
    const list = map.get(t.lower) ?? []
    list.push({ at: t.start, mods })
    map.set(t.lower, list)
  }
  cache.set(tokens, map)
  return map
}

// The words right before the head that name the group: nouns ("cybersecurity",
// "police"), or capitalised names and adjectives ("Boeing", "Swedish"). Lower-case
// nouns after a name are the description ("Forest Hill police officers" -> "police").
function modifiers(text: string, tokens: readonly Token[], k: number): string | null {
  const sentence = tokens[k]!.sentence
  let from = k
  while (from > 0 && k - from < MAX_MODS && tokens[from - 1]!.sentence === sentence && describes(tokens[from - 1]!, from - 1, tokens)) from--
  if (from === k) return null
  let lower = from
  while (lower < k && tokens[lower]!.cap) lower++
  if (lower < k) from = lower
  return text.slice(tokens[from]!.start, tokens[k - 1]!.end)
}

function describes(t: Token, k: number, tokens: readonly Token[]): boolean {
  // (A capital opening the sentence marks nothing: "Some executives", "Two officials".)
  const opens = k === 0 || tokens[k - 1]!.sentence !== t.sentence
  if (t.cap) return !opens && (t.pos === 'PROPN' || t.pos === 'ADJ') || opens && t.pos === 'PROPN'
  return t.pos === 'NOUN' && /^\p{Ll}[\p{Ll}-]+$/u.test(t.text)
}
