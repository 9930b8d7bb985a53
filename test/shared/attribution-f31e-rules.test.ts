// Relays (session 26, h-f31e): how a broadcast is told from a verb of
// showing, and the relay shapes of GUIDE 5 and 6. Each shape with a near
// miss it must leave alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { onAir } from '../../shared/attribution/on-air.ts'
import { who } from '../helpers/who-said.ts'

test('"show" is a programme as a noun, not as the verb of data that show something', () => {
  // The programme: after a determiner or possessive, a broadcast's kind, or a title.
  assert.equal(onAir('Holm said on his weekly radio show that the mill would close.'), true)
  assert.equal(onAir('Speaking on the show, Holm said the mill would close.'), true)
  assert.equal(onAir('Holm told the Valley Herald\'s show that the mill would close.'), true)
  assert.equal(onAir('Speaking on the Morning Valley show, Holm said the mill would close.'), true)
  assert.equal(onAir('Holm said in a talk show interview that the mill would close.'), true)
  // The verb: figures, data and books that show.
  assert.equal(onAir('Holm told the Valley Herald that the figures show a slowdown.'), false)
  assert.equal(onAir('Census data show a fall in jobs, Holm told the Valley Herald.'), false)
  assert.equal(onAir('Holm said the Quarterly Survey show that orders fell.'), false)
  assert.equal(onAir('The mayor called it a show of force, Holm told the Valley Herald.'), false)
  // The other broadcast words and a titled programme stay as they were.
  assert.equal(onAir('Holm said on NBC\'s "Valley Hour" that the mill would close.'), true)
  assert.equal(onAir('Holm said in a televised address that the mill would close.'), true)
})

const MILL = 'Mill closes in Ostby\n\nOSTBY - Bart Holm, the mill\'s owner, told the Valley Herald newspaper that the order books show a slowdown.\n\n' +
  'Holm said the firm would cut 40 jobs by spring.'

test('a source met only in an interview to a paper keeps the paper as relay, whatever its words show', () => {
  assert.equal(who(MILL, 'order books'), 'Bart Holm via Valley Herald')
  // "show" the verb is no broadcast: the later words still came through the paper (GUIDE 5).
  assert.equal(who(MILL, 'cut 40 jobs'), 'Bart Holm via Valley Herald')
  // Near miss: the interview went out on a talk show anyone could watch, so the later words may be the writer's own.
  const aired = MILL.replace('the order books show a slowdown', 'the talk show had been cancelled')
  assert.equal(who(aired, 'cut 40 jobs'), 'Bart Holm')
})
