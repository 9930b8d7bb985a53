// The attribution engine's pieces on small texts: offsets, alias folding,
// pronouns and role nouns, relays and venues, exclusions, registry matching
// and bounded work on hostile input.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { fold } from '../../shared/attribution/fold.ts'
import { knownOutlet } from '../../shared/attribution/outlets.ts'
import { sameSource } from '../../shared/attribution/score.ts'
import { builtInSources } from '../../shared/model/source.ts'

const only = (text: string) => {
  const all = suggestAttributions(text)
  assert.equal(all.length, 1, `expected one suggestion, got ${JSON.stringify(all.map((s) => s.source))}`)
  return all[0]!
}

test('content and cue offsets are exact substrings of the text', () => {
  const text = 'Héllo “world”.\n\nXi said that trade grew 5%, according to Xinhua. \u00a0Prices rose in May, Sun said.'
  const all = suggestAttributions(text)
  assert.ok(all.length >= 2)
  for (const s of all) {
    assert.equal(s.content.text, text.slice(s.content.start, s.content.end))
    assert.equal(s.cue.text, text.slice(s.cue.start, s.cue.end))
    for (const c of s.cues) assert.equal(c.text, text.slice(c.start, c.end))
  }
  assert.equal(all[0]!.content.text, 'trade grew 5%')
})

test('aliases fold: Xinhua News Agency is Xinhua, Tass is TASS, Mr. Mishustin is the fullest name', () => {
  assert.equal(knownOutlet('Xinhua News Agency'), 'Xinhua')
  assert.equal(knownOutlet('Tass'), 'TASS')
  assert.equal(fold('  Çé  The'), 'ce the')
  assert.ok(sameSource('Xinhua News Agency', 'xinhua'))
  // An unnamed source's marker and number, in either order; two numbers stay two sources.
  assert.ok(sameSource('State Department official (anonymous) #1', 'State Department official #1 (unnamed)'))
  assert.ok(!sameSource('official (anonymous) #1', 'official #2 (anonymous)'))
  const all = suggestAttributions('Russian Prime Minister Mikhail Mishustin arrived on Monday.\n\nTrade will grow, Mr. Mishustin said.')
  assert.equal(all[0]!.source, 'Mikhail Mishustin')
  assert.equal(all[0]!.sourceKind, 'person')
})

test('pronouns follow the last speaker, role nouns the person described so', () => {
  const all = suggestAttributions('Mishustin conveyed greetings to President Xi. He said the talks went well.\n\n' +
    'Wang Xiaoquan, an expert with the Academy, told the Global Times that ties are strong.\n\nThe expert added that trade would grow.')
  assert.deepEqual(all.map((s) => s.source), ['Mishustin', 'Mishustin', 'Wang Xiaoquan', 'Wang Xiaoquan'])
})

test('relays: the inner speaker via the outlet; an outlet alone is the source; a venue is not a relay', () => {
  let s = only('Xi said the two countries should cooperate, according to Xinhua.')
  assert.deepEqual([s.source, s.via, s.sourceKind], ['Xi', 'Xinhua', 'person'])
  s = only('The meeting is held every year, per Xinhua.')
  assert.deepEqual([s.source, s.via, s.sourceKind], ['Xinhua', null, 'outlet'])
  s = only('Russia and China are partners, according to a joint communique, Tass reported.')
  assert.deepEqual([s.source, s.via, s.sourceKind], ['Russia-China joint communique', 'TASS', 'document'])
  s = only('"Ties are mature," Wang Xiaoquan told the Global Times.')
  assert.deepEqual([s.source, s.via, s.venue], ['Wang Xiaoquan', null, 'Global Times'])
  s = only('The Interfax agency quoted Deputy Foreign Minister Andrey Rudenko as saying that talks were under way.')
  assert.deepEqual([s.source, s.via], ['Andrey Rudenko', 'Interfax'])
  s = only('Trains will run on the new line, the Russian Ministry of Transport said on its Telegram channel.')
  assert.equal(s.venue, 'Telegram')
})

