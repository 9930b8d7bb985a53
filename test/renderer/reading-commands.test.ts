import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bindingFor } from '../../renderer/keys.ts'
import { defaultSettings } from '../../shared/model/reading.ts'
import { harness } from './fake-context.ts'

const press = (key: string, more: Partial<{ shiftKey: boolean; ctrlKey: boolean }> = {}) =>
  ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...more })

test('a settings change is kept by the services first, then drawn as they answered', async () => {
  const h = await harness()
  assert.equal(await h.runner.run('reading.change', { edit: { textSize: 6 } }), true)
  assert.deepEqual(h.fake.settings, { ...defaultSettings, textSize: 6 })
  assert.deepEqual(h.reading.applied, [{ ...defaultSettings, textSize: 6 }])
  assert.deepEqual(h.fake.calls.map((c) => c.method).filter((m) => m === 'updateSettings'), ['updateSettings'])
})

test('a change the services refuse is not drawn, and the reader is told', async () => {
  const h = await harness()
  h.fake.failNext('updateSettings', 'updateSettings: textSize: the text size is 1 to 7')
  assert.equal(await h.runner.run('reading.change', { edit: { textSize: 6 } }), false)
  assert.deepEqual(h.reading.applied, [])
  assert.match(h.errors.join(), /text size is 1 to 7/)
})

test('+ and - step the text size, and stop at the ends of the scale', async () => {
  assert.equal(bindingFor(press('+', { shiftKey: true }))?.command, 'reading.textSize')
  assert.deepEqual(bindingFor(press('-'))?.args, { step: -1 })
  const h = await harness()
  await h.runner.run('reading.textSize', { step: 1 })
  assert.equal(h.fake.settings.textSize, defaultSettings.textSize + 1)
  for (let i = 0; i < 10; i++) await h.runner.run('reading.textSize', { step: -1 })
  assert.equal(h.fake.settings.textSize, 1)
  assert.match(h.statuses.at(-1)!, /as small as it goes/)
  assert.deepEqual(h.reading.applied.map((s) => s.textSize), [4, 3, 2, 1])
})

test('R opens the reading settings, with or without Shift; Ctrl+R stays the browser\'s', async () => {
  assert.equal(bindingFor(press(','))?.command, 'reading.settings')
  assert.equal(bindingFor(press(',', { ctrlKey: true }))?.command, 'reading.settings')
  assert.equal(bindingFor(press('r'))?.command, 'suggestions.reject')
  const h = await harness()
  await h.runner.run('reading.settings')
  await h.runner.run('view.toggleAnnotations')
  assert.deepEqual(h.reading.toggled, ['settings', 'annotations'])
})
