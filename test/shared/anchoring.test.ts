import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { anchor } from '../../shared/anchoring/anchor.ts'
import { CONTEXT_LENGTH, describe } from '../../shared/anchoring/describe.ts'
import { Target } from '../../shared/model/annotation.ts'
import { importText } from '../../shared/formats/import-text.ts'
import { canonicalText } from '../../shared/model/document.ts'

const sample = canonicalText(importText(readFileSync(
  fileURLToPath(new URL('../../resources/samples/xi-mishustin-2025-11-05.txt', import.meta.url)), 'utf8',
)).blocks)

function rangeOf(text: string, phrase: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(phrase, from)
  assert.notEqual(start, -1, `${JSON.stringify(phrase)} is not in the text`)
  return { start, end: start + phrase.length }
}

// Whatever anchor() returns must cover exactly the quoted words.
function anchorChecked(text: string, target: Target) {
  const range = anchor(text, target)
  if (range) assert.equal(text.slice(range.start, range.end), target.quote.exact, 'anchor returned a range whose text is not the quote')
  return range
}

test('describe() produces a valid target with quote and context', () => {
  const { start, end } = rangeOf(sample, 'expand the pie of cooperation')
  const target = describe(sample, start, end)
  assert.deepEqual(target.position, { start, end })
  assert.equal(target.quote.exact, 'expand the pie of cooperation')
  assert.equal(target.quote.prefix, sample.slice(start - CONTEXT_LENGTH, start))
  assert.equal(target.quote.suffix, sample.slice(end, end + CONTEXT_LENGTH))
  assert.equal(target.quote.prefix.length, CONTEXT_LENGTH)
  assert.ok(Target.safeParse(target).success)
})

test('describe() clips the context at the ends of the text', () => {
  const target = describe(sample, 0, 7)
  assert.equal(target.quote.exact, 'Beijing')
  assert.equal(target.quote.prefix, '')
  const last = describe(sample, sample.length - 8, sample.length)
  assert.equal(last.quote.exact, 'economy.')
  assert.equal(last.quote.suffix, '')
})

test('describe() then anchor() round-trips on the sample, across blocks too', () => {
  const heading = rangeOf(sample, 'Deepen cooperation')
  const ranges = [
    { start: 0, end: 46 },
    rangeOf(sample, 'Xinhua News Agency reported'),
    { start: heading.start - 10, end: heading.end + 10 }, // spans blank lines
    { start: sample.length - 1, end: sample.length },
    { start: 0, end: sample.length },
  ]
  for (const { start, end } of ranges) {
    assert.deepEqual(anchorChecked(sample, describe(sample, start, end)), { start, end })
  }
})

test('anchor() uses the position when the text is unchanged, even for a repeated phrase', () => {
  // "per Xinhua" occurs several times; the stored position decides.
  const first = rangeOf(sample, 'per Xinhua')
  const third = rangeOf(sample, 'per Xinhua', rangeOf(sample, 'per Xinhua', first.end).end)
  assert.ok(third.start > first.start)
  assert.deepEqual(anchor(sample, describe(sample, third.start, third.end)), third)
  // Even with context that is no help, an exact position match wins.
  const target = describe(sample, third.start, third.end)
  assert.deepEqual(anchor(sample, { ...target, quote: { ...target.quote, prefix: '', suffix: '' } }), third)
})

test('after words are inserted before the quote, it is found at its new place', () => {
  const phrase = 'a strategic choice for both sides'
  const { start, end } = rangeOf(sample, phrase)
  const target = describe(sample, start, end)
  const edited = sample.replace('Mishustin visited China', 'Prime Minister Mishustin, who is 59, visited China')
  const shift = edited.length - sample.length
  assert.ok(shift > 0)
  assert.notEqual(edited.slice(start, end), phrase)
  assert.deepEqual(anchorChecked(edited, target), { start: start + shift, end: end + shift })
})

