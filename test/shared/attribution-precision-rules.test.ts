// Sentences the engine called attributed that carry no reported content
// (issue 12, precision): reporting words used as acts in market prose, in
// hearings and in courts, each shown on made-up sentences next to the
// reporting use of the same word, which stays attributed.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('an index or a firm that "added" a figure or a thing to something reports nothing; "added that" still reports', () => {
  assert.equal(who('The Harbor Composite Index added 41.2 points to 9,120.55, a record close.', 'points to'), '-')
  assert.equal(who('Grain stocks added 1.4 percent.', 'percent'), '-')
  assert.equal(who('The space agency added three firms to its lander program.', 'three firms'), '-')
  assert.equal(who('Halvorsen added that the index would keep rising.', 'keep rising'), 'Halvorsen')
  assert.equal(who('“The rally has legs,” Halvorsen added.', 'rally has legs'), 'Halvorsen')
})

test('a board that "concludes" its meetings draws no conclusion; "concluded that" still reports', () => {
  assert.equal(who('Bond yields eased before the central bank concludes two days of meetings on Friday.', 'Bond yields'), '-')
  assert.equal(who('Lena Park concluded that the accounts were sound.', 'accounts were sound'), 'Lena Park')
})

test('a witness who "testified before" a committee with none of the testimony is an event; testimony with content reports', () => {
  assert.equal(who('Later that day, Maria Oyelaran testified before the Senate Banking Committee.', 'Senate Banking'), '-')
  assert.equal(who('Maria Oyelaran testified before the committee that the loans were never approved.', 'loans were never'), 'Maria Oyelaran')
})

test('"hoped for" a thing is a wish with no proposition; "hopes that" is a stance', () => {
  assert.equal(who('The dip was read as a sign that traders had hoped for a rate cut.', 'rate cut'), '-')
  assert.equal(who('The clinics hope for state money to pay for the vaccines.', 'state money'), '-')
  assert.equal(who('Norway hopes that the talks can end by March.', 'talks can end'), 'Norway')
})

test('a court that "ruled that" decides, it does not speak', () => {
  assert.equal(who('But a judge ruled that Okafor should stay in custody until his hearing.', 'stay in custody'), '-')
  assert.equal(who('The bloc’s top court ruled that member states must label the goods.', 'label the goods'), '-')
})

test('the editorial "we" and the writer\'s "I wrote" are the writer\'s own voice; a quoted "we" still speaks', () => {
  assert.equal(who('We condemn the attacks on reporters because we fear they will spread.', 'attacks on reporters'), '-')
  assert.equal(who('Mayor Ruth Okoro spoke on Monday. (For the history of the levy, I wrote a short primer in 2019.)', 'short primer'), '-')
  assert.equal(who('Mayor Ruth Okoro spoke on Monday. “We condemn the attacks,” she said.', 'attacks'), 'Ruth Okoro')
})

test('a question asking what someone said reports nothing; a link line bidding the reader read is no text speaking', () => {
  assert.equal(who('Sweden dropped the case. What did the prosecutors say?', 'What did'), '-')
  assert.equal(who('Read the full transcript of the interview', 'full transcript'), '-')
  assert.equal(who('The prosecutors said the evidence had weakened.', 'evidence had'), 'prosecutors (anonymous)')
})

test('a reply whose words are not given, reporting to a superior, keeping a lead, telling the truth are acts', () => {
  assert.equal(who('The clip was cut to show Berg dodging the question, when in fact he responded at once.', 'dodging'), '-')
  assert.equal(who('The foreign ministry also responded on Thursday.', 'foreign ministry'), '-')
  assert.equal(who('Berg responded that the clip was doctored.', 'clip was doctored'), 'Berg')
  assert.equal(who('After Lena Park left, it was Omar Haddad who took over, and Ruth Okoro reported to him.', 'took over'), '-')
  assert.equal(who('Harbor Gas, which maintains 900 miles of mains, logs 40 leaks a month.', 'logs 40 leaks'), '-')
  assert.equal(who('It is a state where Senator Ana Berg has maintained a wide polling lead for months.', 'polling lead'), '-')
  assert.equal(who('Senator Ana Berg maintained that the vote was fair.', 'vote was fair'), 'Ana Berg')
  assert.equal(who('A council that lies as easily as it tells the truth is a problem for the town.', 'problem for'), '-')
})

test('a court that "declared" a thing legal gives a verdict; "as part of" gives a "touted" no role', () => {
  assert.equal(who('Regional courts, however, have declared most of the new permits legal.', 'permits legal'), '-')
  assert.equal(who('Harbor Foods touted a price cut on salmon as part of a campaign to shed its costly image.', 'price cut'), '-')
  assert.equal(who('Governor Ana Berg touted the plan as a step toward higher pay.', 'step toward'), 'Ana Berg')
})
