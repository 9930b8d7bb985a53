// "Austria's interior minister said ... the Interior Ministry said in a
// statement": a ministry named without its country, whose portfolio the
// article gives one country's minister, is that country's ministry (GUIDE 4:
// one canonical name; the read sets name it "Austrian Interior Ministry").
// A portfolio the article gives two countries' ministers ("the Russian and
// Chinese foreign ministers") leaves a bare ministry as written.

import { DEMONYM_OF, DEMONYMS } from './lexicon.ts'
import { fold } from './fold.ts'

// "Interior Ministry", "Ministry of the Interior", "Foreign Affairs Ministry".
const BARE = /^(?:(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) Ministry|Ministry of (?:the )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?))$/u
// "Austria's interior minister", "Austrian Interior Minister Wolfgang Peschorn".
// (At a word's start only, not ASCII's \b: "ĞAĞA..." has a \b before each A, and each try read to the word's end.)
const MINISTER = /(?<![\p{L}\p{N}_])(?!The\b)(\p{Lu}\p{L}+)(['’]s)? (\p{L}+(?: \p{L}+)?) [Mm]inister\b/gu
// Portfolios kept per article (a bound on untrusted text).
const MAX = 64

// Per article (the last one read): portfolio -> the one country's adjective, or null when two.
let seenText = ''
let portfolios = new Map<string, string | null>()

export function ministryCountry(name: string, text: string): string | null {
  const m = BARE.exec(name)
  if (!m) return null
  if (text !== seenText) { seenText = text; portfolios = portfoliosIn(text) }
  const adjective = portfolios.get(fold(m[1] ?? m[2]!))
  return adjective ? `${adjective} ${name}` : null
}

function portfoliosIn(text: string): Map<string, string | null> {
  const found = new Map<string, string | null>()
  for (const x of text.matchAll(MINISTER)) {
    const owner = x[1]!
    const adjective = x[2] ? DEMONYM_OF.get(fold(owner)) : DEMONYMS.has(owner.toLowerCase()) ? owner : undefined
    if (!adjective) continue
    const key = fold(x[3]!)
    const known = found.get(key)
    if (known === undefined && found.size >= MAX) break
    found.set(key, known === undefined || known === adjective ? adjective : null)
  }
  return found
}
