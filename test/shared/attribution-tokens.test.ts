// Tokens for the attribution engine: a long article is read in chunks cut at
// line breaks (nlp.ts), and the result must be the same as one reading:
// offsets into the whole text, sentence numbers rising across chunks, and the
// same suggestions for a paragraph wherever it falls.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tokenize } from '../../shared/attribution/nlp.ts'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'

const filler = 'The harbour opened at dawn and the ferries ran on time. Fishing boats came back before noon.'
const probe = 'Port director Lena Marsh said the new quay would open in May. "We are ready," she told reporters.'

function longText(paragraphs: number): string {
  const parts: string[] = []
  for (let i = 0; i < paragraphs; i++) parts.push(i % 97 === 50 ? probe : filler)
  return parts.join('\n\n')
}

test('tokens of a long text sit at their offsets, with sentence numbers rising across chunks', () => {
  const text = longText(1200)
  assert.ok(text.length > 100_000)
  const tokens = tokenize(text)
  let sentence = -1
  let end = 0
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text)
    assert.ok(t.start >= end, 'tokens in order')
    assert.ok(t.sentence >= sentence, 'sentence numbers never fall')
    sentence = t.sentence
    end = t.end
  }
  // Every paragraph holds two sentences: none is merged with another across a chunk's edge.
  assert.equal(new Set(tokens.map((t) => t.sentence)).size, 2400)
})

test('a paragraph gets the same suggestions wherever the chunks fall', () => {
  const alone = suggestAttributions(probe).map((s) => [s.content.text, s.source])
  const text = longText(1200)
  const all = suggestAttributions(text)
  const probes = text.split(probe).length - 1
  assert.equal(all.length, probes * alone.length)
  for (const s of all) assert.ok(alone.some(([content, source]) => content === s.content.text && source === s.source))
})
