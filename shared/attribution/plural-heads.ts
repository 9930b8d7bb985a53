// Whether an unnamed source's name ends in a plural common noun: "countries
// (anonymous)", "Western nations (anonymous)", "the carmakers (unnamed)".
// ANONYMOUS_HEADS lists the usual heads of unnamed sources; any other noun
// the cue finder took for a speaker may be plural too, and "he" or "she"
// never stands for many (pronoun-persons.ts). Read by its regular ending:
// "-ies" or "-s" after a letter that makes no singular ("boss", "census",
// "analysis", "news" stay singular).

import { memo } from './memo.ts'

// Singular nouns with a plural's ending.
const SINGULAR_S = new Set(['news', 'series', 'species', 'means', 'headquarters', 'politics', 'economics', 'physics', 'media', 'alias', 'atlas', 'canvas', 'bias', 'gas', 'lens', 'chassis'])

// The head noun of an unnamed source's name: the last word before a describing phrase ("officials close to the talks").
export const headOf = memo((name: string): string => {
  const words = name.replace(/\s*(?:#\d+\s*)?\((?:anonymous|unnamed)\)$/, '').split(/\s+/)
  const cut = words.findIndex((w, k) => k > 0 && /^(?:of|at|in|from|for|close|familiar|with|who|that|on)$/.test(w))
  return (cut > 0 ? words[cut - 1] : words.at(-1)) ?? ''
})

export const pluralHead = memo((name: string): boolean => {
  const head = headOf(name)
  if (!/^\p{Ll}+$/u.test(head) || SINGULAR_S.has(head)) return false
  return /(?:ies|[^suiy']s)$/.test(head) || /[aeo]ys$/.test(head)
})
