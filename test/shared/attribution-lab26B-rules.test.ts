// Rules of session 24 (h-lab26b), from business wire stories (lab26-b): a
// firm's bare stock code after its name, a role noun for a firm whose name
// reads like a person's, a job "at" a firm run into its holder's name.
// Each on made-up text with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"Lamb Weston LW.N on Tuesday cut": the bare stock code is no word of the firm\'s name', () => {
  const story = 'Sales fall\n\nLamb Weston LW.N on Tuesday cut its annual forecast.\n\nLamb Weston now expects sales of $4 billion.'
  assert.equal(who(story, 'expects sales'), 'Lamb Weston')
  // (Near miss: initials closed by a dot are a name's own, "J.P. Morgan".)
  assert.equal(who('Sales fall\n\nJ.P. Morgan said it expects sales of $4 billion.', 'expects sales'), 'J.P. Morgan')
})

test('"the Idaho-based company said" after "frozen foods supplier Lamb Weston": a firm whose name reads like a person\'s', () => {
  const story = 'Frozen foods supplier Lamb Weston cuts forecast\n\nLamb Weston on Tuesday cut its annual profit forecast.\n\n' +
    'The Eagle, Idaho-based company also said it will cut jobs.'
  assert.equal(who(story, 'will cut jobs'), 'Lamb Weston')
  // (Near miss: nothing calls the name a firm's, so it may be a person's, and the company stays unnamed.)
  const person = story.replace('Frozen foods supplier Lamb Weston cuts', 'Lamb Weston cuts')
  assert.equal(who(person, 'will cut jobs'), 'company (unnamed)')
})

test('"Head of research at Yamawa Securities Takeshi Tago said": the person the job is held by, and "he" after him', () => {
  const story = 'Shares fall\n\nDeputy head of research at Yamawa Securities Takeshi Tago said, "Prices will fall."\n\n"But not for long," he added.'
  assert.equal(who(story, 'Prices will fall'), 'Takeshi Tago')
  assert.equal(who(story, 'not for long'), 'Takeshi Tago')
  // (Near miss: no name after the firm, so its unnamed economist speaks.)
  assert.equal(who('Shares fall\n\nChief economist at Yamawa Securities said prices will fall.', 'prices will fall'), 'Yamawa Securities chief economist (anonymous)')
})
