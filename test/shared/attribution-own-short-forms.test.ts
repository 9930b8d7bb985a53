import assert from 'node:assert/strict'
import { test } from 'node:test'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'

const text = 'Amazon loses appeal\n\nAmazon is liable for what others sell on its site, a court ruled on Thursday.\n\n"Amazon has avoided being liable for years," noted lawyer Jim Dunham in an interview with the Globe.'

test("the publisher's short name is its own interview: a venue, no relay", () => {
  const own = suggestAttributions(text, { publisher: 'California Globe' }).find((s) => s.source === 'Jim Dunham')
  assert.ok(own, 'Dunham is found')
  assert.equal(own.via, null)
})

test('near miss: another paper of that name on another site is a relay', () => {
  const other = suggestAttributions(text, { publisher: 'Boston Herald' }).find((s) => s.source === 'Jim Dunham')
  assert.ok(other, 'Dunham is found')
  assert.equal(other.via, 'The Globe')
})
