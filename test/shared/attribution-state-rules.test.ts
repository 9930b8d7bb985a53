// State media's register (session 17, h-state): texts reproduced after a
// frame, the agency's own report, state bodies' long names. Each shape with
// a near miss it must leave alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

const STATEMENT = 'Pyongyang, March 4 (KCNA) -- A press statement on talks between the two foreign ministers was issued on March 3.\n\n' +
  'The press statement says:\n\n' +
  'The relations between the two countries are growing stronger. The talks took place in Moscow on March 3.\n\n' +
  'Both sides reaffirmed their will to implement the treaty.\n\n' +
  'The two ministers agreed to hold more talks. -0-'

test('every paragraph of a text reproduced after "The press statement says:" is the statement\'s', () => {
  assert.equal(who(STATEMENT, 'The relations between'), 'press statement')
  assert.equal(who(STATEMENT, 'The talks took place'), 'press statement')
  assert.equal(who(STATEMENT, 'Both sides reaffirmed'), 'press statement')
  assert.equal(who(STATEMENT, 'agreed to hold more talks'), 'press statement')
  // The frame carries nothing of its own.
  assert.equal(who(STATEMENT, 'The press statement says:'), '-')
  // Without the colon the paragraphs after are the writer's.
  const plain = STATEMENT.replace('The press statement says:', 'The press statement was short.')
  assert.equal(who(plain, 'Both sides reaffirmed'), '-')
})

test('a text reproduced after a frame ends at the next story\'s dateline', () => {
  const two = STATEMENT.replace(' -0-', '') + '\n\nPyongyang, March 4 (KCNA) -- A delegation left Pyongyang on Tuesday.\n\nIt will visit three countries.'
  assert.equal(who(two, 'agreed to hold more talks'), 'press statement')
  assert.equal(who(two, 'It will visit three countries'), '-')
})

test('a speech the writer reproduces after "and goes on:" runs over its paragraphs and ends at the next cue', () => {
  const text = 'Pyongyang, August 15 (KCNA) -- Newspapers mark the day.\n\n' +
    'The victory was a great event, says Rodong Sinmun, and goes on:\n\n' +
    'The victory opened a new era for the country.\n\n' +
    'It is the people who defend the leader with a single mind.\n\n' +
    'Minju Joson says that the will of the people is firm.\n\n' +
    'The day was marked across the country.'
  assert.equal(who(text, 'opened a new era'), 'Rodong Sinmun')
  assert.equal(who(text, 'defend the leader'), 'Rodong Sinmun')
  assert.equal(who(text, 'will of the people is firm'), 'Minju Joson')
  assert.equal(who(text, 'marked across the country'), '-')
  // A quotation opening the paragraph after the colon is the quotation's own reach, not a reproduced text.
  const quoted = text.replace('The victory opened a new era for the country.', '"The victory opened a new era."')
  assert.equal(who(quoted, 'defend the leader'), '-')
})

test('"The report says:" after the agency reported is the agency, over the text it prints', () => {
  const text = 'Pyongyang, October 17 (KCNA) -- KCNA reported on October 16 that the roads to the south have been blocked.\n\n' +
    'The report says:\n\n' +
    'The General Staff took a measure to cut off the roads.\n\n' +
    'This is a legitimate measure.'
  assert.equal(who(text, 'took a measure'), 'KCNA')
  assert.equal(who(text, 'legitimate measure'), 'KCNA')
  // A report the agency did not give is a report of its own.
  const other = text.replace('KCNA reported on October 16 that the roads to the south have been blocked.', 'The roads to the south have been blocked.')
  assert.notEqual(who(other, 'took a measure'), 'KCNA')
})

test('"of the DPRK" ends a state body\'s name, so its spokesman speaks, not the country', () => {
  const text = 'Pyongyang, October 17 (KCNA) -- Roads were cut.\n\n' +
    'A spokesman for the Ministry of National Defence of the DPRK said that the roads have been blocked.\n\n' +
    'A spokesman for the Ministry of Land and Environment Protection of the DPRK confirmed that the blasting had no effect.'
  assert.equal(who(text, 'roads have been blocked'), 'Ministry of National Defence of the DPRK spokesman (anonymous)')
  assert.equal(who(text, 'blasting had no effect'), 'Ministry of Land and Environment Protection of the DPRK spokesman (anonymous)')
  // A person's title before "of the" is no body: the country after it is not taken in.
  const president = 'Roads were cut.\n\nThe president of the DPRK said that the roads have been blocked.'
  assert.notEqual(who(president, 'roads have been blocked'), 'president of the DPRK')
})

