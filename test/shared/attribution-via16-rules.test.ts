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

test('one speaking inside what a reporter the article names with her outlet passes on comes through the outlet', () => {
  const text = 'Two cases of measles were found in Lagos, according to Ada Obi of the Lagos Herald.\n\n' +
    'But according to the Herald\'s Obi, Dr Femi Ade wrote that the cases were mild.'
  assert.equal(who(text, 'the cases were mild'), 'Femi Ade via Lagos Herald')
  // Near misses: the reporter alone speaks as a person; an outlet credited by "per" is a relay too.
  assert.equal(who(text, 'Two cases of measles'), 'Ada Obi')
  assert.equal(who('"Stay calm," one parent said, per the Lagos Herald.', 'Stay calm'), 'parent (anonymous) via Lagos Herald')
  // (Nor is she relayed by her own paper, though the paragraph's relay is it.)
  const own = 'The health ministry said it had checked the sites, according to Ada Obi of the Lagos Herald. All schools were also closed, reports Obi.'
  assert.equal(who(own, 'checked the sites'), 'health ministry via Lagos Herald')
  assert.equal(who(own, 'schools were also closed'), 'Ada Obi')
  // Nor is one "of" a firm a reporter.
  const firm = 'Prices will rise, Ann Lee of Lee Capital Partners said. "Buy now," one trader said, per Lee.'
  assert.ok(!who(firm, 'Buy now').includes(' via '))
})

test('"An Ankara Radio report monitored in London said X had called": the radio relays X, not London speaking', () => {
  const text = 'ANKARA, May 4 - Turkey and Greece eased their dispute over oil rights.\n\n' +
    'An Ankara Radio report monitored in London said Foreign Minister Vahit Demir had called on Greece to talk.'
  assert.equal(who(text, 'called on Greece'), 'Vahit Demir via Ankara Radio')
  assert.equal(who('A Tehran Radio broadcast heard in Nicosia said the offensive had ended.', 'the offensive'), 'Tehran Radio')
  // Near miss: no outlet before the place, which is left as it was read.
  assert.ok(!who('A trade report published in London said the offensive had ended.', 'the offensive').includes('Radio'))
})

test('a lede built on the party\'s own statement takes no relay of a broadcast monitored below it', () => {
  const text = 'ANKARA, May 4 - Turkey eased its dispute with Greece.\n\nA Foreign Ministry statement last night said Turkey had won. It said the ship would stay home.\n\n' +
    'An Ankara Radio report monitored in London said Foreign Minister Vahit Demir had called on Greece to talk.'
  assert.ok(!who(text, 'Turkey had won').includes(' via '))
  // Near miss: a lede with no text of its own came through the far broadcast.
  const far = 'LONDON, May 4 - Iran said its troops advanced.\n\nThe Iranian news agency IRNA, received in London, said the troops "continued their advance."'
  assert.equal(who(far, 'its troops advanced'), 'Iran via IRNA')
})
