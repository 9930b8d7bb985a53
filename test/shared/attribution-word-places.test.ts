import { test } from 'node:test'
import assert from 'node:assert/strict'
import { hasWord, wordPlaces } from '../../shared/attribution/word-places.ts'

// The places the patterns they replace find, on the texts that tell them apart.
const pattern = (word: string, digits: boolean) => {
  const edge = digits ? '[\\p{L}\\p{N}]' : '[\\p{L}]'
  return new RegExp(`(?<!${edge})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!${edge})`, 'gu')
}
const texts = ['Ford met Fordham in Stafford; Ford2 and 2Ford, Ford.', 'Li said. Lin said. Li’s aide', '𝐀Li Li𝐀 Li', 'Mr. A.B. Smith said A.B.', '', 'Ford']
const words = ['Ford', 'Li', 'A.B.', 'Smith', 'said']

test('wordPlaces finds what the lookaround pattern finds, with and without digits as word characters', () => {
  for (const text of texts) {
    for (const word of words) {
      for (const digits of [true, false]) {
        const expected = [...text.matchAll(pattern(word, digits))].map((m) => m.index)
        assert.deepEqual([...wordPlaces(text, word, digits)], expected, `${word} in ${text} (digits ${digits})`)
        assert.equal(hasWord(text, word, digits), expected.length > 0)
      }
    }
  }
})

test('a digit touching a name bounds it only when digits are not word characters', () => {
  assert.equal(hasWord('Ford2 said', 'Ford'), false)
  assert.equal(hasWord('Ford2 said', 'Ford', false), true)
  assert.equal(hasWord('Fordham said', 'Ford', false), false)
})
