import { test } from 'node:test'
import assert from 'node:assert/strict'
import { leastDifference, nextColour, PALETTE } from '../../shared/colour/palette.ts'
import { builtInSources } from '../../shared/model/source.ts'

test('every pair of the first twelve colours differs by CIEDE2000 >= 15, full strength and as a tint in each theme', () => {
  assert.equal(PALETTE.length, 12)
  for (let i = 0; i < PALETTE.length; i++) {
    for (let j = i + 1; j < PALETTE.length; j++) {
      const d = leastDifference(PALETTE[i]!, PALETTE[j]!)
      assert.ok(d >= 15, `${PALETTE[i]} and ${PALETTE[j]} differ by only ${d.toFixed(2)}`)
    }
  }
})

test('the built-in sources take the first palette colours', () => {
  assert.deepEqual(builtInSources.map((s) => s.colour), PALETTE.slice(0, builtInSources.length))
})

test('a new source never gets a colour in use: the first free one, then the farthest from all in use', () => {
  assert.equal(nextColour([]), PALETTE[0])
  assert.equal(nextColour([PALETTE[0], PALETTE[2]]), PALETTE[1])
  // A source removed frees its colour; the others keep theirs.
  assert.equal(nextColour(PALETTE.filter((c) => c !== PALETTE[5])), PALETTE[5])
  const inUse: string[] = [...PALETTE]
  for (let n = 0; n < 60; n++) {
    const colour = nextColour(inUse)
    assert.ok(!inUse.includes(colour), `${colour} handed out twice`)
    assert.match(colour, /^#[0-9a-f]{6}$/)
    inUse.push(colour)
  }
})
