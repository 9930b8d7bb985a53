// Relays (session 16, h-via): shapes of real news whose `via` came out
// missing or spurious (GUIDE 5 and 6), each with a near miss it must leave
// alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a source the writer heard in person keeps no relay of a broadcast monitored far down the story', () => {
  const text = 'By JOHN SMITH, Reuters\n\nWASHINGTON, May 4 - The navy will send two more ships to the strait, U.S. officials said today.\n\n' +
    '"We expect no trouble," one of the officials told Reuters.\n\nThe officials said the ships would sail on Friday.\n\n' +
    'Oman on Sunday denied as baseless reports that it would close the strait, Muscat Radio said.\n\n' +
    'An Omani Foreign Ministry spokesman, quoted in a broadcast monitored by the BBC in London, said the strait was calm.'
  assert.equal(who(text, 'ships would sail'), 'U.S. officials (anonymous)')
  assert.equal(who(text, 'two more ships'), 'U.S. officials (anonymous)')
  // Near miss: a lede speaker heard only through the far broadcast keeps its relay.
  const far = 'IRAN WARNS GULF STATES\n\nLONDON, May 4 - Iran warned Gulf states not to help the U.S. Navy.\n\n' +
    'Tehran radio, monitored by the BBC, quoted a Foreign Ministry spokesman as saying any help would be punished.'
  assert.equal(who(far, 'not to help'), 'Iran via Tehran radio')
})

test('an outlet last named quotes someone in wire copy\'s other casing, and a body the next paragraph calls a newsletter relays', () => {
  const text = 'LIMA, May 4 - Copper exports rose in March, the official newspaper El Comercio said.\n\n' +
    'El comercio quoted mines minister Jorge Salas as saying that Peru would keep its quotas.'
  assert.equal(who(text, 'keep its quotas'), 'Jorge Salas via El Comercio')
  const body = 'NICOSIA, May 4 - Kuwait will not raise its output this month, the Gulf Energy Bulletin said.\n\n' +
    'The Cyprus-based weekly newsletter quoted senior Kuwaiti sources as saying output would stay at 1.2 mln bpd.'
  assert.equal(who(body, 'output would stay'), 'senior Kuwaiti sources (anonymous) via Gulf Energy Bulletin')
  // Near miss: a person of the same name as no outlet quotes as himself.
  const person = 'LIMA, May 4 - Copper exports rose in March, the mines ministry said.\n\n' +
    'Minister Jorge Salas quoted his deputy Ana Ruiz as saying that Peru would keep its quotas.'
  assert.ok(!who(person, 'keep its quotas').includes(' via '))
})

test('"X, via USA Today, said" and "said, via a reporter of the Daily Star": the outlet relays, its reporter is no source', () => {
  const text = 'Linebacker Tom Reed, via USA Today, said that the hit was "dirty. He knew what he was doing."'
  assert.equal(who(text, 'the hit was'), 'Tom Reed via USA Today')
  const reporter = '"We lost that game," Ben Cole said, via Anna Platt of the Portland Herald. "That is on us."'
  assert.equal(who(reporter, 'We lost'), 'Ben Cole via Portland Herald')
  assert.equal(who(reporter, 'That is on us'), 'Ben Cole via Portland Herald')
  // Near misses: a person or a text in the aside is no outlet.
  assert.equal(who('"We lost that game," Ben Cole said, via Anna Platt. "That is on us."', 'We lost'), 'Ben Cole')
  assert.equal(who('Linebacker Tom Reed, via his agent Sam Hill, said that the hit was dirty.', 'the hit was'), 'Tom Reed')
})
