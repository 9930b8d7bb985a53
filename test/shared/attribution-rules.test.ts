// General attribution rules found by reading the blind sets' misses by kind
// (never by sentence). Each is shown on made-up sentences, not fixture text.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { score } from '../../shared/attribution/score.ts'

// The suggestion whose content overlaps the given words, as "source" or "source via relay"; "-" when none.
function who(text: string, words: string): string {
  const at = text.indexOf(words)
  assert.ok(at >= 0, `not in the text: ${words}`)
  const s = suggestAttributions(text).find((x) => x.content.start < at + words.length && x.content.end > at)
  return s ? `${s.source}${s.via ? ` via ${s.via}` : ''}` : '-'
}

test("a cue does not reach into the writer's asides: negated reports, refusals, agentless passives", () => {
  const text = 'Harbour chief Lotte Verhaegen said that traffic had doubled. She did not say when the new berth would open. ' +
    'The port authority declined to comment on the cost. Such projects are widely seen as risky. Cranes arrived in March.'
  assert.equal(who(text, 'traffic had doubled'), 'Lotte Verhaegen')
  assert.equal(who(text, 'She did not say'), '-')
  assert.equal(who(text, 'declined to comment'), '-')
  assert.equal(who(text, 'widely seen as risky'), '-')
})

test('a sentence with a reporting verb of its own is not content reached back by a later cue', () => {
  const text = 'Unions criticised the plan. Jobs will follow the road, mayor Ilse Brandt said.'
  assert.equal(who(text, 'Unions criticised'), '-')
  assert.equal(who(text, 'Jobs will follow'), 'Ilse Brandt')
  // The anonymity formula is the sources' own words, not an aside.
  const anon = 'Two engineers familiar with the design said the bridge was sound. They declined to be identified because the review is private.'
  assert.equal(who(anon, 'declined to be identified'), 'engineers familiar with the design (anonymous)')
})

test('a person is named without the titles and roles before the name', () => {
  assert.equal(who('County Coroner Mabel Ortiz said the cause was smoke.', 'the cause'), 'Mabel Ortiz')
  assert.equal(who('Pastor Elias Okafor said the hall would stay open.', 'the hall'), 'Elias Okafor')
  assert.equal(who('Green Party MP Ruth Alder said the vote was rushed.', 'the vote'), 'Ruth Alder')
  assert.equal(who('Season-ticket holder Omar Reyes said he was stunned.', 'he was stunned'), 'Omar Reyes')
  assert.equal(who('Deputy Minister of Water Resources Liu Qingfeng said dams would be checked.', 'dams would'), 'Liu Qingfeng')
})

test('a capitalised "He" inside a sentence before a name is a surname, not the pronoun', () => {
  assert.equal(who('Trade ministry spokesperson He Lanfang said exports rose in May.', 'exports rose'), 'He Lanfang')
  assert.equal(who('Chen Wei spoke first. He said exports rose in May.', 'exports rose'), 'Chen Wei')
})

test('scores count "(unnamed)" and "(anonymous)" as the same unnamed source (GUIDE 4 allows either)', () => {
  const text = 'Officials said the border would reopen.'
  const labels = [{ sentence: text, attributed: true, source: 'officials (unnamed)', via: null }]
  assert.equal(score(text, labels, suggestAttributions(text)).sourceAccuracy, 1)
})
