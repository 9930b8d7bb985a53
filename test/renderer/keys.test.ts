import { test } from 'node:test'
import assert from 'node:assert/strict'
import { allCommands } from '../../renderer/commands/index.ts'
import { bindingFor, keyBindings, type KeyPress } from '../../renderer/keys.ts'

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress =>
  ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })
const command = (p: KeyPress) => {
  const b = bindingFor(p)
  return b && [b.command, b.args]
}

test('keys name commands: plain keys ignore Shift, Ctrl and Cmd are one modifier', () => {
  assert.deepEqual(command(press('h')), ['annotation.markHighlight', undefined])
  assert.deepEqual(command(press('H', { shiftKey: true })), ['annotation.markHighlight', undefined])
  assert.deepEqual(command(press('3')), ['annotation.tagSource', { index: 2 }])
  assert.deepEqual(command(press('Escape')), ['view.dismiss', undefined])
  assert.deepEqual(command(press('Delete')), ['annotation.delete', undefined])
  assert.deepEqual(command(press('z', { ctrlKey: true })), ['history.undo', undefined])
  assert.deepEqual(command(press('z', { metaKey: true })), ['history.undo', undefined])
  assert.deepEqual(command(press('Z', { ctrlKey: true, shiftKey: true })), ['history.redo', undefined])
  assert.deepEqual(command(press('y', { ctrlKey: true })), ['history.redo', undefined])
  assert.deepEqual(command(press('F', { ctrlKey: true, shiftKey: true })), ['search.focus', undefined])
})

test('other combinations mean nothing', () => {
  assert.equal(bindingFor(press('h', { ctrlKey: true })), undefined)
  assert.equal(bindingFor(press('h', { altKey: true })), undefined)
  assert.equal(bindingFor(press('f', { ctrlKey: true })), undefined)
  assert.equal(bindingFor(press('0')), undefined)
  assert.equal(bindingFor(press('x')), undefined)
})

test('every key names a command that exists, and no key is bound twice', () => {
  const ids = new Set(allCommands.map((c) => c.id))
  for (const binding of keyBindings) assert.ok(ids.has(binding.command), `${binding.key} → ${binding.command}`)
  assert.equal(new Set(keyBindings.map((b) => b.key)).size, keyBindings.length)
})

test('every key means one command: no two bindings share a key', () => {
  const seen = new Map<string, string>()
  for (const { key, command } of keyBindings) {
    assert.equal(seen.get(key), undefined, `${key} is bound to ${seen.get(key)} and ${command}`)
    seen.set(key, command)
  }
})
