// The account holder a post's signature names ("— Rep. Ilhan Omar (@Ilhan)",
// "— Lil Wayne WEEZY F (@LilTunechi)"): a display name is free text, so a
// title before the name and a shouted nickname after it are no part of the
// person's name (GUIDE 4: the person, in the fullest form the article gives).

import { TITLES } from './lexicon.ts'

// Only the abbreviated titles: "President" or "Queen" may open a display name that is a body's or a band's.
const TITLE = (w: string) => /\.$/.test(w) && TITLES.has(w.toLowerCase())
const SHOUTED = /^[\p{Lu}\d]+$/u
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u

export function signatureName(display: string): string {
  let words = display.trim().split(/\s+/)
  while (words.length > 2 && TITLE(words[0]!)) words = words.slice(1)
  // A name in ordinary case (two words or more), then shouted words: the nickname goes.
  let end = words.length
  while (end > 2 && SHOUTED.test(words[end - 1]!)) end--
  if (end < words.length && words.slice(0, end).every((w) => NAME_WORD.test(w))) words = words.slice(0, end)
  return words.join(' ')
}
