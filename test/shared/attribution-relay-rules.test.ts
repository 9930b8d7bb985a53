// Relay rules (GUIDE 5 and 6) found by reading the blind sets' misses by
// kind, each shown on made-up sentences, not fixture text. Kept apart from
// attribution-rules.test.ts, which holds the source-naming rules.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'

// The suggestion whose content overlaps the given words, as "source" or "source via relay"; "-" when none.
function who(text: string, words: string): string {
  const at = text.indexOf(words)
  assert.ok(at >= 0, `not in the text: ${words}`)
  const s = suggestAttributions(text).find((x) => x.content.start < at + words.length && x.content.end > at)
  return s ? `${s.source}${s.via ? ` via ${s.via}` : ''}` : '-'
}

test('an outlet is known by the shape of its description: "the X daily", "the X newspaper", "the X Telegram channel"', () => {
  assert.equal(who('Gas flows to the north will fall, the Vedomosti business daily reported, citing two sources.', 'Gas flows'), 'sources (anonymous) via Vedomosti')
  assert.equal(who('Ferry fares will double next year, the Ostlandet newspaper reported, citing a source.', 'Ferry fares'), 'source (anonymous) via Ostlandet')
  assert.equal(who('The bridge near the front was hit overnight, the Kamen Telegram channel reported, citing military sources.', 'The bridge'), 'military sources (anonymous) via Kamen')
  // A country describing an outlet does not name one.
  assert.equal(who('The dam near the border will be rebuilt, a Chinese state broadcaster reported.', 'The dam'), '-')
})

test('"X, citing Y, reported that": the cited source between commas speaks through the outlet', () => {
  assert.equal(who('The semi-official Mehr news agency, citing an informed source, reported that the ferry deal was signed.', 'ferry deal'),
    'informed source (anonymous) via Mehr')
})

test('a pronoun inside what a speaker said is not a relay: "the ministry said that it had ..." after an outlet', () => {
  const text = 'Two tankers were chartered for the winter, the Ostlandet newspaper reported, citing port sources.\n\n' +
    'The finance ministry said on Monday that it had added five ships to its list. The foreign ministry said the move was illegal under the treaty.'
  assert.equal(who(text, 'Two tankers'), 'port sources (anonymous) via Ostlandet')
  assert.equal(who(text, 'five ships'), 'finance ministry')
  assert.equal(who(text, 'the move was illegal'), 'foreign ministry')
})

test('data an outlet compiled is its own; a text it published for another is relayed', () => {
  assert.equal(who('Nine of the 20 analysts rate the stock a buy, according to data compiled by Bloomberg.', 'Nine of'), 'Bloomberg data')
  assert.equal(who('Both sides will expand trade in grain, according to a joint statement published by Xinhua.', 'Both sides'), 'joint statement via Xinhua')
})
