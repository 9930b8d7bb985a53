// Quote reach across sentences and paragraphs (GUIDE 3) as real news writes
// it: quoted paragraphs after a speaker's paragraph or a colon frame, a
// quotation resumed after an aside, and embedded social posts with their
// signature line. Made-up sentences, not fixture text.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

test('a paragraph that is only a quotation takes the speaker of the quotation just before it', () => {
  const text = '"Prices will fall by spring," said Ola Berg, an economist at Nordbank.\n\n' +
    '"Buyers are waiting for that. Sellers know it too."\n\nHouse sales fell by 4 percent in October.'
  assert.equal(who(text, 'Buyers are waiting'), 'Ola Berg')
  assert.equal(who(text, 'Sellers know it'), 'Ola Berg')
  assert.equal(who(text, 'House sales fell'), '-')
  // After the speaker's reported words too, but not after an outlet's report.
  const reported = 'Ola Berg, an economist at Nordbank, said prices would fall by spring.\n\n"Buyers are waiting for that."\n\n' +
    'The Ostlandet Herald reported that sales fell.\n\n"It is a slow year."'
  assert.equal(who(reported, 'Buyers are waiting'), 'Ola Berg')
  assert.equal(who(reported, 'It is a slow year'), '-')
})

test('a quotation paragraph after the writer\'s own paragraph stays unattributed', () => {
  const text = 'Ola Berg, an economist, said prices would fall.\n\nThe bridge closed in May.\n\n"Closed for repairs until further notice."'
  assert.equal(who(text, 'Closed for repairs'), '-')
})

test('a quotation resumed after a short aside in the same paragraph keeps its speaker', () => {
  const text = '"Morale is low," said Per Lund, head of the drivers\' union. He has driven buses for 20 years. "Nobody wants to work nights anymore."'
  assert.equal(who(text, 'Nobody wants'), 'Per Lund')
  assert.equal(who(text, 'He has driven'), '-')
  // The same aside closing the paragraph, the quotation in the next one.
  const broken = '"Morale is low," said Per Lund, head of the drivers\' union. He has driven buses for 20 years.\n\n"Nobody wants to work nights."'
  assert.equal(who(broken, 'Nobody wants'), 'Per Lund')
  assert.equal(who(broken, 'He has driven'), '-')
})

test('"X said the following." frames the quoted paragraphs after it and says nothing itself', () => {
  const text = 'Jana Holm leads the dockers\' union.\n\nWhen a reporter asked about the strike on Friday, Holm said the following.\n\n' +
    '"We will not sign a deal that cuts wages. The workers deserve better.\n\n"We will meet again on Monday."\n\nThe union has 4,000 members.'
  assert.equal(who(text, 'When a reporter'), '-')
  assert.equal(who(text, 'We will not sign'), 'Jana Holm')
  assert.equal(who(text, 'The workers deserve'), 'Jana Holm')
  assert.equal(who(text, 'We will meet again'), 'Jana Holm')
  assert.equal(who(text, 'The union has'), '-')
})

test('an outlet framing a quotation with a colon relays the speaker the quotation names', () => {
  const text = 'The Ostlandet Herald reported on the closing argument:\n\n' +
    '"The harbour was never safe," Lars Moe said. "Everyone knew it.\n\n"Nobody acted."\n\nThe jury will meet on Monday.'
  assert.equal(who(text, 'reported on the closing'), '-')
  assert.equal(who(text, 'Everyone knew'), 'Lars Moe via Ostlandet Herald')
  assert.equal(who(text, 'Nobody acted'), 'Lars Moe via Ostlandet Herald')
  assert.equal(who(text, 'The jury will'), '-')
})

test('an embedded post is its account holder\'s on Twitter; the signature line is a credit', () => {
  const text = 'The minister answered her critics online on Friday.\n\n' +
    'The ferry will sail again next week. Thank you all for waiting!\n\n— Jana Holm (@janaholm) March 3, 2026\n\nThe port reopened on Monday.'
  assert.equal(who(text, 'The ferry will sail'), 'Jana Holm')
  assert.equal(who(text, 'Thank you all'), 'Jana Holm')
  assert.equal(who(text, '— Jana Holm'), '-')
  assert.equal(who(text, 'The port reopened'), '-')
  const post = suggestAttributions(text).find((s) => s.content.text.startsWith('The ferry'))
  assert.equal(post?.venue, 'Twitter')
  assert.equal(post?.cue.text, '— Jana Holm (@janaholm)')
})

test('an outlet\'s post relays the speaker it names; a person\'s post is the person\'s', () => {
  const outlet = 'Two ferries collided off the coast, officials said https://t.co/abc\n\n— The New York Times (@nytimes) May 2, 2026'
  assert.equal(who(outlet, 'Two ferries'), 'officials (anonymous) via New York Times')
  const person = 'The minister says the ferries will sail again https://t.co/xyz\n\n— Ola Berg (@olaberg) May 2, 2026'
  assert.equal(who(person, 'ferries will sail'), 'Ola Berg')
})

