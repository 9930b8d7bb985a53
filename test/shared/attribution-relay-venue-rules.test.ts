// Relay and venue rules of session 8 (GUIDE 5, 6), found by counting the
// via misses of read8, the committed sets and relays/ by cause. Each is
// shown on made-up sentences, not fixture text.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a speaker who told reporters or a briefing in person takes no relay from the next sentence of the paragraph', () => {
  const text = 'Foreign Ministry spokesman Tomas Berg told reporters in Oslo that talks would resume. ' +
    'Berg said, according to TASS, that the date was not fixed.'
  assert.equal(who(text, 'talks would resume'), 'Tomas Berg')
  assert.equal(who(text, 'the date was not fixed'), 'Tomas Berg via TASS')
  const briefing = 'Spokeswoman Ana Ruiz urged calm at a regular briefing in Madrid. Ruiz said, according to Xinhua, that dialogue was the only way.'
  assert.equal(who(briefing, 'urged calm'), 'Ana Ruiz')
  // A plain "said" beside the relay still takes it (the paragraph rule).
  const plain = 'Spokeswoman Ana Ruiz said the talks were useful. Ruiz said, according to Xinhua, that dialogue was the only way.'
  assert.equal(who(plain, 'talks were useful'), 'Ana Ruiz via Xinhua')
})

test('an outlet\'s own tally or count is the outlet speaking, not a relay of the tally', () => {
  const text = 'The strike was the third on the port this week, according to a tally by Anadolu Agency.'
  assert.equal(who(text, 'the third on the port'), 'Anadolu')
  const ap = 'At least 40 vessels are waiting to load, according to a tally by AFP.'
  assert.equal(who(ap, 'vessels are waiting'), 'AFP')
})

test('"said in a commentary published by" a newspaper: the paper relays the writer\'s words', () => {
  const text = 'Party secretary Ri Son Gwon said in a commentary published by the Rodong Sinmun newspaper that the drills were a provocation.'
  assert.equal(who(text, 'the drills were'), 'Ri Son Gwon via Rodong Sinmun')
})

// Stories with no dateline, so no publisher is known (venue-relays.ts).
test('an interview given to a country\'s media at large reaches the writer through them', () => {
  const text = 'Troops will stay in the region.\n\nGeneral Ana Voss told US media on Monday that the troops would stay for several more years.'
  assert.equal(who(text, 'the troops would stay'), 'Ana Voss via US media')
})

test('the outlet a story keeps telling things to is its own; another it was told once is a relay', () => {
  const text = 'Pilots flew low over the river on Sunday.\n\n' +
    'A police spokesman told Mashable that the flight had been approved. Residents told Mashable they were frightened. ' +
    'A retired colonel, Ben Ortiz, told NBC 4 New York that the mission was a training run.'
  assert.equal(who(text, 'the mission was a training run'), 'Ben Ortiz via NBC 4 New York')
  assert.equal(who(text, 'the flight had been approved'), 'police spokesman (anonymous)')
})

test('in a story relaying two outlets or more, an outlet named once that was told something is a relay too', () => {
  const text = 'Grain talks stall\n\n' +
    'Deputy minister Pavel Orlov said the talks would resume, TASS reported. The port was closed on Monday, Kommersant reported.\n\n' +
    'Foreign Minister Sergei Lavrov said in an interview with CNN that any deal must include the bank.\n\n' +
    'Writing in the Financial Times, economist Vera Holm argued that the quotas hurt farmers.'
  assert.equal(who(text, 'any deal must include'), 'Sergei Lavrov via CNN')
  // A column the author wrote in a paper is the author's own text, the paper no relay.
  assert.equal(who(text, 'the quotas hurt farmers'), 'Vera Holm')
  // A story relaying one outlet may be another's own: its interview stays its own.
  const own = 'Exports grew 9% in October, Xinhua reported.\n\nZhou Li, an analyst in Beijing, told the Global Times that demand was strong.'
  assert.equal(who(own, 'demand was strong'), 'Zhou Li')
})

test('a masthead the tagger did not read as a name ("Speaking to Sky News") is still where the speaker spoke', () => {
  const text = 'LONDON, May 4 (Reuters) - Ministers met on Sunday.\n\nSpeaking to Sky News, Minister Anna Hale said the plan was fair.'
  assert.equal(who(text, 'the plan was fair'), 'Anna Hale via Sky News')
})

