// Bodies, documents and relays (session 10, E4): general causes of
// wrong-source and relay misses read from read10, each shown on made-up
// sentences that fail without its rule.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

test('a new statement ends the relay of the one before: "the statement" after "in a statement on its website" is not via the outlet that obtained the first', () => {
  const text = 'Nordwave Records issued a statement on Monday.\n\n' +
    'The statement, which was obtained by Variety, claimed that both sides had come to terms.\n\n' +
    'The singer said on Thursday that the label had blocked her show.\n\n' +
    'The company denied the allegations in a statement posted to its website.\n\n' +
    '"We were shocked to see her posts yesterday," the statement read. "We never blocked any show."'
  assert.equal(who(text, 'both sides had come'), 'Nordwave Records statement via Variety')
  assert.equal(who(text, 'We were shocked'), 'Nordwave Records statement')
  assert.equal(who(text, 'We never blocked'), 'Nordwave Records statement')
  // The statement named again with its relay keeps it.
  const again = 'Nordwave Records issued a statement on Monday.\n\n' +
    'The statement, which was obtained by Reuters, said the plant would reopen on Friday.\n\n' +
    'The company repeated in a statement obtained by Reuters that the talks would resume.\n\n' +
    'The statement said the talks would be held in Geneva.'
  assert.equal(who(again, 'held in Geneva'), 'Nordwave Records statement via Reuters')
})

test('two bodies joined by "and" as one subject: the first is the source, even when the article has not named it alone before', () => {
  assert.equal(who('The United Nations and European Union stressed that the move was illegal.', 'the move was illegal'), 'United Nations')
  assert.equal(who('The World Bank and International Monetary Fund warned that growth would slow.', 'growth would slow'), 'World Bank')
  // A body whose own name has "and" in it stays one name.
  assert.equal(who('The Ministry of Trade and Industry said exports rose in May.', 'exports rose'), 'Ministry of Trade and Industry')
  assert.equal(who('The Securities and Exchange Commission said the filing was late.', 'filing was late'), 'Securities and Exchange Commission')
  assert.equal(who('The Food and Drug Administration said the drug was safe.', 'drug was safe'), 'Food and Drug Administration')
})

test('two-letter initials of a body the article names in full take its full name ("EU" -> "European Union")', () => {
  const text = 'The European Union and Japan signed the trade deal on Monday.\n\nThe EU reiterated that it opposed the new tariffs.'
  assert.equal(who(text, 'opposed the new tariffs'), 'European Union')
  assert.equal(who('Aid reached the city of Goma, officials of the United Nations said.\n\nThe UN said more convoys were planned.', 'more convoys'), 'United Nations')
  // Initials the article never spells out stay as written.
  assert.equal(who('The EU said it opposed the tariffs.', 'opposed the tariffs'), 'EU')
})

test('"a spokesperson for the X Ministry" is the body\'s unnamed spokesperson, with or without "the" before the body', () => {
  assert.equal(who('A spokeswoman for the Interior Ministry said the flight was planned.', 'flight was planned'), 'Interior Ministry spokeswoman (anonymous)')
  assert.equal(who('The vote was delayed, a spokesman for the Nordic Council said.', 'vote was delayed'), 'Nordic Council spokesman (anonymous)')
  assert.equal(who('A spokesperson for Downing Street said the talks went well.', 'talks went well'), 'Downing Street spokesperson (anonymous)')
})

test('a plural noun alone opening a sentence is an unnamed group, not a person; a surname the article gives a person stays his', () => {
  assert.equal(who('Legislators said the law would be changed next year.', 'law would be changed'), 'legislators (anonymous)')
  assert.equal(who('The rules took effect in May.\n\nEmployers believe the rules are too strict.', 'too strict'), 'employers (anonymous)')
  assert.equal(who('Tunisians worry that the attack will hurt tourism.', 'hurt tourism'), 'Tunisians (anonymous)')
  assert.equal(who('Kenny Rogers was at the show. Rogers said the bill was too strict.', 'bill was too'), 'Kenny Rogers')
  assert.equal(who('The senator spoke on Monday. Sanders said the bill was too strict.', 'bill was too'), 'Sanders')
})

test('a text with its issuer after it ("a report from X", "a report issued last year by X", "a study published in X") is named after the issuer', () => {
  assert.equal(who('"Markets are pricing in a recovery," said a report from Kotak Institutional Equities.', 'pricing in'), 'Kotak Institutional Equities report')
  assert.equal(who('The city will lose $6 million in 2020, according to a report issued last year by the Office of the Independent Budget Analyst.', 'lose $6 million'),
    'Office of the Independent Budget Analyst report')
  assert.equal(who('Use has risen where the drug is legal, according to a study published in JAMA Psychiatry.', 'Use has risen'), 'JAMA Psychiatry study')
  // The later "the report" is the same text.
  const text = 'Rents rose by a fifth, according to a report by the Urban Housing Institute.\n\nThe report said that wages had not kept pace.'
  assert.equal(who(text, 'wages had not'), 'Urban Housing Institute report')
  // A reason or a place after the text is no issuer.
  assert.equal(who('Rents rose, according to a report from last year.', 'Rents rose'), 'report')
})

