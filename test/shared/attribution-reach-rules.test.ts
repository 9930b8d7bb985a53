// How far cues reach across sentences and paragraphs (GUIDE 3) and how relays
// pass on (GUIDE 5 and 6), in shapes real news writes. Made-up sentences,
// not fixture text.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'
import { tokenize } from '../../shared/attribution/nlp.ts'
import { paragraphsOf, splitSentences } from '../../shared/attribution/sentences.ts'

test('a quotation paragraph keeps the speaker before a photo caption or a promotion line', () => {
  const text = 'Ferry crews walked out on Monday.\n\n"Nobody listens to us," says Aron Vik, a deckhand of 30 years.\n\n' +
    'Aron Vik on the quay at Molde, where he was born\n\n"We are tired. We want to be heard."\n\n' +
    'Vik said the union would meet again.\n\nStrikers gathered at the port (Image: Getty)\n\nREAD MORE: Ferry strike spreads north\n\n"It is our last chance."'
  assert.equal(who(text, 'We are tired'), 'Aron Vik')
  assert.equal(who(text, 'We want to be heard'), 'Aron Vik')
  assert.equal(who(text, 'It is our last chance'), 'Aron Vik')
  assert.equal(who(text, 'Aron Vik on the quay'), '-')
  assert.equal(who(text, 'Strikers gathered'), '-')
})

test('a caption does not carry a quotation past the writer\'s own paragraph', () => {
  const text = '"Nobody listens to us," says Aron Vik, a deckhand.\n\nThe ferry line was sold in May.\n\n' +
    'The quay at Molde at dawn\n\n"Closed for repairs until further notice."'
  assert.equal(who(text, 'Closed for repairs'), '-')
})

test('"told the outlet" names the outlet last named: its venue and, for another outlet, the relay', () => {
  const text = 'Ferry owner Lars Dahl is unhappy with his partner, according to a new report by E! News.\n\n' +
    '"He is frustrated," an insider told the outlet on Monday. "He does not run the company."\n\n' +
    'The talks have stalled, the source further claimed to the outlet.\n\n"This fight is not his," the insider added.'
  assert.equal(who(text, 'He is frustrated'), 'insider (anonymous) via E! News')
  assert.equal(who(text, 'He does not run'), 'insider (anonymous) via E! News')
  assert.equal(who(text, 'The talks have stalled'), 'source (anonymous) via E! News')
  assert.equal(who(text, 'This fight is not his'), 'insider (anonymous) via E! News')
  // "according to the paper" is a relay, not a venue.
  const according = suggestAttributions('The Kommersant daily reported the plan on Monday. The cut would start in June, an official said, according to the paper.')
  assert.equal(according.find((s) => s.content.text.includes('The cut'))?.venue, null)
  // "told The Paper" (capitalised) is the outlet of that name, not an anaphor.
  assert.equal(who('The port will reopen, an official told The Paper.', 'The port will'), 'official (anonymous)')
})

test('"Tass quoted Peskov, the Kremlin spokesman, as saying": the name before its description speaks through the outlet', () => {
  assert.equal(who('Tass quoted Peskov, the Kremlin spokesman, as saying that the talks were useful.', 'the talks were useful'), 'Peskov via TASS')
  const text = 'The Global Times quoted Li Haidong, a professor at a Beijing university, as saying that Washington was stoking tensions. ' +
    '"This is a dangerous game," Li said.'
  assert.equal(who(text, 'Washington was stoking'), 'Li Haidong via Global Times')
  assert.equal(who(text, 'This is a dangerous game'), 'Li Haidong via Global Times')
  // The description first, the name after, as before.
  assert.equal(who('Interfax quoted a senior official, Ivan Petrov, as saying the plant was safe.', 'the plant was safe'), 'Ivan Petrov via Interfax')
})

test('an outlet that is itself the source ("..., Xinhua reported.") relays nothing to the speakers after it (GUIDE 5: only a relay cue spreads)', () => {
  const text = 'Wang Yi held talks with Sergey Lavrov in Beijing on Monday, Xinhua reported. Wang said China is ready to work with Russia.\n\n' +
    'Wang also met students.'
  assert.equal(who(text, 'China is ready'), 'Wang Yi')
  assert.equal(who(text, 'Wang Yi held talks'), 'Xinhua')
  // (A relay cue with an inner speaker does spread: the speaker again takes it.)
  const relayed = 'Wang Yi said ties were at their best, Xinhua reported. Wang said China is ready to work with Russia.'
  assert.equal(who(relayed, 'China is ready'), 'Wang Yi via Xinhua')
})

