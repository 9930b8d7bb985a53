// State-media sources (session 19, h-kcna): how the sources of KCNA-style
// copy are named and scored, each rule on made-up sentences beside a
// near-miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sameSource } from '../../shared/attribution/score.ts'

test('scoring reads a state in full and by its initials as one name, its body before or after it', () => {
  assert.ok(sameSource("Foreign Ministry of the Democratic People's Republic of Korea spokesman (anonymous)", 'DPRK Foreign Ministry spokesman (anonymous)'))
  assert.ok(sameSource("Ministry of National Defence of the Democratic People's Republic of Korea spokesman (anonymous)", 'Ministry of National Defence of DPRK spokesman (anonymous)'))
  assert.ok(sameSource('United States', 'U.S.'))
  assert.ok(sameSource('Republic of Korea', 'ROK'))
  assert.ok(sameSource("People's Republic of China", 'PRC'))
  // (Another state, a state's words inside another name, or a body of another state stay differences.)
  assert.ok(!sameSource('DPRK Foreign Ministry', 'ROK Foreign Ministry'))
  assert.ok(!sameSource('Foreign Ministry of the DPRK', 'Foreign Ministry'))
  assert.ok(!sameSource('Republic of Korea', "Democratic People's Republic of Korea"))
  assert.ok(!sameSource('United States Steel', 'U.S.'))
  assert.ok(!sameSource('Bank of America', 'Bank'))
})
