// A name between a preposition and a participle of saying is the participle's
// own speaker (cue-formulas.ts gerundSubject), on made-up sentences, with near
// misses: a participle set off by a comma, a wire's unmarked "saying".

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"declined to comment on Senator Ivo Tam saying that ...": the name before the participle speaks', () => {
  assert.equal(who('Kelso news\n\nVelmora today declined to comment on Senator Ivo Tam saying that no one wants the plan.', 'no one wants'), 'Ivo Tam')
})

test('near misses: a participle after a comma and a wire\'s unmarked "saying" stay the subject\'s', () => {
  assert.equal(who('Kelso news\n\nVelmora rejected the bid on Monday, saying that no one wants the plan.', 'no one wants'), 'Velmora')
  assert.equal(who('Kelso news\n\nSenator Ivo Tam has opposed the bid for some time saying it would hurt Kelso.', 'would hurt Kelso'), 'Ivo Tam')
})