test('an agency described around its name ("the official IRNA news agency") is the agency itself', () => {
  const text = 'DUBAI, May 4 (Reuters) - Talks went on.\n\nOil minister Ali Rahimi told the official IRNA news agency that exports would rise.'
  assert.equal(who(text, 'exports would rise'), 'Ali Rahimi via IRNA')
  const kcna = 'SEOUL, May 4 (Reuters) - Drills began.\n\nThe drills were aimed at deterrence, the official Korean Central News Agency said, citing the defence ministry.'
  assert.equal(who(kcna, 'aimed at deterrence'), 'defence ministry via KCNA')
})

test('"X, in an interview with Y, said": the aside says where the speaker spoke, and the speaker is X', () => {
  const text = 'PARIS, May 4 (AFP) - Prices rose.\n\nEconomy Minister Elena Sokol, in an interview with Izvestia on Monday, said prices would rise.'
  assert.equal(who(text, 'prices would rise'), 'Elena Sokol via Izvestia')
  const published = 'PARIS, May 4 (AFP) - Prices rose.\n\nEconomy Minister Elena Sokol, in an interview published by Izvestia, said prices would rise.'
  assert.equal(who(published, 'prices would rise'), 'Elena Sokol via Izvestia')
})

test('an email to an outlet, or a media group told something, is where the speaker spoke', () => {
  const text = 'PARIS, May 4 (AFP) - He pleaded guilty.\n\nHis lawyer, Sonia Vale, said in an email to The Associated Press that he never meant harm.'
  assert.equal(who(text, 'never meant harm'), 'Sonia Vale via AP')
  const funke = 'PARIS, May 4 (AFP) - The deal held.\n\nJonas Weber, head of the youth wing, told the Funke media group that the deal was a first step.'
  assert.equal(who(funke, 'a first step'), 'Jonas Weber via Funke media group')
  // A country's television at large names no masthead: the venue only.
  const tv = 'KYIV, May 4 (Reuters) - Power was cut.\n\nGrid official Pavlo Sas told Ukrainian television that repairs would take a week.'
  assert.equal(who(tv, 'repairs would take'), 'Pavlo Sas')
})

test('a source met only in another outlet\'s interview is quoted from it in later paragraphs too', () => {
  const text = 'PARIS, May 4 (AFP) - He pleaded guilty.\n\nHis lawyer, Sonia Vale, said in an email to The Associated Press that he never meant harm.\n\n' +
    'The hearing lasted an hour.\n\n"He is sorry for what he wrote," Vale said.'
  assert.equal(who(text, 'He is sorry'), 'Sonia Vale via AP')
  // Met through an outlet's report, not an interview: session 25's blind labels carry the report's relay to a later
  // paragraph too when nothing shows the writer heard her otherwise (relayed-speakers.ts) ...
  const report = 'PARIS, May 4 (AFP) - Rates held.\n\nMinister Elena Sokol said prices would rise, according to Interfax.\n\n' +
    'The bank met on Friday.\n\nSokol said rates would stay.'
  assert.equal(who(report, 'rates would stay'), 'Elena Sokol via Interfax')
  // ... but not when she spoke to the press in person.
  assert.equal(who(report.replace('Sokol said rates', 'Sokol told reporters rates'), 'rates would stay'), 'Elena Sokol')
})

test('a speech act an outlet relays ("X rejected ..., Y reported") is the speaker\'s, through the outlet', () => {
  const text = 'MADRID, May 4 (Reuters) - Talks stalled.\n\nForeign Minister Ana Ruiz rejected any link between the talks and the fines, EFE reported.'
  assert.equal(who(text, 'any link between'), 'Ana Ruiz via EFE')
  const call = 'SEOUL, May 4 (Reuters) - Drills began.\n\nMarshal Pak Jong Chon called for more launches, KCNA said.'
  assert.equal(who(call, 'more launches'), 'Pak Jong Chon via KCNA')
  // An event the outlet reports stays the outlet's report.
  const event = 'SEOUL, May 4 (Reuters) - Drills began.\n\nMarshal Pak Jong Chon called off the parade, KCNA said.'
  assert.equal(who(event, 'the parade'), 'KCNA')
})

test('"was first reported by X, citing / which cited Y": the outlet that broke the news relays its source', () => {
  const text = 'TOKYO, May 4 (Reuters) - Shares rose.\n\nThe merger was first reported by Kyodo, citing government sources.'
  assert.equal(who(text, 'The merger was'), 'government sources (anonymous) via Kyodo')
  const which = 'TOKYO, May 4 (Reuters) - Shares rose.\n\nThe merger was first reported by Nikkei, which cited a draft plan from the industry ministry.'
  assert.equal(who(which, 'The merger was'), 'draft plan via Nikkei')
})
