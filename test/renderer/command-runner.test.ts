import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Command } from '../../renderer/commands/command.ts'
import { CommandRunner } from '../../renderer/commands/runner.ts'
import { harness, words } from './fake-context.ts'

test('commands run one at a time in the order invoked: "c" then "2" tags the claim "c" made', async () => {
  const h = await harness()
  const held = h.fake.hold('createAnnotation')
  h.selected.target = words('the talks went well')
  const claim = h.runner.run('annotation.markClaim')
  // Pressed while the claim is still being saved, with nothing selected.
  const tag = h.runner.run('annotation.tagSource', { index: 1 })
  assert.deepEqual(h.statuses, [])
  held.release()
  await Promise.all([claim, tag])
  const [created] = h.reader.session!.annotations
  assert.equal(created!.kind, 'claim')
  assert.deepEqual(created!.sources, ['xinhua'])
  assert.deepEqual(h.statuses, ['Claim saved.', 'Saved.'])
  assert.deepEqual(h.fake.calls.map((c) => c.method).filter((m) => m.endsWith('Annotation')), ['createAnnotation', 'updateAnnotation'])
})

test('the text selected when a key is pressed is what gets marked, even if the selection changes before the command runs', async () => {
  const h = await harness()
  const held = h.fake.hold('createAnnotation')
  h.selected.target = words('the talks went well')
  const first = h.runner.run('annotation.markHighlight')
  h.selected.target = words('Tass said so too')
  const second = h.runner.run('annotation.markClaim')
  held.release()
  await Promise.all([first, second])
  assert.deepEqual(h.reader.session!.annotations.map((a) => [a.kind, a.target.quote.exact]), [
    ['highlight', 'the talks went well'], ['claim', 'Tass said so too'],
  ])
})

test('a sentence key pressed while a save is on its way selects at once: the mark pressed next takes that sentence', async () => {
  const h = await harness()
  // The caret's sentence move, as the article does it: the next sentence
  // becomes the selection.
  h.runner.context.ui.selectSentence = () => { h.selected.target = words('Tass said so too'); return true }
  const held = h.fake.hold('createAnnotation')
  h.selected.target = words('the talks went well')
  const highlight = h.runner.run('annotation.markHighlight')
  const move = h.runner.run('selection.sentence', { move: 'next' })
  assert.equal(h.selected.target?.quote.exact, 'Tass said so too')
  const claim = h.runner.run('annotation.markClaim')
  held.release()
  await Promise.all([highlight, move, claim])
  assert.deepEqual(h.reader.session!.annotations.map((a) => [a.kind, a.target.quote.exact]), [
    ['highlight', 'the talks went well'], ['claim', 'Tass said so too'],
  ])
})

test('a failure is reported with its message, nothing is said to have succeeded, and the queue goes on', async () => {
  const h = await harness()
  h.fake.failNext('createAnnotation', 'Could not save: disk full')
  h.selected.target = words('the talks went well')
  const failed = h.runner.run('annotation.markClaim')
  h.selected.target = words('Tass said so too')
  const next = h.runner.run('annotation.markHighlight')
  await Promise.all([failed, next])
  assert.deepEqual(h.errors, ['Could not save: disk full'])
  assert.deepEqual(h.statuses, ['Highlight saved.'])
  assert.deepEqual(h.reader.session!.annotations.map((a) => a.target.quote.exact), ['Tass said so too'])
})

test('an unknown command and a failing prepare are reported, not thrown', async () => {
  const reported: unknown[] = []
  const broken: Command = { id: 'test.broken', title: 'Broken', prepare: () => { throw new Error('no selection here') }, run: async () => 'ran' }
  const done: (string | undefined)[] = []
  const h = await harness()
  const runner = new CommandRunner([broken], { ...h.runner.context }, { succeeded: (m) => done.push(m), failed: (e) => reported.push((e as Error).message) })
  await runner.run('test.nothing')
  await runner.run('test.broken')
  assert.deepEqual(reported, ['There is no command “test.nothing”.', 'no selection here'])
  assert.deepEqual(done, [])
})

test('a command that only moves the view does not report success, so an earlier error stays up', async () => {
  const succeeded: (string | undefined)[] = []
  const h = await harness()
  const runner = new CommandRunner([
    { id: 'test.view', title: 'View', view: true, run: async () => {} },
    { id: 'test.change', title: 'Change', run: async () => {} },
  ], { ...h.runner.context }, { succeeded: (m) => succeeded.push(m), failed: () => {} })
  await runner.run('test.view')
  assert.deepEqual(succeeded, [])
  await runner.run('test.change')
  assert.deepEqual(succeeded, [undefined])
})

test('two commands with one id are refused', async () => {
  const h = await harness()
  const command: Command = { id: 'test.twice', title: 'Twice', run: async () => {} }
  assert.throws(() => new CommandRunner([command, command], { ...h.runner.context }, { succeeded: () => {}, failed: () => {} }), /Two commands are named test.twice/)
})

// The startup document asked for at once is opened unless a command that
// may change data ran first (main.ts): opening the source manager while the
// app starts must not have it asked for again (at load 30 that second round
// kept a source added meanwhile waiting past the e2e's 10 s).
test('only commands that may change data count as changes; one that moves the view does not', async () => {
  const h = await harness()
  const runner = new CommandRunner([
    { id: 'test.view', title: 'View', view: true, run: async () => {} },
    { id: 'test.change', title: 'Change', run: async () => {} },
    { id: 'test.failed', title: 'Failed', run: async () => { throw new Error('refused') } },
  ], { ...h.runner.context }, { succeeded: () => {}, failed: () => {} })
  await runner.run('test.view')
  assert.equal(runner.changes, 0)
  await runner.run('test.change')
  assert.equal(runner.changes, 1)
  await runner.run('test.failed')
  assert.equal(runner.changes, 2)
})
