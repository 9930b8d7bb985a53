// A short aside set off by commas between a speaker and its verb: "Abdelatty,
// for his part, said", "The ministry, in turn, said", "Lee, however, said".
// The speaker is the phrase before the aside.

import type { Token } from './nlp.ts'

const ASIDES = new Set(['for his part', 'for her part', 'for its part', 'for their part', 'in turn', 'however', 'meanwhile',
  'in response', 'in reply', 'though', 'too', 'for example', 'for instance', 'in contrast', 'by contrast', 'separately',
  'in a statement', 'in an interview', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday'])

// The index of the last token before an aside that ends with the comma at
// `comma`, or -1 when the words before that comma are no aside.
export function beforeAside(tokens: readonly Token[], floor: number, comma: number): number {
  let words = ''
  for (let k = comma - 1; k > floor && comma - k <= 4; k--) {
    const w = tokens[k]!.lower
    if (w === ',') return ASIDES.has(words) && k - 1 >= floor ? k - 1 : -1
    words = words ? `${w} ${words}` : w
  }
  return -1
}
