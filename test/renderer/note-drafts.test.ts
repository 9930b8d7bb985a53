import { test } from 'node:test'
import assert from 'node:assert/strict'
import { NoteDrafts, noteLimit } from '../../renderer/notes/note-drafts.ts'
import { NOTE_MAX } from '../../shared/model/annotation.ts'

test('the counter appears only near the limit, and says by how much a note is over', () => {
  assert.deepEqual(noteLimit(0), { text: null, over: false })
  assert.deepEqual(noteLimit(NOTE_MAX - 10_001), { text: null, over: false })
  assert.deepEqual(noteLimit(NOTE_MAX - 10_000), { text: '10,000 characters left of 100,000', over: false })
  assert.deepEqual(noteLimit(NOTE_MAX - 1), { text: '1 character left of 100,000', over: false })
  assert.deepEqual(noteLimit(NOTE_MAX), { text: '0 characters left of 100,000', over: false })
  assert.deepEqual(noteLimit(NOTE_MAX + 5), { text: '5 characters over the limit of 100,000', over: true })
  assert.deepEqual(noteLimit(95, 100), { text: '5 characters left of 100', over: false })
})

test('a draft is kept per annotation until cancelled or stored', () => {
  const drafts = new NoteDrafts()
  drafts.keep('a1', 'half a thought', '')
  drafts.keep('b2', 'other', 'stored')
  assert.equal(drafts.get('a1'), 'half a thought')
  assert.equal(drafts.pending('a1', ''), true)
  // Typing back to the stored note is no draft.
  drafts.keep('b2', 'stored', 'stored')
  assert.equal(drafts.get('b2'), undefined)
  // The stored note caught up (a save went through): forgotten.
  assert.equal(drafts.pending('a1', 'half a thought'), false)
  assert.equal(drafts.get('a1'), undefined)
  drafts.keep('c3', 'x', '')
  drafts.drop('c3')
  assert.equal(drafts.pending('c3', ''), false)
  // Ids are file data: no prototype keys.
  drafts.keep('__proto__', 'p', '')
  assert.equal(drafts.get('__proto__'), 'p')
  assert.equal(drafts.get('constructor'), undefined)
})