test('exclusions: negation, agentless passives, bylines, the newswire tag, content-less events', () => {
  for (const text of [
    'The minister did not say whether the plan would go ahead.',
    'The proposal is considered the most significant change in a decade.',
    'The deal is thought to be worth $2 billion.',
    '(Reporting by Jane Doe; Editing by Mark Potter)',
    'Beijing, Nov. 05, 2025 (GLOBE NEWSWIRE) -- Xi met Mishustin in Beijing.',
    'A spokeswoman for the company declined to comment.',
    'Peskov told reporters.',
    'Shipping rates rose 5 per cent this year.',
  ]) assert.deepEqual(suggestAttributions(text), [], text)
})

test('anonymous sources stay anonymous and keep their group', () => {
  const all = suggestAttributions('New rules are coming, U.S. officials said, speaking on condition of anonymity.\n\n' +
    'They could be announced next month, one of the officials said.')
  assert.deepEqual(all.map((s) => [s.source, s.sourceKind]), [['U.S. officials (anonymous)', 'anonymous'], ['U.S. officials (anonymous)', 'anonymous']])
})

test('reach: multi-sentence quotes, "X. Y, Sun said." and "Wang said that X. Such ..."', () => {
  const text = 'The parties are partners, according to a joint communique.\n\n"Ties are strong. We will go further," the document reads.\n\nCooperation is old. It will grow, Sun said.\n\n' +
    'Wang said that trade is up. Such cooperation helps both.'
  const all = suggestAttributions(text)
  assert.deepEqual(all.map((s) => s.contentIn), ['same', 'quote', 'same', 'previous', 'same', 'same', 'next'])
  assert.equal(all[1]!.source, 'joint communique')
})

test('a list frame covers the bullets after it', () => {
  const text = 'Alexander Novak spoke at the forum.\n\nBelow are the deputy prime minister\'s key statements:\n\n' +
    '- The market is balanced.\n\n- OPEC+ will meet in September.\n\nBrent rose 1%.'
  const all = suggestAttributions(text)
  assert.deepEqual(all.map((s) => [s.content.text, s.contentIn]), [['- The market is balanced.', 'next'], ['- OPEC+ will meet in September.', 'next']])
})

test('registry matching: existing sources by name or alias, case- and diacritic-folded; new ones get none', () => {
  const registry = [...builtInSources, { id: 'peskov', name: 'Dmitrý Peskov', aliases: [] }]
  const all = suggestAttributions('Talks will go on next week, Dmitry Peskov said, TASS reported.\n\nPrices rose sharply in May, according to Xinhua News Agency.\n\nRain fell all over the north, Sun Xiuwen said.', { registry })
  assert.deepEqual(all.map((s) => [s.sourceId, s.viaId]), [['peskov', 'tass'], ['xinhua', null], [null, null]])
})

test('hostile input stays linear: one huge sentence, deep quotes, no punctuation', () => {
  const huge = 'said '.repeat(200_000) + ('"'.repeat(10_000)) + 'according to '.repeat(20_000)
  // CPU time, not wall time: a loaded machine stretches the wall clock, not the work.
  const used = process.cpuUsage()
  suggestAttributions(huge)
  const spent = process.cpuUsage(used)
  assert.ok((spent.user + spent.system) / 1000 < 30_000)
  assert.deepEqual(suggestAttributions(''), [])
  assert.deepEqual(suggestAttributions('__proto__ said constructor.'), suggestAttributions('__proto__ said constructor.'))
})

test('organisations owned by a country: the demonym for state bodies (a lower-case ministry too), the words as written otherwise', () => {
  assert.equal(only("Russia's Ministry of Economic Development said on Tuesday that payments grew.").source, 'Russian Ministry of Economic Development')
  assert.equal(only("China's Foreign Ministry said the talks went well.").source, 'Chinese Foreign Ministry')
  const s = only("Ukraine's agriculture ministry said exports rose sharply in August.")
  assert.deepEqual([s.source, s.sourceKind], ['Ukrainian agriculture ministry', 'organisation'])
  assert.equal(only("Russia's Gazprom said gas flows would resume on Monday.").source, 'Gazprom')
})