test('a sentence naming another outlet of its own does not take the report before it as its relay', () => {
  const text = 'Yesterday, the Washington Post reported that the plant would move to India. ' +
    'An hour later, the Chicago Tribune published an interview with Dennis Muilenburg in which he said that trade deals could cost jobs.'
  assert.ok(!who(text, 'trade deals could cost').includes('via Washington Post'))
})

test('"X also said:" then one-line paragraphs without bullets: each line is X\'s, the frame itself says nothing', () => {
  const text = 'Ola Berg met union leaders on Monday.\n\nIn a long interview, Ola Berg also said:\n\n' +
    'The port must stay open to keep its trade\n\nHe is confident the wage deal will pass\n\nWatch the full interview\n\nThe talks resume in June.'
  assert.equal(who(text, 'The port must stay open'), 'Ola Berg')
  // (The line is Ola Berg's either way; its stance cue leaves the words after "confident" as content.)
  assert.equal(who(text, 'wage deal will pass'), 'Ola Berg')
  assert.equal(who(text, 'In a long interview'), '-')
  assert.equal(who(text, 'Watch the full interview'), '-')
  assert.equal(who(text, 'The talks resume'), '-')
  // One unpunctuated line after a colon is no list.
  const one = 'Ola Berg said:\n\nThe port and its future\n\nThe talks resume in June.'
  assert.equal(who(one, 'The port and its future'), '-')
})

test('a quotation with no cue right after a speaker\'s reported words is that speaker\'s, not after an outlet\'s report', () => {
  const text = 'The band split in May.\n\nThe singer\'s spokesman, Ola Berg, told reporters that this was not the whole truth. ' +
    '"The label is trying to deflect. It owes her money."\n\nThe Ostlandet Herald reported that sales fell. "It is a slow year."'
  assert.equal(who(text, 'The label is trying'), 'Ola Berg')
  assert.equal(who(text, 'It owes her money'), 'Ola Berg')
  assert.equal(who(text, 'It is a slow year'), '-')
})

test('"the agency said" after a news agency\'s report is that agency, unless a body named "... Agency" is in reach', () => {
  const text = 'Russian state news agency RIA reported that Moscow had destroyed a fuel depot. The depot held diesel, the agency said.'
  assert.equal(who(text, 'The depot held diesel'), 'RIA Novosti')
  const body = 'The Environmental Protection Agency said the water was safe. Levels fell overnight, the agency said.'
  assert.equal(who(body, 'Levels fell'), 'Environmental Protection Agency')
})

test('a quotation closing on "?" or "!" runs on into its cue: one sentence, the speaker\'s', () => {
  const text = 'Ola Berg met the board.\n\n"Why sell the ferries now?" Berg said. "Nobody has explained it!" said Berg.\n\n' +
    '"Is it over?" The question hung in the hall.'
  assert.equal(who(text, 'Why sell the ferries'), 'Ola Berg')
  assert.equal(who(text, 'Nobody has explained'), 'Ola Berg')
  assert.equal(who(text, 'The question hung'), '-')
  // Inside a longer quotation whose cue names an outlet by a role noun.
  const relayed = 'The mayor spoke to the Ostlandet Herald on Monday.\n\n"I asked him. What do you think of the plan?" Berg told the paper.'
  assert.equal(who(relayed, 'What do you think'), 'Berg via Ostlandet Herald')
  assert.equal(who(relayed, 'I asked him'), 'Berg via Ostlandet Herald')
})

test('a plain subject of saying no describer names is an unnamed source ("the carriers said")', () => {
  const text = 'Ferry traffic resumed on Friday.\n\nWhile the ports were quiet, the carriers said they wanted more crossings next year.\n\n' +
    'The harbour pilot said the fog would lift by noon.'
  assert.equal(who(text, 'they wanted more crossings'), 'carriers (anonymous)')
  assert.equal(who(text, 'the fog would lift'), 'harbour pilot (anonymous)')
  // Not a phrase inside another ("across the region"), nor a partitive, nor one a relay credits.
  // (The captains speak, not the region: a place after the subject is passed over, clause-subjects.ts.)
  assert.equal(who('Ferry traffic resumed.\n\nCaptains across the region say the crossings are safe.', 'the crossings are safe'), 'captains (anonymous)')
  assert.equal(who('Ferry traffic resumed.\n\n"Keep the line open," one commenter said, per Dahl.', 'Keep the line'), 'Dahl')
})

test('an inverted "say" or "reports" after the content names its speaker ("..., say economists.")', () => {
  const text = 'Ferry traffic resumed.\n\nThe mix of debts and fares, say economists, marks a journey into new territory.\n\n' +
    'Fares rose by a tenth last year, reports Reuters.\n\nThe line has doubled its fleet, writes the Associated Press.'
  assert.equal(who(text, 'The mix of debts'), 'economists (anonymous)')
  assert.equal(who(text, 'Fares rose'), 'Reuters')
  assert.equal(who(text, 'doubled its fleet'), 'AP')
})

