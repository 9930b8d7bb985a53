// A field's words as the search index takes them (search-index.ts): each
// word's key with its count, and how many words in all. Made in pieces, so
// that the notes of a document with thousands of annotations can be
// counted a few at a time (a note's words never run into the next one's).

import { wordKeys } from './words.ts'

export interface WordBag { counts: Map<string, number>; length: number }

export const emptyBag = (): WordBag => ({ counts: new Map(), length: 0 })

export function addWords(bag: WordBag, text: string): WordBag {
  const keys = wordKeys(text)
  for (const key of keys) bag.counts.set(key, (bag.counts.get(key) ?? 0) + 1)
  bag.length += keys.length
  return bag
}

export const bagOf = (text: string): WordBag => addWords(emptyBag(), text)

// (Words that were added: a note edited or removed.)
export function removeWords(bag: WordBag, text: string): WordBag {
  const keys = wordKeys(text)
  for (const key of keys) {
    const count = (bag.counts.get(key) ?? 0) - 1
    if (count > 0) bag.counts.set(key, count)
    else bag.counts.delete(key)
  }
  bag.length -= keys.length
  return bag
}
