// Rules of session 28 (h-f32b), sources the engine named wrongly by kind:
// "he" or "she" taken for a plural group, a title's group of things taken
// for its speaker, a firm's noun ("the company", "the chain") taken for a
// public body or for nothing, and headline tags the tagger misread
// ("..., predicts Goldwater", '"...," Vantor pledges, as ...'). Each on
// made-up text with a near miss that must stay unchanged.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"he said" never stands for a plural group, however the group was named', () => {
  const story = 'Port talks\n\nMayor Tomas Adler met dock workers on Monday.\n\nSeveral shipping companies said the new rules were unclear.\n\n' +
    '“We will fix the rules by June,” he said.'
  assert.equal(who(story, 'fix the rules'), 'Tomas Adler')
  // (Near miss: one unnamed person heard last is whom "he" stands for.)
  const one = 'Port talks\n\nMayor Tomas Adler met dock workers on Monday.\n\nA shipping executive, who asked not to be named, said the rules were unclear.\n\n' +
    '“We will lose money,” he said.'
  assert.equal(who(one, 'lose money'), 'shipping executive (anonymous)')
})

test('a subject "asked" about something takes the floor for the next paragraph\'s "he said"', () => {
  const story = 'Harbour fees\n\nThe Varnia Freight Lab reckons the new fees will add $40 to each container.\n\n' +
    'Even so, Governor Tomas Adler was relaxed on Friday when asked about the queue of ships.\n\n“The queue will clear by spring,” he said.'
  assert.equal(who(story, 'queue will clear'), 'Tomas Adler')
  // (Near miss: a subject merely placed leaves "he said" to the one heard before.)
  const placed = 'Court\n\nJudge Anton Berg said the hearing would resume.\n\nLater, Tomas Adler was in the courtroom.\n\n“We will appeal,” he said.'
  assert.equal(who(placed, 'We will appeal'), 'Anton Berg')
})

test('a title\'s group of things yields to the speaker before its colon or the outlet it credits', () => {
  const colon = 'Morning digest\n\nWhat the papers lead with.\n\nDaily Varnian: Harbour pact in doubt as Gulf nations acknowledge new quotas\n\n' +
    'Three states voted against the quotas on Monday. Fishermen interviewed by Daily Varnian called the vote a relief.'
  assert.equal(who(colon, 'Harbour pact in doubt'), 'Daily Varnian')
  const relay = 'Seized cables downplay losses at port authority, Washington Post reports\n\nThe cables were found in March.'
  assert.equal(who(relay, 'downplay losses'), 'Washington Post')
  // (Near miss: a group of people in a title is its speaker.)
  assert.equal(who('Port deal likely next week, Varnian officials say\n\nThe deal is near.', 'Port deal likely'), 'Varnian officials (anonymous)')
})

test('", predicts X" and ", warns X" close a title with its speaker after the verb', () => {
  const story = 'Ferry fares climb as crews walk out; Varnian inflation to ease below 2% by autumn, predicts Goldwater Partners\n\nThe walkout began at dawn.'
  assert.equal(who(story, 'inflation to ease'), 'Goldwater Partners')
  // (Near miss: a noun after the verb is what was predicted, no speaker.)
  assert.equal(who('Forecasts\n\nThe model, which predicts rainfall, was updated on Monday.', 'was updated'), '-')
})

test('a quotation tagged by a name and a verb of saying the tagger read as a noun, then a clause that sets the scene', () => {
  const story = '“Our door stays open to the union,” Vantor pledges, as the stoppage at its plants drags on\n\nVantor staff stopped work on Friday.'
  assert.equal(who(story, 'door stays open'), 'Vantor')
  // (Near miss: a plural noun after a name in a title is no tag.)
  assert.equal(who('“Back to work” Vantor pledges fail\n\nThe pledges made in May were not kept.', 'pledges made'), '-')
})

