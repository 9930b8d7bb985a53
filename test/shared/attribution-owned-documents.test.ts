// A text named by its owner's common noun is the body the article has been
// talking about (session 27, owned-documents.ts), and "X for years has
// warned" is X (subjects.ts): made-up stories with near misses.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"the company\'s annual report" is the company the article named last, "the ministry\'s white paper" its ministry', () => {
  const firm = 'Harlow Mining cut its forecast on Tuesday.\n\nThe company\'s annual report said that copper demand would rise.'
  assert.equal(who(firm, 'copper demand'), 'Harlow Mining annual report')
  const ministry = 'Japan\'s Defense Ministry is concerned about China.\n\nAlso, the ministry\'s 2025 white paper said that Russia was a threat.'
  assert.equal(who(ministry, 'Russia was a threat'), 'Japanese Defense Ministry white paper')
  // Near miss: no ministry named before it; the owner stays as written.
  const none = 'Harlow Mining cut its forecast on Tuesday.\n\nAlso, the ministry\'s white paper said that Russia was a threat.'
  assert.equal(who(none, 'Russia was a threat'), 'ministry\'s white paper')
})

test('"Israel for years has warned" is Israel, not "years"', () => {
  assert.equal(who('Israel for years has warned it will not allow a nuclear weapon.', 'it will not allow'), 'Israel')
  // ("for months" changes nothing of who spoke.)
  assert.equal(who('The central bank for months has said that rates would stay high.', 'rates would stay'), who('The central bank has said that rates would stay high.', 'rates would stay'))
})
