// Relay grammar of newspaper pages (session 11): the present-tense masthead
// at a sentence's end, each shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"..., Axios reports." at a sentence\'s end is the outlet reporting', () => {
  assert.equal(who('The bank plans to cut 500 jobs, Axios reports.', 'cut 500 jobs'), 'Axios')
  // (A masthead the list does not know; "the Sun" is listed now, as "The Sun".)
  assert.equal(who('The bank plans to cut 500 jobs, the Clarion reports.', 'cut 500 jobs'), 'Clarion')
  assert.equal(who('The bank plans to cut 500 jobs, the Sun reports.', 'cut 500 jobs'), 'The Sun')
  // ("..., denying the reports.": the noun, no masthead before it.)
  assert.equal(who('The bank kept its plans, denying the reports.', 'kept its plans'), '-')
})

test('"Experts reached by the Global Times said": the experts speak and the outlet is the venue', () => {
  const text = 'Experts reached by the Global Times said the new jet would enter service next year.'
  assert.equal(who(text, 'new jet would enter'), 'experts (anonymous)')
  assert.equal(who('Several residents interviewed by the BBC said the water was unsafe.', 'water was unsafe'), 'residents (anonymous)')
})
