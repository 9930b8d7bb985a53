// Rules of session 25 (h-f27h), relay recall (GUIDE 5-6): a site named by its
// web address is an outlet the interview reaches us through; an outlet's name
// keeps its own joining word; the headline, dek and lede that sum up a
// speaker known only through a relay named in the lede take it too; "X made
// the remarks ..., according to <outlet>" passes on X's words; "envisioned"
// reports a thought. Made-up text, each with a near miss left alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

const TASS_LIKE = 'Ministry wants calm on the border\n\nSpokesman Ivan Orlov said the ministry wanted calm\n\n' +
  'MOSCOW, May 2. /TASS/. The ministry wants calm on the border, spokesman Ivan Orlov said in an interview with novosti.ru.\n\n' +
  '"We will keep order," he noted.'

test('a web address the speaker gave an interview to is a relay, and the dek before it takes it too', () => {
  assert.equal(who(TASS_LIKE, 'The ministry wants calm on the border,'), 'Ivan Orlov via novosti.ru')
  assert.equal(who(TASS_LIKE, 'We will keep order'), 'Ivan Orlov via novosti.ru')
  assert.equal(who(TASS_LIKE, 'the ministry wanted calm'), 'Ivan Orlov via novosti.ru')
  // (Near miss: an interview with a person is no relay.)
  const person = TASS_LIKE.replace('in an interview with novosti.ru', 'in an interview with Pavel Ivanov')
  assert.equal(who(person, 'The ministry wants calm on the border,'), 'Ivan Orlov')
})

test('a year inside the quoted words is what was talked about, not another occasion', () => {
  const story = TASS_LIKE + '\n\n"What began in 2014 must end," Orlov said.\n\nOrlov said talks were possible.'
  assert.equal(who(story, 'What began in 2014'), 'Ivan Orlov via novosti.ru')
  assert.equal(who(story, 'talks were possible'), 'Ivan Orlov via novosti.ru')
  // (Near miss: the writer dating the words to another year still leaves them open.)
  const dated = story.replace('Orlov said talks were possible.', 'Orlov said in 2019 that talks were possible.')
  assert.equal(who(dated, 'talks were possible'), 'Ivan Orlov')
})

test('the headline and lede stay bare when the relay is first named further down', () => {
  const late = 'Spokesman Ivan Orlov said the ministry wanted calm\n\nThe ministry wants calm, Ivan Orlov said on Monday.\n\n' +
    'Troops stayed in barracks.\n\nOrlov said the border was quiet, Interfax reported.\n\n"We will keep order," Orlov said.'
  assert.equal(who(late, 'the border was quiet'), 'Ivan Orlov via Interfax')
  assert.equal(who(late, 'The ministry wants calm,'), 'Ivan Orlov')
  assert.equal(who(late, 'the ministry wanted calm'), 'Ivan Orlov')
})

test('an outlet name with a joining word of its own language is whole', () => {
  const story = 'Talks to resume\n\nMOSCOW, May 2. /TASS/. Talks will resume, Ivan Orlov said in an interview with Argumenty i Fakty.'
  assert.equal(who(story, 'Talks will resume'), 'Ivan Orlov via Argumenty i Fakty')
  // (Near miss: an English "and" joins two outlets, never one name.)
  const two = story.replace('Argumenty i Fakty', 'Izvestia and Kommersant')
  assert.notEqual(who(two, 'Talks will resume'), 'Ivan Orlov via Izvestia and Kommersant')
})

test('"made the remarks ..., according to" an outlet passes on the speaker\'s words before and after it', () => {
  const story = 'Han Sol-min says drills show will to fight\n\nLeader Han Sol-min lashed out at the drills on Monday, calling them "a rehearsal for war."\n\n' +
    'Han made the remarks during a tour of a shipyard, according to Xinhua on Tuesday.\n\n' +
    'Han said the drills were growing more dangerous.\n\nHe also envisioned that the fleet would soon be ready.'
  assert.equal(who(story, 'drills show will to fight'), 'Han Sol-min via Xinhua')
  assert.equal(who(story, 'a rehearsal for war'), 'Han Sol-min via Xinhua')
  assert.equal(who(story, 'growing more dangerous'), 'Han Sol-min via Xinhua')
  assert.equal(who(story, 'the fleet would soon be ready'), 'Han Sol-min via Xinhua')
  // (Near miss: another person made the remarks; the leader's words stay his own.)
  const other = story.replace('Han made the remarks', 'Park made the remarks')
  assert.equal(who(other, 'growing more dangerous'), 'Han Sol-min')
})
