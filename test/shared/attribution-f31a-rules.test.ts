// Rules of session 26 (h-f31a), a source's account that goes on without a cue
// of its own (GUIDE 3 "next" and "previous"): a forecast, a modal or a
// quantified subject that only looks like a reporting verb; a "that" clause
// after a date; a past account after a backshifted "said that"; a speaker's
// projection after a trailing cue; figure lines under a data source's frame
// or closed by a report. Each on made-up text with a near miss it must leave
// alone: the writer's narration beside the source.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"X was expected to ..." after "He said ...": a forecast carries the account on, an agentless "seen as" does not', () => {
  const story = 'Talks stall\n\nVance Holt leads the delegation.\n\n' +
    'He said the two sides had held five rounds of talks before the strikes. Varnia was expected to present its proposal in the sixth round.'
  assert.equal(who(story, 'present its proposal'), 'Vance Holt')
  // (Near miss: "is widely seen as" is the writer's comment on the account.)
  const seen = story.replace('Varnia was expected to present its proposal in the sixth round.', 'Such rounds are widely seen as a formality.')
  assert.equal(who(seen, 'widely seen'), '-')
})

test('"prices will determine ..." before "..., Lind said in the report": a modal is no new report, so the cue reaches back', () => {
  const story = 'Inflation view\n\nMara Lind is the bank\'s economist.\n\n' +
    'Looking ahead, fuel prices will determine inflation. Core prices are easing, Lind said in the report.'
  assert.equal(who(story, 'fuel prices will determine'), 'Mara Lind')
  // (Near miss: an agentless evidential is the writer's, and the reach back stops there.)
  const other = story.replace('fuel prices will determine inflation', 'fuel is thought to drive inflation')
  assert.equal(who(other, 'thought to drive'), '-')
})

test('"announced on January 24, that ...": a "that" clause after a date runs on like "said that"', () => {
  const story = 'Plane down\n\nThe Varnian Defence Ministry announced on January 24, that rebels had downed a transport plane over the border. ' +
    'There were 74 people on board, including 65 prisoners.'
  assert.equal(who(story, '74 people on board'), 'Varnian Defence Ministry')
  // (Near miss: "announced" with an object and no clause reports an act, not words that run on.)
  const act = story.replace('announced on January 24, that rebels had downed a transport plane over the border', 'announced on January 24 a search over the border')
  assert.equal(who(act, '74 people on board'), '-')
})

test('"He said that agencies had received ..." then a past sentence: a backshifted account goes on in the past', () => {
  const story = 'Raids in the north\n\nProvincial spokesman Omar Rind spoke to reporters.\n\n' +
    'He said that security agencies had received intelligence about a gang of killers. Three men were taken into custody during the raids.'
  assert.equal(who(story, 'taken into custody'), 'Omar Rind')
  // ("Several suspects": after a quantifier the word the tagger read as a reporting verb is the subject.)
  assert.equal(who(story.replace('Three men', 'Several suspects'), 'taken into custody'), 'Omar Rind')
  // (Near miss: after a present account, a past sentence is the writer narrating.)
  const present = story.replace('security agencies had received', 'security agencies are following up')
  assert.equal(who(present, 'taken into custody'), '-')
})

test('"..., a US official said. But talks will continue ...": a projection after a trailing cue is the speaker\'s', () => {
  const story = 'Cairo talks\n\nA round of talks in Cairo ended without a final agreement, a US official said. But talks will continue at lower levels in the coming days.'
  assert.equal(who(story, 'talks will continue'), 'US official (anonymous)')
  // (Near miss: narration after the cue, not a projection, stays the writer's.)
  const narrated = story.replace('But talks will continue at lower levels in the coming days.', 'The talks have gone on for months.')
  assert.equal(who(narrated, 'gone on for months'), '-')
})

test('"According to the customs agency, trade rose 3.7% ... Exports reached $524 billion": figure lines under the frame', () => {
  const story = 'Trade grows\n\nAccording to the Varnian customs agency, trade with Ostria rose 3.7% to $688 billion in 2024. ' +
    'Exports reached $524 billion, while imports fell 0.1% to $163 billion.'
  assert.equal(who(story, 'Exports reached'), 'Varnian customs agency')
  // (Near miss: a dated event with figures is the writer's narration.)
  const dated = story.replace('Exports reached $524 billion, while imports fell 0.1% to $163 billion.', 'Shares of shippers fell 2% on Monday.')
  assert.equal(who(dated, 'Shares of shippers'), '-')
  // (Near miss: a figure after a speaker's verb is the writer's comparison.)
  const expects = 'Orvane outlook\n\nOrvane Foods expects revenue of $36 billion in 2025. The midpoint is below the $38 billion of 2024.'
  assert.equal(who(expects, 'The midpoint'), '-')
})

test('figure lines closed by "..., the Meridian news agency reported": a report with figures reaches back over them', () => {
  const story = 'Industry in 2024\n\nA series of data show the gains.\n\n' +
    'In 2024 Varnia has passed 4.1 million base stations. Its carmakers built 10 million electric cars for the first time in 2024. ' +
    'The robot market is projected to reach 3 billion yuan, the Meridian news agency reported.'
  assert.equal(who(story, '4.1 million base stations'), 'Meridian')
  assert.equal(who(story, '10 million electric cars'), 'Meridian')
  // (Near miss: a count the writer narrates before a quotation's figures stays the writer's.)
  const quoted = 'Hunger report\n\nThe report warned of famine.\n\n' +
    'As strikes intensify, 2.2 million people in the enclave continue to live in catastrophe. "Over 20 percent go whole days without eating," read the report.'
  assert.equal(who(quoted, '2.2 million people'), '-')
})

test('"He added that ... Waller is a voting member": a sentence with the speaker as its subject is the writer describing him', () => {
  const story = 'Fed view\n\nFederal Reserve Governor Chris Waller said on Thursday he wants more evidence. ' +
    'He added that there are few signs inflation will fall below 2% soon. Waller is a permanent voting member of the committee.'
  assert.equal(who(story, 'permanent voting member'), '-')
  // (Near miss: without the speaker as subject the account goes on.)
  const on = story.replace('Waller is a permanent voting member of the committee.', 'Growth is strong and hiring is steady.')
  assert.equal(who(on, 'hiring is steady'), 'Chris Waller')
})