test('a source at, in or close to a body is an unnamed source, not the body', () => {
  let s = only('A source at the Turkish foreign ministry told Reuters the visit would focus on grain.')
  assert.deepEqual([s.source, s.sourceKind, s.venue], ['source at the Turkish foreign ministry (anonymous)', 'anonymous', 'Reuters'])
  s = only('Lavrov said Moscow remained open to talks, RIA Novosti reported, citing a source in the ministry.')
  assert.deepEqual([s.source, s.via], ['source in the ministry (anonymous)', 'RIA Novosti'])
  assert.equal(only('The talks will resume next week, said a source close to the negotiations.').source, 'source close to the negotiations (anonymous)')
  assert.equal(only('Officials at the ministry said prices would rise.').source, 'officials at the ministry (anonymous)')
})

test('separate unnamed sources are numbered, and "the first official" finds number one', () => {
  const all = suggestAttributions('A senior official said the deal was close. A second official said talks could still collapse.\n\n' +
    'The first official added that a vote was planned. Another official said the vote could slip.')
  assert.deepEqual(all.map((s) => s.source), ['senior official #1 (anonymous)', 'official #2 (anonymous)', 'senior official #1 (anonymous)', 'official #3 (anonymous)'])
})

test('an office named after its holder: "his office" of a president is the country\'s presidential office', () => {
  const text = 'ANKARA, Sept 12 (Reuters) - Turkey wants a deal.\n\nPresident Recep Tayyip Erdogan spoke with Vladimir Putin last week, his office said in a statement. ' +
    'The two leaders discussed regional issues, it said.\n\nThe senator met voters, Senator Dana Whitfield\'s office said on Friday.'
  const all = suggestAttributions(text)
  assert.deepEqual(all.map((s) => [s.source, s.sourceKind]), [['Turkish presidential office', 'organisation'], ['Turkish presidential office', 'organisation'],
    ["Dana Whitfield's office", 'organisation']])
})

test('stance over time: "has long presented X as", "has long insisted"; "presented its results" is no report', () => {
  const all = suggestAttributions('President Recep Tayyip Erdogan met the envoy.\n\nErdogan has long presented Turkey as a mediator between Moscow and Kyiv.\n\n' +
    'The Kremlin has long insisted that the sanctions are illegal.\n\nThe company presented its results on Monday.')
  assert.deepEqual(all.map((s) => s.source), ['Recep Tayyip Erdogan', 'Kremlin'])
})

test('documents take their fullest form: as the article names them, or by the two parties of a joint text', () => {
  let all = suggestAttributions('The Russia-China joint communique was signed on Monday.\n\nTrade will grow, according to the joint communique.')
  assert.deepEqual(all.map((s) => [s.source, s.sourceKind]), [['Russia-China joint communique', 'document']])
  all = suggestAttributions('Russia and China will hold consultations next month, according to a joint statement.\n\n"The sides oppose military blocs," the document reads.')
  assert.deepEqual(all.map((s) => s.source), ['Russia-China joint statement', 'Russia-China joint statement'])
})

test('a quotation carried over paragraphs, and one resumed after its cue, keep their speaker', () => {
  const text = 'Park said: "We will build the plant in Arizona. It will employ 500 people.\n\n"The decision is final."\n\n' +
    '"We are losing nurses," said Dr. Alicia Moreno. "Every month another ward closes.\n\n"Patients now drive two hours."\n\nThe bill passed.'
  const all = suggestAttributions(text)
  assert.deepEqual(all.map((s) => [s.source, s.contentIn]), [['Park', 'same'], ['Park', 'quote'], ['Park', 'quote'],
    ['Alicia Moreno', 'same'], ['Alicia Moreno', 'quote'], ['Alicia Moreno', 'quote']])
})

test('"according to X" qualifies its own sentence; a trailing "X said" reaches back', () => {
  const all = suggestAttributions('The strike halted loading. Ships were diverted to Antwerp, according to port authority spokesman Sander de Wit.\n\n' +
    'Talks broke down. They will resume on Monday, Erik Janssen said.')
  assert.deepEqual(all.map((s) => [s.source, s.contentIn]), [['Sander de Wit', 'same'], ['Erik Janssen', 'previous'], ['Erik Janssen', 'same']])
})

