// Who wrote the article, decided once per article (GUIDE 5 and 6): every
// rule that asks "is this outlet a relay or the writer's own venue?" asks
// this one decision. The writer is the outlet own-outlet.ts finds (a wire
// dateline, the caller's meta publisher, the house lines). Its own names
// are all the forms it goes by: its listed names ("AP", "The Associated
// Press"); its short form after "the" ("the Globe" on a California Globe
// page); a station's call sign or brand before its place ("KXAN" of "KXAN
// Austin", "NBC 5" of "NBC 5 Dallas-Fort Worth"); the outlet a byline at the
// top names ("By Jane Doe, Sioux Falls Argus Leader"); and the papers of
// the network it belongs to ("told the Argus Leader" on USA TODAY's page of
// a network paper's story). Every other outlet is another's.

import { fold } from './fold.ts'
import { COUNTRY_OF_CAPITAL, PLACES } from './lexicon.ts'
import { isDistributor, knownOutlet, looksLikeOutlet, namesOf } from './outlets.ts'
import { networkOf } from './outlet-networks.ts'
import { writerOf } from './own-outlet.ts'
import { jointWires } from './dateline.ts'
import { domainStem } from './domain-publishers.ts'

export interface Publisher {
  // The writer's name, or null when the article does not tell it.
  readonly name: string | null
  // Whether an outlet named in the article is the writer under one of its names.
  isOwn(outlet: string): boolean
}

// The head a byline is looked for in.
const HEAD = 600
// "By Jane Doe, Argus Leader", "Jane Doe | Sioux Falls Argus Leader", "Jane Doe, USA TODAY NETWORK".
const BYLINE = /^(?:By\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*(?:,|\||—|–)\s*((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})\s*$/gmu
// A station's call sign or brand: "KXAN", "WSVN", "ABC7", "NBC 5".
const STATION = /^(?:[KW][A-Z]{2,3}|\p{Lu}{2,4}\s?\d{1,2})$/u

const bare = (name: string) => name.replace(/^the\s+/i, '').trim()
const key = (name: string) => fold(knownOutlet(name) ?? bare(name))

// For callers that know nothing of the writer.
export const NO_PUBLISHER: Publisher = { name: null, isOwn: () => false }

export function decidePublisher(text: string, given?: string): Publisher {
  const name = writerOf(text, given)
  const own = new Set<string>()
  // Forms that stand for the writer only when said as "the X" after its full name's last words.
  let words: string[] = []
  if (name && !/\(unnamed\)$/.test(name)) {
    for (const n of namesOf(name)) own.add(key(n))
    words = bare(name).split(/\s+/)
    // (The page's own name as the caller gives it: "NBC 5 Dallas-Fort Worth" is a desk of NBC News and a station too.)
    const meta = given?.replace(/\s+/g, ' ').trim()
    for (const full of meta && !isDistributor(meta) ? [name, meta] : [name]) {
      own.add(key(full))
      // ("told the Telegraph" on Telegraph.co.uk's page.)
      const stem = domainStem(full)
      if (stem) own.add(key(stem))
      // ("KXAN Austin", "NBC 5 Dallas-Fort Worth": the station is known by its call sign or brand alone.)
      const split = bare(full).split(/\s+/)
      for (let n = 1; n < split.length && n <= 2; n++) {
        const lead = split.slice(0, n).join(' ')
        if (!STATION.test(lead) || knownOutlet(lead) !== undefined && key(lead) !== key(name)) continue
        own.add(fold(lead))
        // (The words after a station's call sign are the market it serves, no short name of it: "Austin".)
        if (full === name) words = []
      }
    }
    for (const sibling of networkOf(name)) own.add(key(sibling))
    for (const wire of jointWires(text)) own.add(key(wire))
  }
  for (const m of text.slice(0, HEAD).matchAll(BYLINE)) {
    const outlet = m[1]!.replace(/[.,]$/, '')
    if (isDistributor(outlet) || !looksOwnBy(outlet, name)) continue
    own.add(key(outlet))
    for (const sibling of networkOf(outlet)) own.add(key(sibling))
  }
  const short = (outlet: string): boolean => {
    const w = bare(outlet).split(/\s+/)
    return w.length < words.length && fold(w.join(' ')) === fold(words.slice(-w.length).join(' ')) && !w.some((x) => PLACES.has(x.toLowerCase()) || COUNTRY_OF_CAPITAL.has(x.toLowerCase()))
  }
  return { name, isOwn: (outlet) => own.has(key(outlet)) || short(outlet) }
}

// A byline's outlet counts when the article names no writer or one of the same network
// (a wire byline on a paper's page is the wire's copy, which the dateline reader already says).
function looksOwnBy(outlet: string, writer: string | null): boolean {
  if (!writer) return knownOutlet(outlet) !== undefined || looksLikeOutlet(outlet) || networkOf(outlet).length > 0
  return key(outlet) === key(writer) || networkOf(writer).some((n) => key(n) === key(outlet)) || networkOf(outlet).some((n) => key(n) === key(writer))
}
