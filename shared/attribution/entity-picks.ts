// Small judgements the resolver (discourse.ts) makes about the entities it
// keeps: one person or many, who spoke last, a place merely named, and the
// numbered names of unnamed sources told apart.

import type { Entity } from './entity.ts'
import { fold } from './fold.ts'
import { ANONYMOUS_HEADS, COUNTRY_OF_CAPITAL, PLACES } from './lexicon.ts'

const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([['korea', 'South Korea'], ['netherlands', 'Netherlands'], ['britain', 'Britain']])
// Capitals by folded name -> the country as written ("China"); Washington is the United States.
export const STATE_OF_CAPITAL: ReadonlyMap<string, string> = new Map([
  ...[...COUNTRY_OF_CAPITAL].map(([city, country]) => [city, COUNTRY_NAMES.get(country) ?? country.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())] as [string, string]),
  ['washington', 'United States'],
  // ("The U.S. hoped": the country's short name speaks as the state.)
  ['u.s.', 'United States'], ['us', 'United States'], ['u.s', 'United States'], ['usa', 'United States'],
  // ("the UK said": the kingdom's full name, as the labels write it and as "the U.S." is the United States.)
  ['u.k.', 'United Kingdom'], ['uk', 'United Kingdom'], ['u.k', 'United Kingdom'],
])

// "official #2 (anonymous)" is one person; "officials", "people familiar with ..." are many.
export function singular(name: string): boolean {
  // (A headline's group in capitals, "ANALYSTS" (or "aNALYSTS", its first letter lowered), is a plural too; a body's capitalised word, "Teachers and ...", is a name's.)
  const words = name.replace(/\s*(?:#\d+\s*)?\((?:anonymous|unnamed)\)$/, '').split(/\s+/).map((w) => (/\p{Ll}/u.test(w.slice(1)) ? w : w.toLowerCase()))
  // ("men", "spokeswomen", "children": plurals with no "s" at the end.)
  return !words.some((w) => w === 'people' || /s$/.test(w) && ANONYMOUS_HEADS.has(w) || w === 'staff' || w === 'media' || /^(?:\w*(?:men|women)|children)$/.test(w))
}

export function latestSpeaker(entities: readonly Entity[]): Entity | null {
  let best: Entity | null = null
  for (const e of entities) if (e.spokeAt >= 0 && (!best || e.spokeAt > best.spokeAt)) best = e
  return best
}

// The outlet last heard reporting, by its own cue or as the relay of another's words
// ("Mainichi quoted Nippon Steel as saying ... The paper said"): what "the paper" stands for.
export function latestReporter(entities: readonly Entity[]): Entity | null {
  let best: Entity | null = null
  let at = -1
  for (const e of entities) {
    const when = Math.max(e.spokeAt, e.relayedAt ?? -1)
    if (when > at) { best = e; at = when }
  }
  return best
}

// "U.S. officials (anonymous)" -> "U.S. official (anonymous)": one of them.
export function singularOf(name: string, head: string): string {
  return name.replace(new RegExp(`\\b${head}s\\b`), head)
}

// "official (anonymous)" takes the qualifiers of the group it is one of ("U.S. official (anonymous)").
export function qualified(name: string, group: string, head: string): string {
  const bare = name.replace(/ \((?:anonymous|unnamed)\)$/, '')
  return bare === head && group.includes(` ${head}`) ? group : name
}

export function withNumber(name: string, n: number): string {
  return name.replace(/ \((?:anonymous|unnamed)\)$/, '') + ` #${n} (anonymous)`
}

// "Donald J. Trump", not "Sacramento-based McClatchy": every word a capitalised name or initial.
export const properName = (name: string | undefined) => name !== undefined && name.split(/\s+/).every((w) => /^\p{Lu}[\p{L}'’]*\.?$/u.test(w))

// A country or capital named as a place, not a body that issues texts.
export const isPlace = (name: string) => PLACES.has(fold(name)) || COUNTRY_OF_CAPITAL.has(fold(name)) || STATE_OF_CAPITAL.has(fold(name))

export const isDeputy = (m: string) => m === 'deputy' || m === 'vice'

// The person (or body, or unnamed source) last heard speaking or last the subject of a sentence, whichever came later (sentence-subjects.ts).
// (A subject carries on past its paragraph only when it took the floor there.)
// (So does the subject of the last paragraph's closing sentence when nothing was said or told since, `now` the
// speech clock: "Blinken has met Netanyahu on his visit.\n\nHe called on Wednesday for ...", not the official heard before;
// not one the sentence merely placed, "Noor was in court.\n\n'...,' she said", the speaker heard before.)
export function latestSalient(entities: readonly Entity[], para: number, subjects: (e: Entity) => boolean = () => true, now = -1): Entity | null {
  let best: Entity | null = null
  let at = -1
  for (const e of entities) {
    const carried = e.salientPara === para - 1 && e.salientAt === now && !e.salientPlaced
    const when = Math.max(e.spokeAt, subjects(e) && (e.salientPara === para || e.salientSpeech || carried) ? e.salientAt : -1)
    if (when > at) { best = e; at = when }
  }
  return best
}