test('the unnamed officer of a named body speaks as that body\'s officer, not a word of its name', () => {
  const text = 'Meetings took place abroad.\n\n' +
    'The chairman of the Sweden-Korea Friendship Association said that the defeat was the first of many.\n\n' +
    'The chairman of the Denmark-DPRK Friendship Association and the chief of the Danish Group for the Study of the Juche Idea said that the people won.\n\n' +
    'Personages of the Italian Communist Party, the Movement for Peace and Socialism of Italy disclosed the moves to escalate tension.'
  assert.equal(who(text, 'defeat was the first'), 'Sweden-Korea Friendship Association chairman (anonymous)')
  assert.equal(who(text, 'the people won'), 'Denmark-DPRK Friendship Association chairman (anonymous)')
  assert.equal(who(text, 'moves to escalate'), 'Italian Communist Party personages (anonymous)')
  // Named in apposition, the officer is the person; an event's chairman is no body's officer.
  const named = 'Talks were held.\n\nThe chairman of the Sweden-Korea Friendship Association, Lars Olsson, said that the defeat was the first.'
  assert.equal(who(named, 'defeat was the first'), 'Lars Olsson')
  const meeting = 'Talks were held.\n\nThe chairman of the meeting said that the defeat was the first.'
  assert.notEqual(who(meeting, 'defeat was the first'), 'meeting chairman (anonymous)')
})

test('"X in a statement said": the statement is how X spoke, X is the source', () => {
  const text = 'Talks were held.\n\n' +
    'The Social Confederation of Koreans in Far East of Russia in a statement said that the clans are trying to evade.\n\n' +
    'Kim Chol Nam, vice-chairman of the General Association of Koreans in China, in a press statement on October 14 said that the association is angry.\n\n' +
    'The International Federation of Teachers in a statement on October 13 bitterly denounced the clans.'
  assert.equal(who(text, 'trying to evade'), 'Social Confederation of Koreans in Far East of Russia')
  assert.equal(who(text, 'association is angry'), 'Kim Chol Nam')
  assert.equal(who(text, 'denounced the clans'), 'International Federation of Teachers')
  // A statement that opens the sentence speaks as itself.
  assert.equal(who('Talks were held.\n\nA statement said that the clans are trying to evade.', 'trying to evade'), 'statement')
})

test('"they" after a crowd took part in a rally are the rally\'s participants, not its sponsor', () => {
  const text = 'Pyongyang, November 4 (KCNA) -- Protests go on.\n\n' +
    'The 113th candlelight rally took place in Seoul under the sponsorship of the Movement for Ousting the Regime.\n\n' +
    '300 000 people from all walks of life took part in the candlelight rally and demonstration.\n\n' +
    'They condemned the regime for bringing a war crisis.'
  assert.equal(who(text, 'bringing a war crisis'), 'candlelight rally participants (anonymous)')
  // A crowd that only stood by takes part in nothing: "they" stays with the sponsor.
  const watched = text.replace('took part in the candlelight rally and demonstration', 'watched from the streets')
  assert.notEqual(who(watched, 'bringing a war crisis'), 'candlelight rally participants (anonymous)')
})

test('a forum where a meeting was held is no speaker: the one the relative clause describes speaks', () => {
  const text = 'Foreign Minister Choe Son Hui made a speech at the forum.\n\n' +
    'Meanwhile, the foreign minister who took part in the meeting on the theme of "BRICS in Future" held at the First Women\'s Forum said that the forum was significant.'
  assert.equal(who(text, 'forum was significant'), 'Choe Son Hui')
  // A forum that opens the sentence speaks for itself.
  const own = 'Foreign Minister Choe Son Hui made a speech.\n\nThe First Women\'s Forum said that the meeting was significant.'
  assert.equal(who(own, 'meeting was significant'), "First Women's Forum")
})

test('a bare text the headline announces takes the headline\'s name, without "Released"', () => {
  const text = 'Press Statement on Talks between Two Foreign Ministers Released\n\n' + STATEMENT
  assert.equal(who(text, 'Both sides reaffirmed'), 'Press Statement on Talks between Two Foreign Ministers')
  // A headline that announces nothing leaves the text its bare name.
  const plain = 'Press Statement on Talks between Two Foreign Ministers\n\n' + STATEMENT
  assert.equal(who(plain, 'Both sides reaffirmed'), 'press statement')
})