test('from a court story: appositive names, "called X \\"...\\"", a masthead venue relayed, verbs tagged as nouns, names with "of State"', () => {
  let s = only('Zipline\'s chief executive, Priya Raman, called the ruling "a win for the 40,000 Oregonians who drive with us."')
  assert.equal(s.source, 'Priya Raman')
  s = only('PORTLAND, Ore., May 14 (AP) — "It was about protecting the taxi lobby," Raman told The Oregonian.')
  assert.deepEqual([s.source, s.via, s.venue], ['Raman', 'The Oregonian', 'The Oregonian'])
  s = only('Court filings show that Zipline drivers were involved in 212 crashes in the state last year.')
  assert.deepEqual([s.source, s.sourceKind], ['Court filings', 'document'])
  s = only('According to the National Conference of State Legislatures, at least 11 states have considered similar bills.')
  assert.deepEqual([s.source, s.sourceKind], ['National Conference of State Legislatures', 'organisation'])
  s = only("A person familiar with the state's legal strategy, who was not authorized to speak publicly, said the office expected to file its appeal.")
  assert.equal(s.source, "person familiar with the state's legal strategy (anonymous)")
})

test('a name that opens its sentence is learnt even when the tagger reads its first word as a noun', () => {
  const all = suggestAttributions('Sun Mei, an economist at a bank in Shenzhen, follows the market.\n\nPrices will keep rising, Sun said.')
  assert.equal(all[0]!.source, 'Sun Mei')
})

test('a text is named with its issuer; an outlet that publishes a text relays it', () => {
  assert.deepEqual([only('Sales fell 4% in May, according to data from Circana.').source, only('Sales fell 4% in May, according to data from Circana.').sourceKind], ['Circana data', 'document'])
  assert.equal(only("Imports rose 9% in the year, according to a report released on Monday by Japan's Cabinet Office.").source, 'Cabinet Office report')
  assert.equal(only('Output rose 2%, according to estimates from the consultancy Wood Mackenzie.').source, 'Wood Mackenzie estimates')
  const s = only('The two sides pledged closer ties, according to a joint statement published by Xinhua.')
  assert.deepEqual([s.source, s.via], ['joint statement', 'Xinhua'])
})

test('a list frame names its owner with "of" or "by"', () => {
  const text = 'Kremlin spokesman Dmitry Peskov told reporters on Friday that talks would go on.\n\nBelow are the main statements by the Kremlin spokesman:\n\n' +
    '• Talks with Kyiv are frozen.\n\n• Putin has no plans to travel abroad this month.'
  assert.deepEqual(suggestAttributions(text).map((s) => s.source), ['Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov'])
})

test('a capital speaking stands for its state; the Kremlin stays the Kremlin', () => {
  const all = suggestAttributions('Beijing has said it opposes the tariffs.\n\nMoscow warned that it would respond in kind. Washington said the talks were over. The Kremlin said talks would go on.')
  assert.deepEqual(all.map((s) => [s.source, s.sourceKind]), [['China', 'organisation'], ['Russia', 'organisation'], ['United States', 'organisation'], ['Kremlin', 'organisation']])
})

test('a headline credits its speaker after a dash, in the fullest form; a dash before other words is no credit', () => {
  const all = suggestAttributions('Russia sees no need for new talks on grain — Lavrov\n\nRussian Foreign Minister Sergey Lavrov spoke on Friday in Moscow.\n\nPrices rose in May — and fell in June')
  assert.deepEqual(all.map((s) => [s.source, s.content.text]), [['Sergey Lavrov', 'Russia sees no need for new talks on grain — Lavrov']])
})

test('"he" after an unnamed person who spoke is that person', () => {
  const all = suggestAttributions('Mayor Ann Lee opened the bridge on Monday.\n\nA city official, who asked not to be named, said the bridge had cost too much. "We were rushed by the council all along," he said.')
  assert.deepEqual(all.map((s) => s.source), ['city official (anonymous)', 'city official (anonymous)'])
})

test('a lower-case description of a body named before is that body: "the central bank" after "the Bank of Russia"', () => {
  const all = suggestAttributions('The Bank of Russia kept its key rate at 16% on Friday.\n\n"Inflation is slowing but remains high," the central bank said in a statement. It said further cuts were possible.\n\nThe Dutch economy ministry said growth would slow.')
  assert.deepEqual(all.map((s) => s.source), ['Bank of Russia', 'Bank of Russia', 'Dutch economy ministry'])
})