test('"the US military said in a statement ... the statement said": the military is a body and its statement is named after it', () => {
  const text = 'Two United States service members were killed in a crash, the US military said in a statement on Wednesday. "The cause is under investigation," the statement said.'
  assert.equal(who(text, 'cause is under'), 'US military statement')
})

test('an outlet that published a text relays it, it is no issuer', () => {
  assert.equal(who('Russia and China reaffirmed their ties, according to a joint statement published by Xinhua.', 'reaffirmed'), 'Russia-China joint statement via Xinhua')
})

test('a body that "reported" something is a body, not a masthead, and "the ministry said on its Telegram channel" is that body with Telegram as venue', () => {
  const text = 'MOSCOW, March 3. /TASS/. The Russian Defense Ministry reported that new strikes hit the region on Monday.\n\n' +
    'The ministry said on its Telegram channel that 20 drones had been shot down.'
  const all = suggestAttributions(text)
  const first = all.find((s) => s.content.text.includes('new strikes'))
  assert.equal(first?.sourceKind, 'organisation')
  const post = all.find((s) => s.content.text.includes('20 drones'))
  assert.deepEqual([post?.source, post?.via, post?.venue], ['Russian Defense Ministry', null, 'Telegram'])
})

test('"a spokesperson for the ministry" is the unnamed spokesperson of the ministry the article named', () => {
  const text = 'MOSCOW (Reuters) - The Russian Defense Ministry reported new strikes on Monday.\n\nA spokesperson for the ministry told Sputnik that the talks were over.'
  assert.equal(who(text, 'talks were over'), 'Russian Defense Ministry spokesperson (anonymous) via Sputnik')
  assert.equal(who('The Finnish Interior Ministry opened the border. The crossing will stay open, a spokesman for the ministry said.', 'crossing will stay'),
    'Finnish Interior Ministry spokesman (anonymous)')
})

test('"the company said" after a quotation is the company met before, not a body named inside the quotation', () => {
  const text = 'Trump criticised a contract with Boeing Co. on Tuesday.\n\nBoeing said in a statement that it was under contract for $170 million.\n\n' +
    '"We look forward to working with the U.S. Air Force on the program," the company said.'
  assert.equal(who(text, 'look forward'), 'Boeing Co.')
})

test('anonymous names drop quantities too: "most experts", "four million people", "1,200 workers"', () => {
  assert.equal(who('The debt is manageable, most experts say.', 'debt is manageable'), 'experts (anonymous)')
  assert.equal(who('Four million people commented that the rules should stay.', 'rules should stay'), 'people (anonymous)')
  assert.equal(who('More than 1,200 workers said the plant was unsafe.', 'plant was unsafe'), 'workers (anonymous)')
})

test('"the Scottish government", "the Obama administration" are named with their noun; "the FNV union" stays FNV', () => {
  assert.equal(who('A patient tested positive, the Scottish government said on Monday.', 'patient tested'), 'Scottish government')
  assert.equal(who('The Obama administration said the sanctions would stay.', 'sanctions would stay'), 'Obama administration')
  assert.equal(who('The Tuva government said debris fell on an empty area.', 'debris fell'), 'Tuva government')
  assert.equal(who('The FNV union said it would strike.', 'would strike'), 'FNV')
})

test('"local TV reported" is broadcasting at large, not a body that "the navy" could stand for', () => {
  const text = 'Divers found the tail of the plane, local TV reported.\n\nThe navy said the search would go on through the night.'
  assert.equal(who(text, 'search would go on'), 'navy')
  assert.equal(suggestAttributions(text)[0]?.sourceKind, 'outlet')
})

test('a text brought in with its issuer where nothing is said yet ("a new report released by X calls that into question") is the later "the report"', () => {
  const text = 'The United States spends heavily on welfare. But a new report released on Monday by Stanford University\'s Center on Poverty and Inequality calls that into question.\n\n' +
    'The report also suggested the U.S. safety net was weak.'
  assert.equal(who(text, 'safety net was weak'), 'Stanford University\'s Center on Poverty and Inequality report')
})

test('"the AG\'s office" is the attorney general\'s office the article names in full', () => {
  const text = 'Jake Frith, a special agent with the Alabama Attorney General\'s office, led the inquiry.\n\nThe two men are being held in the county jail, according to the AG\'s office.'
  assert.equal(who(text, 'held in the county jail'), 'Alabama Attorney General\'s office')
  // Not spelt out: as written.
  assert.equal(who('Jake Frith led the inquiry.\n\nThe two men are being held in the county jail, according to the AG\'s office.', 'held in the county'), 'AG\'s office')
})
