// "the article says" after an outlet spoke "in an article" (session 18, lead):
// a paper's own article is the paper (GUIDE 7, the README's editorial rule),
// not a text of the last body the article named.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

const REVIEW = 'Paper Calls for Unity\n\n' +
  'Pyongyang, August 19 (KCNA) -- Rodong Sinmun Monday in an article says that the Workers\' Party of Korea is a veteran party with a long history.\n\n' +
  'The party attaches importance to the first page of its history, the article says, and goes on:\n\n' +
  'Steadfast is the determination of the party to keep its traditions.\n\n' +
  'The cause of the working class continues generation after generation. -0-'

test('"the article says" after "X in an article says" is the paper X', () => {
  // (The dateline and the day stand before the paper's "in an article says".)
  assert.equal(who(REVIEW, 'veteran party'), 'Rodong Sinmun')
  assert.equal(who(REVIEW, 'attaches importance'), 'Rodong Sinmun')
  assert.equal(who(REVIEW, 'Steadfast is the determination'), 'Rodong Sinmun')
  assert.equal(who(REVIEW, 'generation after generation'), 'Rodong Sinmun')
})

test('an outlet merely named is not the author of "the article"', () => {
  // The Herald never spoke: "the article" is not its text.
  const text = 'Court Hears Case\n\n' +
    'The Daily Herald was named in a lawsuit filed by the Ministry of Trade on Monday.\n\n' +
    'The ministry acted unlawfully, the article says.'
  assert.notEqual(who(text, 'acted unlawfully'), 'Daily Herald')
})
