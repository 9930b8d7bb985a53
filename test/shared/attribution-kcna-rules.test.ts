// State-media sources (session 19, h-kcna): how the sources of KCNA-style
// copy are named and scored, each rule on made-up sentences beside a
// near-miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sameSource } from '../../shared/attribution/score.ts'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { fromOriginal, toOriginal, unglueNames } from '../../shared/attribution/glued-names.ts'
import { who } from '../helpers/who-said.ts'

test('scoring reads a state in full and by its initials as one name, its body before or after it', () => {
  assert.ok(sameSource("Foreign Ministry of the Democratic People's Republic of Korea spokesman (anonymous)", 'DPRK Foreign Ministry spokesman (anonymous)'))
  assert.ok(sameSource("Ministry of National Defence of the Democratic People's Republic of Korea spokesman (anonymous)", 'Ministry of National Defence of DPRK spokesman (anonymous)'))
  assert.ok(sameSource('United States', 'U.S.'))
  assert.ok(sameSource('Republic of Korea', 'ROK'))
  assert.ok(sameSource("People's Republic of China", 'PRC'))
  // (Another state, a state's words inside another name, or a body of another state stay differences.)
  assert.ok(!sameSource('DPRK Foreign Ministry', 'ROK Foreign Ministry'))
  assert.ok(!sameSource('Foreign Ministry of the DPRK', 'Foreign Ministry'))
  assert.ok(!sameSource('Republic of Korea', "Democratic People's Republic of Korea"))
  assert.ok(!sameSource('United States Steel', 'U.S.'))
  assert.ok(!sameSource('Bank of America', 'Bank'))
})

test('a name glued to the words around it is read with its spaces, the offsets staying in the text as written', () => {
  const text = 'Pyongyang, October 1 (KCNA) -- The Marshal met the players on Monday.\n\n' +
    'ComradeKim Jong Unpraised the players for their victory.\n\n' +
    'He said that the win was a pride of the country, according to the talk ofKim Jong Un.\n\n' +
    'ComradeKim Jong Unsaid that sports would flourish in the country.'
  const found = suggestAttributions(text)
  const s = found.find((x) => x.content.text.includes('sports would flourish'))
  assert.equal(s?.source, 'Kim Jong Un')
  for (const x of found) {
    assert.equal(text.slice(x.content.start, x.content.end), x.content.text)
    assert.equal(text.slice(x.cue.start, x.cue.end), x.cue.text)
  }
  const u = unglueNames(text)!
  assert.ok(u.text.includes('Comrade Kim Jong Un praised') && u.text.includes('of Kim Jong Un.'))
  for (const at of [0, 40, text.indexOf('sports'), text.length]) assert.equal(toOriginal(u, fromOriginal(u, at)), at)
})

test('camel-cased names and words that only extend a name are not unglued', () => {
  // (Neither a lower-case word nor a title runs into the name; "Yorker" extends a name not glued on its left.)
  assert.equal(unglueNames('BlackRock Investment Institute said rates would rise. The BlackRock Investment Institute, in a note.'), null)
  assert.equal(unglueNames('The New Yorker said New York, in a column, was tired. YouTube Music said so.'), null)
  // (A word after a name is split off only where the article spells the name without it.)
  assert.equal(unglueNames('ComradeKim Jong Unsaid it.')?.text, 'Comrade Kim Jong Unsaid it.')
  assert.equal(who('The BlackRock Investment Institute said rates would rise.', 'rates would rise'), 'BlackRock Investment Institute')
})

test('"X Monday in an editorial says ... the editorial says, and goes on:" is the paper that spoke, not the agency in the dateline', () => {
  const text = 'Pyongyang, May 14 (KCNA) -- Rodong Sinmun Monday in an editorial says that the harvest is the main task.\n\n' +
    'All should work harder in the fields, the editorial says, and goes on:\n\n' +
    'Threshing must end at the right time.\n\n' +
    'The whole country should join the struggle. -0-'
  assert.equal(who(text, 'harvest is the main task'), 'Rodong Sinmun')
  assert.equal(who(text, 'work harder in the fields'), 'Rodong Sinmun')
  assert.equal(who(text, 'Threshing must end'), 'Rodong Sinmun')
  // (With no paper speaking, "the editorial" is the paper the story names it in, as before.)
  const carried = 'Pyongyang, May 14 (KCNA) -- An editorial appeared in Rodong Sinmun on Monday.\n\n' +
    'All should work harder in the fields, the editorial says.'
  assert.equal(who(carried, 'work harder in the fields'), 'Rodong Sinmun')
})

test('an unnamed officer of a body named with its place, theme or parent body is that body\'s officer', () => {
  const text = 'Pyongyang, September 27 (KCNA) -- Figures abroad praised the anniversary.\n\n' +
    'The chairman of the National Salvation Front of Ruritania said that the state stood firm.\n\n' +
    'The chairman of the Supreme Council of the National Workers\' Party of Ruritania said that the era goes on.\n\n' +
    'A member of the Ruritanian National Committee for the Study of the Juche Idea said that the country changed.\n\n' +
    'The chief of the Ruritanian Group for Solidarity with the DPRK said that peace would hold.\n\n' +
    'The chairman of the Ruritania-Korea Solidarity Committee in a statement said that he pays tribute to the people.'
  assert.equal(who(text, 'state stood firm'), 'National Salvation Front of Ruritania chairman (anonymous)')
  assert.equal(who(text, 'era goes on'), 'National Workers\' Party of Ruritania Supreme Council chairman (anonymous)')
  assert.equal(who(text, 'country changed'), 'Ruritanian National Committee for the Study of the Juche Idea member (anonymous)')
  assert.equal(who(text, 'peace would hold'), 'Ruritanian Group for Solidarity with the DPRK chief (anonymous)')
  assert.equal(who(text, 'pays tribute'), 'Ruritania-Korea Solidarity Committee chairman (anonymous)')
  // (No body's word in the name: a country's president is not a body's officer; a named person keeps his name.)
  assert.notEqual(who('Talks were held.\n\nThe president of the Kingdom of Ruritania said that the talks went well.', 'talks went well'), 'Kingdom of Ruritania president (anonymous)')
  assert.equal(who('Talks were held.\n\nThe chairman of the National Salvation Front of Ruritania, Lars Olsson, said that the state stood firm.', 'state stood firm'), 'Lars Olsson')
})

