// Relays decided from one decision per article of who wrote it (session 15,
// h-relay): shapes of real news, each with a near miss it must leave alone,
// on made-up sentences.

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { decidePublisher } from '../../shared/attribution/publisher.ts'
import { DescribedOutlets } from '../../shared/attribution/described-outlets.ts'

// "source via relay" (or "source") for the suggestion covering `words`, "-" when none.
function said(text: string, words: string, publisher?: string): string {
  const at = text.indexOf(words)
  assert.ok(at >= 0, `not in the text: ${words}`)
  const s = suggestAttributions(text, { publisher }).find((x) => x.content.start < at + words.length && x.content.end > at)
  return s ? `${s.source}${s.via ? ` via ${s.via}` : ''}` : '-'
}

const network = 'Campaign ads draw fire\n\nThe state spent $1.4 million on the ads.\n\n"We wanted people to talk about it," Jane Holt told the Argus Leader on Tuesday.'

test("a network paper's own interview on the network's page is a venue, no relay", () => {
  assert.equal(said(network, 'talk about it', 'USA TODAY'), 'Jane Holt')
  const p = decidePublisher(network, 'USA TODAY')
  assert.ok(p.isOwn('the Argus Leader') && p.isOwn('USA Today'))
})

test('near miss: the same interview on a page outside the network is relayed', () => {
  assert.equal(said(network, 'talk about it', 'Boston Herald'), 'Jane Holt via Argus Leader')
})

test("a station's call sign or brand before its place is the station itself", () => {
  const p = decidePublisher('', 'KXAN Austin')
  assert.ok(p.isOwn('KXAN'))
  assert.ok(decidePublisher('', 'NBC 5 Dallas-Fort Worth').isOwn('NBC 5'))
  // Near misses: the place is no outlet; another station's call sign is another's.
  assert.ok(!p.isOwn('Austin'))
  assert.ok(!p.isOwn('KTRK'))
})

test("a byline's outlet at the top is the writer when nothing else names one", () => {
  const text = 'Plant to close\n\nBy Jane Holt, Springfield News-Leader\n\nThe plant will close, its owner said. "It is a sad day," the mayor told the Springfield News-Leader.'
  assert.ok(decidePublisher(text).isOwn('Springfield News-Leader'))
  assert.equal(decidePublisher(text).name, null)
  // Near miss: a byline's title is no outlet.
  assert.ok(!decidePublisher('Plant to close\n\nBy Jane Holt, Senior Writer\n\nThe plant will close.').isOwn('Senior Writer'))
})

const printed = 'Abbas urges calm\n\nIn an email interview in the British newspaper the Independent, Mr Abbas said he would stop the violence. "We will not allow it," he said. "The attacks harm us."'

test('an interview printed in another paper is relayed by it, and so is the rest of its quotation', () => {
  assert.equal(said(printed, 'stop the violence'), 'Abbas via The Independent')
  assert.equal(said(printed, 'attacks harm us'), 'Abbas via The Independent')
})

test("near miss: the same interview in the writer's own paper, or an interview in a place, is no relay", () => {
  assert.equal(said(printed, 'stop the violence', 'The Independent'), 'Abbas')
  assert.equal(said('Talks go on\n\nIn an interview in the Gaza Strip, Mr Abbas said he would stop the violence.', 'stop the violence'), 'Abbas')
})

test('an outlet quoting someone in the middle of a speech act relays it ("quoted X telling", "quoted X, a delegate, attacking")', () => {
  const text = 'Iran scorns U.S. role\n\nTehran Radio quoted defence spokesman Ali Rafsanjani telling a delegation that Iran would not be deterred.\n\nThe New China News Agency quoted Zhang Yan, a delegate to the congress, attacking grain policy.'
  assert.equal(said(text, 'would not be deterred'), 'Ali Rafsanjani via Tehran Radio')
  assert.equal(said(text, 'attacking grain policy'), 'Zhang Yan via Xinhua')
})

test('near miss: what an outlet quotes doing no speech act is no speaker', () => {
  const text = 'Markets slip\n\nThe Financial Times quoted prices rising in Tokyo on Monday.'
  assert.notEqual(said(text, 'rising in Tokyo'), 'prices via Financial Times')
  assert.ok(!said(text, 'rising in Tokyo').startsWith('prices'))
})

const hague = 'Hague quits race\n\nWilliam Hague says he will not stand again.\n\nMr Hague told the Daily Telegraph he would find it boring. Mr Hague, who wrote a book on Pitt, also said he wanted to write more.\n\nThe party needs him, colleagues say. Mr Hague replied that he was sure.'

test("a lede's summary is no sign the writer heard the speaker: the relay's paragraph carries it on", () => {
  assert.equal(said(hague, 'wanted to write more', 'BBC News'), 'William Hague via Daily Telegraph')
  // (Session 25: a later paragraph too, the interview being the one channel the story knows him through; relayed-speakers.ts.)
  assert.equal(said(hague, 'he was sure', 'BBC News'), 'William Hague via Daily Telegraph')
})

test('near miss: a speaker heard directly in a body paragraph before keeps off a later relay', () => {
  const direct = hague.replace('William Hague says he will not stand again.\n\n', 'William Hague will not stand again.\n\nMr Hague said at a rally he was tired.\n\n')
  assert.equal(said(direct, 'wanted to write more', 'BBC News'), 'William Hague')
})

test('a speaker "quoted by" an outlet speaks, and the outlet relays ("A spokesman quoted by Tass said", "said the statement quoted by IRNA")', () => {
  const text = 'Talks to resume\n\nMOSCOW, May 2 - A spokesman quoted by Tass said the talks would resume.\n\n"We are ready for peace," said the statement quoted by IRNA.'
  assert.equal(said(text, 'talks would resume'), 'spokesman (anonymous) via TASS')
  assert.match(said(text, 'ready for peace'), /statement via IRNA$/)
})

test('near miss: "quoted by" someone who is no outlet leaves the speaker and no relay', () => {
  const text = 'Talks to resume\n\nMOSCOW, May 2 - A spokesman quoted by name in the filing said the talks would resume.'
  assert.ok(!said(text, 'talks would resume').includes(' via '))
})

test('a masthead the article describes ("the daily Borba") is an outlet wherever it stands, so what it quotes it relays', () => {
  const text = 'Debt deal sought\n\nBELGRADE, March 23 - The government plans to cut subsidies, according to the daily Borba.\n\nRikanovic was quoted by Borba as saying the cuts were needed.'
  assert.equal(said(text, 'cuts were needed'), 'Rikanovic via Borba')
})

test('near miss: a person quoting another, never described as an outlet, is the outermost speaker', () => {
  const text = 'Meeting recalled\n\nMOSCOW, Nov 6 - The lawyer spoke about the meeting.\n\nVeselnitskaya quoted Trump Jr as saying the law could be looked at.'
  assert.equal(said(text, 'law could be looked at'), 'Veselnitskaya')
})

test('the described mastheads are read in one linear scan, even over one long word of capitals', () => {
  const used = process.cpuUsage()
  const outlets = new DescribedOutlets('A'.repeat(400_000) + ' newspaper and ' + 'Abc '.repeat(100_000) + 'the daily Borba')
  const spent = process.cpuUsage(used)
  // (Tried at every capital of the long word, the scan took minutes; one pass takes milliseconds.)
  assert.ok((spent.user + spent.system) / 1000 < 2_000, `${(spent.user + spent.system) / 1000} ms`)
  assert.ok(outlets.has('Borba'))
})
