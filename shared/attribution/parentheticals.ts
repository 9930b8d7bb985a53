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
  for (let k = comma - 1; k > floor && comma - k <= LONG_ASIDE; k--) {
    const w = tokens[k]!.lower
    if (w === ',') return (ASIDES.has(words) || textAside(tokens, k + 1, comma)) && k - 1 >= floor ? k - 1 : -1
    words = words ? `${w} ${words}` : w
  }
  return -1
}

// "IRNA, in a report received in London, said", "The ministry, in a statement on its website, said": the
// text the speaker spoke in, described at more length than the fixed asides above (no clause of its own).
const LONG_ASIDE = 10
const TEXTS = /^(?:report|statement|interview|speech|letter|message|post|note|broadcast|commentary|editorial|communique|dispatch|bulletin|release)$/
function textAside(tokens: readonly Token[], a: number, b: number): boolean {
  if (tokens[a]?.lower !== 'in' || !/^(?:a|an|its|his|her|their|the)$/.test(tokens[a + 1]?.lower ?? '')) return false
  let k = a + 2
  while (k < b && k < a + 5 && !TEXTS.test(tokens[k]!.lower)) k++
  if (k >= b || !TEXTS.test(tokens[k]!.lower)) return false
  for (let m = k + 1; m < b; m++) if (tokens[m]!.pos === 'AUX' || /^(?:that|which|who)$/.test(tokens[m]!.lower)) return false
  return true
}
