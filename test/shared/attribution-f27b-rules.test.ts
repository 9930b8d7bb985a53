// Rules of session 25 (h-f27b): the name of an unnamed group runs on to the
// end of what describes it, a hyphened participle before a group's noun is
// part of its name. Each on made-up text with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"people familiar with reports circulating within the ministry": the description runs on to the clause\'s end', () => {
  const story = 'Port deal stalls\n\nLISBON (Wirecast) - The port deal has stalled, the Daily Ledger reported, citing people familiar with reports circulating within the transport ministry.'
  assert.equal(who(story, 'port deal has stalled'), 'people familiar with reports circulating within the transport ministry (anonymous) via Daily Ledger')
  const between = 'Port deal stalls\n\nThe Ledger, citing "people familiar with talks between the port authority and the unions," reported that the deal stalled.'
  assert.equal(who(between, 'the deal stalled'), 'people familiar with talks between the port authority and the unions (anonymous) via Ledger')
  // (Near miss: a time or an occasion after the group is when and how they spoke, not who they are.)
  assert.equal(who('Port deal stalls\n\nThe deal has stalled, according to people familiar with the matter on Tuesday.', 'deal has stalled'), 'people familiar with the matter (anonymous)')
  assert.equal(who('Port deal stalls\n\nThe deal has stalled, according to people familiar with the matter in an interview.', 'deal has stalled'), 'people familiar with the matter (anonymous)')
})

test('"state-run media reported": the hyphened participle before the noun stays in the unnamed outlet\'s name', () => {
  const story = 'Launch\n\nSEOUL - Pak Sung Chol vowed the tests would go on, state-run media reported on Wednesday.'
  assert.equal(who(story, 'tests would go on'), 'Pak Sung Chol via state-run media (unnamed)')
  // (Near miss: "-based" tells where a source is, which the name leaves out as before.)
  assert.equal(who('Shares fall\n\nThe Kyoto-based maker said sales would fall.', 'sales would fall'), 'maker (unnamed)')
})

test('a headline\'s stance verb in the present: "demands", "rules out", "thanks ... for"', () => {
  const demands = 'Lorvania demands Castria withdraw its recognition\n\nThe government of Lorvania said on Monday that Castria had no right to act.'
  assert.equal(who(demands, 'withdraw its recognition'), 'Lorvania')
  const rules = 'Polish deputy foreign minister rules out talks with the rebels\n\nPolish Deputy Foreign Minister Arkady Voltin said in an interview that no talks would be held.'
  assert.equal(who(rules, 'talks with the rebels'), 'Arkady Voltin')
  const thanks = 'Port authority thanks the press for holding the story\n\nThe Port Authority of Marlow said the press had acted with care.'
  assert.equal(who(thanks, 'the press for holding'), 'Port Authority of Marlow')
  // (Near misses: the noun "demands" that something happens to, and "rules" with no "out".)
  assert.equal(who('Lorvania demands rejected by the council\n\nThe council met in Lorvania on Monday.', 'rejected by'), '-')
  assert.equal(who('Deputy minister rules the talks over\n\nDeputy Minister Arkady Voltin met the rebels.', 'the talks over'), '-')
})

test('a headline\'s bare "officials say" does not take the name of officials met at an occasion', () => {
  const story = 'Two guards hurt near the depot, officials say\n\nTwo guards were hurt at the depot on Friday.\n\nOfficials at the briefing said the guards would recover.'
  assert.equal(who(story, 'Two guards hurt'), 'officials (anonymous)')
  // (Near miss: officials of a body are who they are, and the headline's group takes their name.)
  const body = story.replace('Officials at the briefing', 'Officials at the Interior Ministry')
  assert.equal(who(body, 'Two guards hurt'), 'Interior Ministry officials (anonymous)')
})

test('words said on a titled programme: the broadcaster relays that paragraph, not the speaker named again later', () => {
  const story = 'Minister thanks press\n\nWASHINGTON (AP) — Speaking on NBC’s “Meet the Press” on Sunday, Defense Minister Hal Corvin said the raid was kept quiet. “It would leak,” he said.\n\n' +
    '“Several outlets held the story,” Corvin said.'
  assert.equal(who(story, 'It would leak'), 'Hal Corvin via NBC News')
  assert.equal(who(story, 'Several outlets'), 'Hal Corvin')
  // (Near miss: words told to a paper are known only through it, named again or not.)
  const paper = story.replace('Speaking on NBC’s “Meet the Press” on Sunday, Defense Minister Hal Corvin said', 'Defense Minister Hal Corvin told the Financial Times')
  assert.equal(who(paper, 'Several outlets'), 'Hal Corvin via Financial Times')
})

test('a pronoun opening the paragraph after an answer given to another outlet keeps that outlet as relay', () => {
  const story = 'Children to return\n\nLONDON (AP) — Lena Varga, the commissioner, told reporters that the children would return.\n\n' +
    'In response to a question from the news agency Interfax, Varga said the children would return soon.\n\n“They are finishing school,” she said.'
  assert.equal(who(story, 'finishing school'), 'Lena Varga via Interfax')
  // (Near miss: someone else speaks in between, so the pronoun is no longer the answer's continuation.)
  const between = story.replace('\n\n“They', '\n\nOfficials said the list was long.\n\n“They')
  assert.equal(who(between, 'finishing school'), 'Lena Varga')
})

test('"told the Sydney Morning Herald": a masthead\'s last word the tagger reads as a verb still closes its name', () => {
  assert.equal(who('Minister thanks press\n\nWASHINGTON (AP) — Defense Minister Hal Corvin told the Sydney Morning Herald that the raid was kept quiet.', 'raid was kept'), 'Hal Corvin via Sydney Morning Herald')
  // (Near miss: a word that names no paper.)
  assert.equal(who('Minister thanks press\n\nWASHINGTON (AP) — Defense Minister Hal Corvin told the Court that the raid was kept quiet.', 'raid was kept'), 'Hal Corvin')
})

test('"Russian news agencies quoted security sources as saying": unnamed news agencies relay as unnamed media do', () => {
  const story = 'Strike hits convoy\n\nMOSCOW (Wirecast) - Lorvanian news agencies quoted security sources as saying the strike was carried out by a drone.'
  assert.equal(who(story, 'the strike was carried'), 'security sources (anonymous) via Lorvanian news agencies (unnamed)')
  // (Near miss: the agencies reporting with no inner speaker are the source themselves.)
  assert.equal(who('Strike hits convoy\n\nMOSCOW (Wirecast) - Lorvanian news agencies reported that the strike was carried out by a drone.', 'the strike was carried'), 'Lorvanian news agencies (unnamed)')
})