test('an unquoted continuation stops where the writer turns ("By comparison", "But") or at a credit', () => {
  const text = 'Independent analysts say that the new ferry will cost about $40 million. ' +
    'By comparison, the old ferry cost $12 million. The yard is the only one that can build it.'
  assert.equal(who(text, 'new ferry will cost'), 'Independent analysts (anonymous)')
  assert.equal(who(text, 'By comparison'), '-')
  assert.equal(who(text, 'The yard is'), '-')
  const credit = 'Harbour master Ola Berg said that the port would reopen on Monday. (Reuters)'
  assert.equal(who(credit, '(Reuters)'), '-')
})

test('an outlet\'s trailing report does not reach back to the writer\'s sentence before it', () => {
  const text = 'A week later, the mayor even quoted figures about the ferry. The figures were wrong, reported the Washington Post.'
  assert.equal(who(text, 'The figures were wrong'), 'Washington Post')
  assert.equal(who(text, 'A week later'), '-')
})

test('"X has said that more than once" claims the one-sentence paragraph before it', () => {
  const text = 'The harbour opened in 1990.\n\nFerries - "they are a waste of money."\n\nOla Berg has said that more than once.\n\nThe port has six ferries.'
  assert.equal(who(text, 'they are a waste'), 'Ola Berg')
  assert.equal(who(text, 'The harbour opened'), '-')
  assert.equal(who(text, 'The port has'), '-')
})

test('"In a statement, X said:" and "X told reporters:" frame the paragraph after the colon', () => {
  const text = 'The strike entered its third week on Monday.\n\nIn a statement, the Transport Ministry said:\n\n' +
    '"The bridge will stay closed until spring. Drivers should use the ferry."\n\nJana Holm told reporters:\n\n"We will not sign."\n\n' +
    'Nordwave Shipping said in a statement:\n\nWe are saddened by the accident. Our thoughts are with the families.\n\n' +
    'Here is what we know:\n\nThe ferry left at noon. It carried 40 cars.'
  assert.equal(who(text, 'In a statement, the'), '-')
  assert.equal(who(text, 'Drivers should use'), 'Transport Ministry')
  assert.equal(who(text, 'We will not sign'), 'Jana Holm')
  assert.equal(who(text, 'in a statement:'), '-')
  assert.equal(who(text, 'We are saddened'), 'Nordwave Shipping')
  assert.equal(who(text, 'Our thoughts'), 'Nordwave Shipping')
  assert.equal(who(text, 'The ferry left'), '-')
  assert.equal(who(text, 'It carried'), '-')
})

test('an unquoted continuation stops at a past event the writer narrates, not at a claim in the present', () => {
  const text = 'Ola Berg, the union leader, said that the ferry deal would cost jobs. Ferry shares fell 3% on Monday.'
  assert.equal(who(text, 'Ferry shares fell'), '-')
  const claim = 'Ola Berg, the union leader, said that the ferry deal would cost jobs. Such deals never help workers.'
  assert.equal(who(claim, 'Such deals'), 'Ola Berg')
  // A reporting verb of its own keeps it someone's words.
  const noted = 'Nordwave Shipping said that traffic would grow. The company also noted that fares rose 4%.'
  assert.equal(who(noted, 'fares rose'), 'Nordwave Shipping')
})

test('"X said in a statement." before a quoted paragraph is a bare frame; "X said in a statement that ..." is not', () => {
  const text = 'The strike entered its third week.\n\nJana Holm said in a statement on Friday.\n\n"We will meet again on Monday."\n\n' +
    'Nordwave Shipping said in a statement that fares would rise.\n\n"Fuel costs more."'
  assert.equal(who(text, 'in a statement on Friday'), '-')
  assert.equal(who(text, 'We will meet'), 'Jana Holm')
  assert.equal(who(text, 'fares would rise'), 'Nordwave Shipping')
})

test('a post whose signature is run into its last line, or dated day first, is still the account holder\'s', () => {
  const text = 'The founder posted an update.\n\nStill working on the engine. Turning out hard.— Ola Berg (@olaberg) 9 September 2016\n\nThe company is based in Oslo.'
  assert.equal(who(text, 'Still working'), 'Ola Berg')
  assert.equal(who(text, 'Turning out hard'), 'Ola Berg')
  assert.equal(who(text, 'The company is based'), '-')
})

test('the mark closing a quotation ends its sentence, so the writer\'s next sentence is outside the quotation', () => {
  const text = '"This is a scare tactic," added Ola Berg, the union leader. "They say \'obey or we will come after you.\'" ' +
    'Committee Chairman Per Lund did not respond to a request for comment.'
  assert.equal(who(text, 'They say'), 'Ola Berg')
  assert.equal(who(text, 'did not respond'), '-')
})