test('a firm named with an ampersand is one firm, which "the chain" and "the company" stand for', () => {
  const story = 'Store closures\n\nBrill Crate & Barrow Inc may shut a third of its shops by summer, according to two bankers advising it.\n\n' +
    'Lenders led by Nine Oaks have offered Brill Crate & Barrow a bridge loan. The lender is owed $75 million.\n\n' +
    'The bankers asked not to be named.\n\nThe chain has said it will close 40 shops in March.\n\nThe company said last year it was weighing a sale.'
  assert.equal(who(story, 'close 40 shops'), 'Brill Crate & Barrow')
  assert.equal(who(story, 'weighing a sale'), 'Brill Crate & Barrow')
  // (A body, which "it" stands for, and "the retail chain" with its trade.)
  const it = 'Shops\n\nBrill Crate & Barrow said on Monday it would close 40 shops.\n\nIt added that no jobs would go.\n\nThe retail chain said rents were too high.'
  assert.equal(who(it, 'no jobs would go'), 'Brill Crate & Barrow')
  assert.equal(who(it, 'rents were too high'), 'Brill Crate & Barrow')
  // (Near miss: a supply chain is no firm.)
  assert.equal(who('Supply\n\nThe chain of supply broke in May, delaying parts.', 'delaying parts'), '-')
})

test('"a spokesperson for the company" is the firm that spoke of itself, never a public body named before', () => {
  const story = 'Crisp packets\n\nOatbites, a snack made by Brakk Heinel, are sold in most schools.\n\n' +
    '“The USDA ought to take Oatbites off the approved list,” said Ana Lopez, who heads nutrition work at Consumer Watch.\n\n' +
    'Brakk Heinel disputed the study, saying it stands by its recipe. Asked for comment, a spokesperson for the company said every batch is tested.\n\n' +
    '“Parents can trust Oatbites,” the company said.'
  assert.equal(who(story, 'every batch is tested'), 'Brakk Heinel spokesperson (anonymous)')
  assert.equal(who(story, 'Parents can trust'), 'Brakk Heinel')
  // (So when only its participle reports: "took issue with the study, saying it ...".)
  const took = story.replace('disputed the study', 'took issue with the study')
  assert.equal(who(took, 'Parents can trust'), 'Brakk Heinel')
  // (Near miss: "the agency" after the USDA is the USDA.)
  const agency = 'School meals\n\nThe USDA reviewed school menus on Monday.\n\nThe agency said the menus meet federal rules.'
  assert.equal(who(agency, 'meet federal rules'), 'USDA')
})

test('a firm\'s noun passes over a public body, by its short name or its centre, to the listed firm', () => {
  const story = 'Eye drops cleared\n\nThe FDA on Tuesday cleared Orvane Lakes’ (NYSE: ORL) new eye drops for sale in pharmacies.\n\n' +
    'Pharmacies will stock the drops from March, according to Orvane Lakes.\n\n' +
    '“Dry eye affects millions,” Jon Smart, who runs the FDA’s Center for Drug Review, said in a statement.\n\n' +
    'The Denver-based drugmaker said it will offer a discount card.'
  assert.equal(who(story, 'offer a discount card'), 'Orvane Lakes')
  // (Near miss: "the agency" after the FDA is the FDA.)
  const agency = 'Drug approval\n\nThe FDA approved the drug on Wednesday.\n\nThe agency said the drug is safe.'
  assert.equal(who(agency, 'the drug is safe'), 'FDA')
})

test('"according to the company" in a sentence naming two bodies is the story\'s firm, not the last one named', () => {
  const story = 'Flights\n\nNordline Airways plans to cut a third of its flights to Brest next year to save money.\n\n' +
    'The retreat in Brest, where Nordline Airways is far smaller than Atlantic Air Lines, will cost 300 jobs, according to the company.'
  assert.equal(who(story, 'will cost 300 jobs'), 'Nordline Airways')
  // (Near miss: one body named in the sentence is the company.)
  const one = 'Flights\n\nThe port reopened on Monday.\n\nAtlantic Air Lines will add 12 flights to Brest, according to the company.'
  assert.equal(who(one, 'add 12 flights'), 'Atlantic Air Lines')
})

test('"the union said" is the workers\' association named before, not the firm it bargains with', () => {
  const story = 'Flights\n\nNordline Airways plans to shrink in Brest. Shares of Nordline Airways fell 4%.\n\nNordline Airways executives will detail the plan on Thursday.\n\n' +
    'Nordline Airways will cut 58 flights a day, according to the Nordline Pilots Association, which calls the news painful. Nordline Airways shares closed lower.\n\n' +
    '“Management has failed to adapt,” the union said in a memo to pilots.'
  assert.equal(who(story, 'failed to adapt'), 'Nordline Pilots Association')
  // (Near miss: "the company said" is the firm.)
  const firm = story.replace('the union said', 'the company said')
  assert.equal(who(firm, 'failed to adapt'), 'Nordline Airways')
})
