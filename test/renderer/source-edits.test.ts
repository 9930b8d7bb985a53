import { test } from 'node:test'
import assert from 'node:assert/strict'
import { harness, words } from './fake-context.ts'

test('kind and other names are changed, and undo puts them back', async () => {
  const h = await harness()
  await h.runner.run('sources.update', { sourceId: 'tass', changes: { kind: 'newspaper', aliases: ['TASS', 'ITAR-TASS'] } })
  assert.equal(h.statuses.at(-1), 'Saved “Tass”.')
  assert.deepEqual(h.reader.session!.sources.find((s) => s.id === 'tass'), { id: 'tass', name: 'Tass', aliases: ['TASS', 'ITAR-TASS'], kind: 'newspaper', colour: '#aa0000' })
  await h.runner.run('history.undo')
  assert.deepEqual(h.fake.sources.find((s) => s.id === 'tass'), { id: 'tass', name: 'Tass', aliases: [], kind: 'news-agency', colour: '#aa0000' })
  assert.deepEqual(h.errors, [])
})

test('moving a source changes which number key tags it; undo moves it back', async () => {
  const h = await harness()
  await h.runner.run('sources.move', { sourceId: 'xinhua', by: -1 })
  assert.equal(h.statuses.at(-1), '“Xinhua” is now source 1 (key 1).')
  assert.deepEqual(h.reader.session!.sources.map((s) => s.id), ['xinhua', 'tass'])
  h.selected.target = words('the talks went well')
  await h.runner.run('annotation.tagSource', { index: 0 })
  assert.deepEqual(h.reader.session!.annotations[0]!.sources, ['xinhua'])
  await h.runner.run('history.undo') // the claim
  await h.runner.run('history.undo') // the move
  assert.deepEqual(h.fake.sources.map((s) => s.id), ['tass', 'xinhua'])
  // The first cannot go up: nothing happens.
  await h.runner.run('sources.move', { sourceId: 'tass', by: -1 })
  assert.deepEqual(h.fake.sources.map((s) => s.id), ['tass', 'xinhua'])
  assert.deepEqual(h.errors, [])
})

test('merging asks first, then moves the annotations and says how many', async () => {
  const h = await harness()
  h.selected.target = words('Tass said so too')
  await h.runner.run('annotation.tagSource', { sourceId: 'tass' })
  h.answers.push('cancel')
  await h.runner.run('sources.merge', { from: 'tass', into: 'xinhua' })
  assert.equal(h.fake.sources.length, 2)
  assert.match(h.asked.at(-1)!, /Every annotation that names Tass, in every document, will name Xinhua instead/)
  h.answers.push('merge')
  await h.runner.run('sources.merge', { from: 'tass', into: 'xinhua' })
  assert.equal(h.statuses.at(-1), 'Merged “Tass” into “Xinhua”: 1 annotation moved.')
  assert.deepEqual(h.reader.session!.sources.map((s) => s.id), ['xinhua'])
  assert.deepEqual(h.reader.session!.annotations[0]!.sources, ['xinhua'])
  assert.deepEqual(h.errors, [])
})
