// A ~1 MB text as costly as real news per byte: the development articles
// repeated, each copy with its own names. Real articles name many distinct
// people, places and bodies, and the engine's cost per byte follows the
// names (lookups, forms, mention graphs): the same six articles repeated
// name the same few dozen, which made the old 1 MB figure ~2.5x cheaper per
// byte than a concatenation of real stories. Deterministic (no randomness),
// so runs compare.
//
// A name is a capitalised word the articles write after a lower-case word
// (so not a sentence's opening word); every use of it in a copy is renamed
// alike, so an article's people stay one person each. Words in capitals
// (XINHUA, TASS) keep their spelling, and so do the words the engine reads
// as titles, bodies, roles and peoples ("Foreign Minister", "Russian",
// "Ministry") and outlets it knows ("Xinhua"): only the names change.

import { DEMONYMS, ORG_WORDS, PERSON_ROLES, TITLES } from '../shared/attribution/lexicon.ts'
import { knownOutlet } from '../shared/attribution/outlets.ts'

const kept = (word: string) => {
  const lower = word.toLowerCase()
  return TITLES.has(lower) || DEMONYMS.has(lower) || ORG_WORDS.has(lower) || PERSON_ROLES.has(lower) || Boolean(knownOutlet(word))
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'tov', 'bel', 'dra', 'ni', 'gor', 'vu', 'zan', 'pe', 'shi', 'mar', 'te', 'qui', 'ol', 'fen', 'da']
const NAME = /(?<=\p{Ll}[,;]? )\p{Lu}\p{Ll}{2,}/gu

// A pronounceable word for (name, copy), about the name's length.
function renamed(name: string, copy: number): string {
  let h = copy * 7919 + 17
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0
  let out = ''
  while (out.length < Math.max(4, name.length - 1)) {
    out += SYLLABLES[h % SYLLABLES.length]
    h = Math.floor(h / SYLLABLES.length) + out.length * 131
  }
  return out[0]!.toUpperCase() + out.slice(1)
}

function withNames(article: string, copy: number): string {
  const names = new Set<string>()
  for (const m of article.matchAll(NAME)) if (!kept(m[0])) names.add(m[0])
  if (names.size === 0) return article
  const pattern = new RegExp(`(?<![\\p{L}])(?:${[...names].join('|')})(?![\\p{L}])`, 'gu')
  return article.replace(pattern, (name) => renamed(name, copy))
}

// Every other copy writes its apostrophes typographically ("don’t", "Russia’s"), as
// many outlets do. (One such character makes the whole text a two-byte string,
// and V8's Unicode-class patterns run ~2.5x slower over those: the dev articles
// are all Latin-1, real news rarely is.)
const typeset = (article: string, copy: number) => (copy % 2 ? article.replace(/(?<=\p{L})'(?=\p{L})/gu, '’') : article)

export function variedArticle(articles: readonly string[], bytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const next = typeset(withNames(articles[i % articles.length]!.trim(), i), i)
    parts.push(next)
    size += next.length + 2
  }
  return parts.join('\n\n')
}