test('sentences are not cut inside "(D-N.Y.)", after a title\'s abbreviation, or before a lone closing mark', () => {
  const text = 'The vote was delayed.\n\nSen. Dana Whitfield (D-N.Y.) said the bill would pass in March.\n\n' +
    'The plan was drawn up by the board and Asst. Supt. Lena Ortiz, according to a memo.\n\n' +
    '“I heard the mayor ask, ‘Will he do it?’” Vik testified.\n\n' +
    '"He told me, \'We will fix the port.\' "\n\nThe port opened in May.'
  const sentences = splitOf(text)
  assert.ok(sentences.includes('Sen. Dana Whitfield (D-N.Y.) said the bill would pass in March.'), sentences.join(' | '))
  assert.equal(who(text, 'the bill would pass'), 'Dana Whitfield')
  assert.ok(sentences.includes('The plan was drawn up by the board and Asst. Supt. Lena Ortiz, according to a memo.'), sentences.join(' | '))
  assert.equal(who(text, 'I heard the mayor'), 'Vik')
  assert.ok(sentences.includes('"He told me, \'We will fix the port.\' "'), sentences.join(' | '))
})

function splitOf(text: string): string[] {
  const tokens = tokenize(text)
  return splitSentences(text, tokens, paragraphsOf(text)).map((s) => text.slice(s.start, s.end))
}

test('a subject before an aside in commas or "has since" still speaks', () => {
  const text = 'The ferry line was sold.\n\nHarbour pilots, who mostly work for the port, said the new owner would cut crews.\n\n' +
    'Mayor Anna Dahl has since said that the sale would be reviewed in May.'
  assert.equal(who(text, 'the new owner would cut'), 'Harbour pilots (anonymous)')
  assert.equal(who(text, 'the sale would be reviewed'), 'Anna Dahl')
})

test('"... and said" after an opening pronoun, "instead told", and "Some said" keep a speaker', () => {
  const text = 'Port director Lena Ortiz spoke on Monday.\n\nShe didn’t give a date for the reopening, but said the cranes would be fixed by May.\n\n' +
    'Asked about the strike, she instead told reporters that talks would resume.\n\n' +
    'Dock workers gathered at the gate on Tuesday.\n\nSome said the sale was a mistake.'
  assert.equal(who(text, 'the cranes would be fixed'), 'Lena Ortiz')
  assert.equal(who(text, 'talks would resume'), 'Lena Ortiz')
  assert.notEqual(who(text, 'the sale was a mistake'), '-')
  // A noun subject before "and" is no speaker of a verb that only looks like one.
  assert.equal(who('The plan was sent on Monday.\n\nThe plan is being circulated for review and comment until May.', 'being circulated'), '-')
})

test('"according to" a common noun phrase no describer names is still a source; "the news site" is the outlet named before', () => {
  const text = 'The ferry game went online in May.\n\nA flaw in the game lets anyone crash the server, according to a computer programmer who released the code.\n\n' +
    'The Harbor Gazette covered the drill.\n\nAccording to the news site, the boats were practicing how to land near the pier.'
  assert.equal(who(text, 'A flaw in the game'), 'computer programmer (anonymous)')
  assert.equal(who(text, 'the boats were practicing'), 'Harbor Gazette')
})

test('a subject whose head the tagger reads as an adjective still speaks ("the US military said", "The 61-year-old said")', () => {
  const text = 'Two ferries collided off the coast.\n\nThree sailors were hurt in the collision, the US military said in a statement on Wednesday.\n\n' +
    'The captain was hired in May.\n\nThe 61-year-old said after the crash: "I have never seen fog like it.\n\n"We were lucky."'
  assert.equal(who(text, 'Three sailors were hurt'), 'US military')
  assert.notEqual(who(text, 'I have never seen fog'), '-')
  assert.notEqual(who(text, 'We were lucky'), '-')
})

test('a reporting word the tagger reads as a noun reports before a possessive or a colon ("the company claims its ...")', () => {
  const text = 'The fare war went on.\n\nAt the same time, Nordwave Ferries claims its new fares have saved riders millions.\n\n' +
    'The port board released a study on Monday.\n\nAs the study states: the crossings are the busiest in the region.'
  assert.equal(who(text, 'new fares have saved'), 'Nordwave Ferries')
  assert.notEqual(who(text, 'the crossings are the busiest'), '-')
})
