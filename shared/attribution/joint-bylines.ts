// "Journalist Zahir Shah reported from Peshawar, and CNN's Jethro Mullen
// wrote from Hong Kong.": two reporters' credits joined in one closing
// sentence are bylines (GUIDE 2), as one "Jane Doe reported from Moscow" is.
// Reads the sentence in cue-sentence.ts; bounded by a short window.

import { to, word } from './cue-sentence.ts'

const CREDIT = /^(?:reported|wrote|writes|reports|contributed)$/
// How many words a place or a second reporter's name may take.
const PLACE = 5
const NAME = 8

// Whether the "reported" at i opens "reported from <place>, and <name> wrote from <place>." closing the sentence.
export function jointByline(i: number): boolean {
  if (!CREDIT.test(word(i)) || word(i + 1) !== 'from') return false
  let k = i + 2
  while (k < to && k - i - 2 < PLACE && !/^(?:,|and)$/.test(word(k))) k++
  if (word(k) === ',') k++
  if (word(k) !== 'and') return false
  for (let m = k + 1; m < to && m - k <= NAME; m++) {
    if (CREDIT.test(word(m))) return /^(?:from|to)$/.test(word(m + 1)) && to - m < 2 + PLACE + 2
  }
  return false
}
