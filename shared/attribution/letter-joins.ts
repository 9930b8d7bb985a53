// wink's tokenizer splits words at some letters outside Latin-1:
// "Erdoğan" comes as "Erdo" "ğ" "an", "Ngātiwai" as "Ng" "ā" "tiwai",
// "Łukasz" as "Ł" "ukasz", so no rule sees the name. Pieces that touch
// (no space between) where a letter beyond ASCII meets another letter are
// one word again. ("don't" -> "do" "n't" stays split: its letters are ASCII.)

import type { Token } from './nlp.ts'

const LETTER = /\p{L}/u

const letterAt = (s: string, i: number) => LETTER.test(s[i]!)

// No word is longer (nlp.ts hands wink a longer run in pieces of 100): each
// join copies the word, so gluing a 50,000-letter run back cost its square.
const MAX_WORD = 100

// Joins the last token to the one before when they form one word; looks at the last two tokens.
export function joinLetters(out: Token[]): void {
  const t = out[out.length - 1]!
  const prev = out[out.length - 2]!
  if (prev.end !== t.start || prev.sentence !== t.sentence || prev.text.length + t.text.length > MAX_WORD) return
  const a = prev.text.charCodeAt(prev.text.length - 1)
  const b = t.text.charCodeAt(0)
  if (a < 128 && b < 128 || !letterAt(prev.text, prev.text.length - 1) || !letterAt(t.text, 0)) return
  out.pop()
  prev.text += t.text
  prev.lower = prev.text.toLowerCase()
  prev.end = t.end
  if (prev.pos === 'X') prev.pos = t.pos
  // ("Ł" + "ukasz": a capitalised word the pieces' tags did not see as a name.)
  if (prev.cap && (prev.pos === 'X' || prev.pos === 'NOUN' || prev.pos === 'DET')) prev.pos = 'PROPN'
}