test('with the quote occurring twice, prefix and suffix choose the right one', () => {
  const text = 'Officials said the talks went well. Later, analysts said the talks went nowhere.'
  const second = rangeOf(text, 'the talks', rangeOf(text, 'the talks').end)
  const target = describe(text, second.start, second.end)
  // Shift everything so that the stored position points at neither occurrence.
  const edited = `BREAKING: ${text}`
  assert.deepEqual(anchorChecked(edited, target), { start: second.start + 10, end: second.end + 10 })

  // The same with the first one, and with edits between the occurrences.
  const first = rangeOf(text, 'the talks')
  const firstTarget = describe(text, first.start, first.end)
  const edited2 = `Today ${text.replace('went well.', 'went very well indeed.')}`
  assert.deepEqual(anchorChecked(edited2, firstTarget), { start: first.start + 6, end: first.end + 6 })

  // Context beats proximity: a long insertion between the two occurrences
  // leaves the stored position nearer the wrong one.
  const padding = 'went well, officials added at length, '.repeat(5)
  const edited3 = text.replace('went well.', `${padding}.`)
  const moved = rangeOf(edited3, 'analysts said the talks')
  const expected = { start: moved.start + 'analysts said '.length, end: moved.end }
  assert.ok(Math.abs(first.start - target.position.start) < Math.abs(expected.start - target.position.start), 'the test needs the hint to favour the wrong occurrence')
  assert.deepEqual(anchorChecked(edited3, target), expected)

  // The suffix alone can decide: same prefix, different suffix.
  const twin = 'He said yes to them. He said no to them.'
  const no = rangeOf(twin, 'He said', 5)
  const noTarget = describe(twin, no.start, no.end)
  assert.deepEqual(anchorChecked(`Note: ${twin}`, noTarget), { start: no.start + 6, end: no.end + 6 })
})

test('when the quoted text is altered or deleted, the annotation is an orphan (null)', () => {
  const phrase = 'calling for enhanced cooperation on multiple fronts'
  const { start, end } = rangeOf(sample, phrase)
  const target = describe(sample, start, end)
  const altered = sample.replace(phrase, 'calling for enhanced cooperation on many fronts')
  assert.equal(anchorChecked(altered, target), null)
  const deleted = sample.replace(`${phrase} `, '')
  assert.equal(anchorChecked(deleted, target), null)
  assert.equal(anchorChecked('', target), null)
  // Same length at the same place but different words: still no match.
  const sameLength = sample.replace('multiple fronts', 'MULTIPLE FRONTS')
  assert.equal(sameLength.length, sample.length)
  assert.equal(anchorChecked(sameLength, target), null)
})

test('anchor() never returns a range whose text differs from the quote', () => {
  const { start, end } = rangeOf(sample, 'Wang Xiaoquan')
  const target = describe(sample, start, end)
  const edits = [
    sample.slice(0, start) + sample.slice(start + 3),
    sample.slice(0, start - 5) + sample.slice(start + 5),
    sample.replaceAll('Wang', 'Wong'),
    sample.slice(0, 100),
    'Wang Xiaoquan',
    sample.toUpperCase(),
  ]
  for (const text of edits) anchorChecked(text, target)
  assert.deepEqual(anchorChecked('Wang Xiaoquan', target), { start: 0, end: 13 })
})

test('describe() throws RangeError on out-of-range input', () => {
  const text = 'short text'
  for (const [start, end] of [[-1, 3], [0, 11], [5, 5], [6, 5], [0, 0], [1.5, 3], [0, Number.NaN], [Number.NaN, 2], [0, Infinity]] as const) {
    assert.throws(() => describe(text, start, end), RangeError, `${start}-${end}`)
  }
  assert.throws(() => describe('', 0, 1), RangeError)
  assert.doesNotThrow(() => describe(text, 0, 10))
})

test('Chinese text round-trips', () => {
  const text = '中国国家主席习近平在北京会见俄罗斯总理米舒斯京。\n\n双方同意深化在能源、互联互通、农业和航天等领域的合作。🇨🇳🇷🇺'
  const { start, end } = rangeOf(text, '深化在能源')
  const target = describe(text, start, end)
  assert.equal(target.quote.exact, '深化在能源')
  assert.deepEqual(anchorChecked(text, target), { start, end })
  const edited = `新华社报道：${text}`
  assert.deepEqual(anchorChecked(edited, target), { start: start + 6, end: end + 6 })
  // Flags are surrogate pairs; the range is counted in UTF-16 units.
  const flags = rangeOf(text, '🇨🇳🇷🇺')
  assert.equal(flags.end - flags.start, 8)
  assert.deepEqual(anchorChecked(edited, describe(text, flags.start, flags.end)), { start: flags.start + 6, end: flags.end + 6 })
})
