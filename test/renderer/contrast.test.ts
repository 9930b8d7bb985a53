import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contrast, luminance, over, parseHex, toHex } from '../../renderer/theme/contrast.ts'

test('contrast follows WCAG 2: black on white is 21, a colour on itself 1', () => {
  assert.equal(contrast('#000000', '#ffffff'), 21)
  assert.equal(contrast('#ffffff', '#000000'), 21)
  assert.equal(contrast('#4a7fd6', '#4a7fd6'), 1)
})

test('contrast matches published reference pairs', () => {
  // #777777 on white is the well-known just-fails-AA grey (4.48); #767676 passes (4.54).
  assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48')
  assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54')
  assert.equal(luminance(parseHex('#ff0000')).toFixed(4), '0.2126')
})

test('hex colours parse and print back, and bad ones are refused', () => {
  assert.equal(toHex(parseHex('#E05A47')), '#e05a47')
  assert.throws(() => parseHex('red'), /not a #rrggbb/)
  assert.throws(() => parseHex('#fff'), /not a #rrggbb/)
})

test('over composites a translucent colour onto its backdrop', () => {
  assert.deepEqual(over(parseHex('#ffffff'), 0.5, parseHex('#000000')), { r: 127.5, g: 127.5, b: 127.5 })
  assert.deepEqual(over(parseHex('#123456'), 0, parseHex('#abcdef')), parseHex('#abcdef'))
})
