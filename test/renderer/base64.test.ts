import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bytesToBase64 } from '../../renderer/base64.ts'

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + 3) % 256)

test('matches Node for every length around the chunk boundaries, padding included', () => {
  for (const n of [0, 1, 2, 3, 4, 5, 24575, 24576, 24577, 24578, 49152, 49153]) {
    const data = bytes(n)
    assert.equal(bytesToBase64(data), Buffer.from(data).toString('base64'), `length ${n}`)
  }
})

test('every byte value survives', () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i)
  assert.deepEqual(Buffer.from(bytesToBase64(all), 'base64'), Buffer.from(all))
})

test('20 MB converts without overflowing the stack', () => {
  const data = bytes(20 * 1024 * 1024)
  const encoded = bytesToBase64(data)
  assert.equal(encoded.length, Math.ceil(data.length / 3) * 4)
  assert.equal(encoded, Buffer.from(data).toString('base64'))
})