test('"..., the editorial notes, and goes on:" is a cue though the tagger reads "editorial notes" as a noun phrase', () => {
  const text = 'Pyongyang, November 1 (KCNA) -- Rodong Sinmun on Friday dedicates an editorial to its anniversary.\n\n' +
    'The paper has been a powerful weapon, the editorial notes, and goes on:\n\n' +
    'The paper always stands in the vanguard.\n\n' +
    'Its tradition will be carried forward. -0-'
  assert.equal(who(text, 'powerful weapon'), 'Rodong Sinmun')
  assert.equal(who(text, 'stands in the vanguard'), 'Rodong Sinmun')
  // (Notes that are a thing, not a verb, stay so.)
  assert.equal(who('Pyongyang, November 1 (KCNA) -- The editorial notes were read out at the meeting.', 'were read out'), '-')
})

test('a day between a name and its verb ("Apple Inc Monday said", "Rodong Sinmun Friday dedicates") is no part of the name', () => {
  assert.equal(who('Shares fell.\n\nNordwave Inc Monday said it would raise prices.', 'raise prices'), 'Nordwave Inc')
  const text = 'Pyongyang, November 1 (KCNA) -- Rodong Sinmun Friday dedicates an editorial to its anniversary.\n\n' +
    'The paper has been a powerful weapon, the editorial says.'
  assert.equal(who(text, 'powerful weapon'), 'Rodong Sinmun')
  // (A name with a day inside it keeps the day.)
  assert.equal(who('Talks went on.\n\nThe Good Friday Agreement said that peace would hold.', 'peace would hold'), 'Good Friday Agreement')
})

test('a list\'s bullet before "X in a statement said" leaves X the speaker', () => {
  const text = 'Pyongyang, October 19 (KCNA) -- Leading newspapers of the DPRK today carried the following articles.\n\n' +
    '- A spokesman for the Ministry of Fisheries of the DPRK in a statement said that the drills were dangerous.'
  assert.equal(who(text, 'drills were dangerous'), 'Ministry of Fisheries of the DPRK spokesman (anonymous)')
  assert.notEqual(who('Pyongyang, October 19 (KCNA) -- Papers carried articles.\n\n- A statement said that the drills were dangerous.', 'drills were dangerous'), 'statement spokesman (anonymous)')
})

test('"The message said" is the message of the one the story says sent it, named issuer + noun', () => {
  const sent = 'Pyongyang, March 2 (KCNA) -- Kim Jong Un sent a message of greeting to Thongloun Sisoulith, president of Laos.\n\n' +
    'The message said that the friendship would grow stronger.'
  assert.equal(who(sent, 'friendship would grow'), 'Kim Jong Un message')
  const received = 'Pyongyang, March 2 (KCNA) -- Kim Jong Un received a congratulatory message from Thongloun Sisoulith, president of Laos.\n\n' +
    'The message said that the friendship would grow stronger.'
  assert.equal(who(received, 'friendship would grow'), 'Thongloun Sisoulith message')
  // (A message no named party sent stays unnamed; a state merely named near an appeal is not its issuer.)
  assert.notEqual(who('Pyongyang, March 2 (KCNA) -- A message arrived on Monday.\n\nThe message said that the friendship would grow stronger.', 'friendship would grow'), 'Monday message')
  const appeal = 'Pyongyang, July 23 (KCNA) -- The participants in a forum issued an appeal.\n\n' +
    'Such activities demanding the U.S. withdrawal of its hostile policy should be waged, the appeal said.'
  assert.notEqual(who(appeal, 'Such activities'), 'United States appeal')
})

test('"The spokesman ... gave an answer to a question raised by KCNA" after a dateline is who "He said" and "the spokesman said" mean', () => {
  const text = 'Pyongyang, March 2 (KCNA) -- The spokesman for the DPRK Foreign Ministry gave an answer to a question raised by KCNA on Tuesday as regards the drills.\n\n' +
    'He said that the Republic of Korea staged drills again.\n\n' +
    'The drills were dangerous, the spokesman said.'
  assert.equal(who(text, 'staged drills again'), 'DPRK Foreign Ministry spokesman (anonymous)')
  assert.equal(who(text, 'drills were dangerous'), 'DPRK Foreign Ministry spokesman (anonymous)')
  // (The dateline's place is no person: with no one else, "He" finds no one rather than "Pyongyang".)
  const alone = 'Pyongyang, March 2 (KCNA) -- Drills were staged on Tuesday.\n\nHe said that the drills were dangerous.'
  assert.notEqual(who(alone, 'drills were dangerous'), 'Pyongyang')
  // (A person named at a sentence's start without a dateline stays one.)
  assert.equal(who('Talks went on.\n\nOlsson, the chairman, spoke on Tuesday.\n\nHe said that the drills were dangerous.', 'drills were dangerous'), 'Olsson')
})
