// State-media shapes read in session 23 (h-attr-a, lab25-a: Xinhua, TASS,
// the Global Times and stories built on them), each rule on made-up
// sentences beside a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('an agency digest announced by its compiling runs on under its topic subheads', () => {
  const text = 'Peskov speaks on the grain deal\n\n' +
    'The grain deal will be extended, Dmitry Peskov, the Kremlin spokesman, told TASS.\n\n' +
    'TASS collected the main statements of the Kremlin spokesman.\n\n' +
    'On the grain deal\n\n' +
    'The deal "is working well for everyone."\n\n' +
    'About the summit\n\n' +
    'No date has been set for the summit yet.'
  assert.equal(who(text, 'is working well'), 'Dmitry Peskov')
  assert.equal(who(text, 'No date has been set'), 'Dmitry Peskov')
  // (A subhead that opens another part ends the digest; collecting that is no statement frames nothing.)
  const other = text.replace('About the summit', 'Market reaction')
  assert.equal(who(other, 'No date has been set'), '-')
  const gifts = text.replace('collected the main statements of the Kremlin spokesman', 'collected donations for the flood victims')
  assert.equal(who(gifts, 'is working well'), '-')
})

test('"He listed the following:" frames the points after it, up to the writer reporting another speaker', () => {
  const text = 'Xi met Biden in Lima on Saturday.\n\n' +
    'Xi stressed that it is worthwhile to review the past four years. He listed the following:\n\n' +
    'First, it is important to have a correct strategic perception. A new Cold War cannot be won.\n\n' +
    'Second, if one side always says one thing but does another, trust will suffer.\n\n' +
    'Biden said the United States would keep talking to China.\n\n' +
    'The talks lasted two hours.'
  assert.equal(who(text, 'A new Cold War'), 'Xi')
  assert.equal(who(text, 'trust will suffer'), 'Xi')
  assert.equal(who(text, 'keep talking'), 'Biden')
  assert.equal(who(text, 'The talks lasted'), '-')
  // (A list of things no one says: "the following" after a verb that lists nothing a speaker made.)
  const menu = text.replace('He listed the following:', 'The hosts served the following:')
  assert.equal(who(menu, 'A new Cold War'), '-')
})

test('", saying" hangs on the verb whose object is a that-clause or a noun with its participle', () => {
  const text = 'Beijing rejected on Thursday that Chinese-made drones were used to photograph sites in the UK, saying it has never asked companies to collect data.'
  assert.equal(who(text, 'never asked companies'), 'China')
  const tariffs = 'Lin Jian spoke on Thursday.\n\nIn a separate comment, Lin addressed US tariffs imposed during the Trump administration, saying they had "created difficulties."'
  assert.equal(who(tariffs, 'created difficulties'), 'Lin Jian')
  // (The plain shape keeps its subject: the verb the participle follows speaks.)
  assert.equal(who('The central bank kept its rate at 16%, saying inflation was still high.', 'inflation was still high'), 'central bank')
})

test('an outlet described by a glued participle ("state-run") is the relay after "according to"', () => {
  const text = 'Lin Jian said the claims were false, according to China’s state-run Global Times.'
  assert.equal(who(text, 'the claims were false'), 'Lin Jian via Global Times')
  assert.equal(who('Lin Jian said the claims were false, according to state-owned Izvestia.', 'the claims were false'), 'Lin Jian via Izvestia')
  // (A body that is no outlet relays nothing.)
  assert.equal(who('Lin Jian said the claims were false, according to a state-owned bank.', 'the claims were false'), 'Lin Jian')
})

test('a title with the body it goes to before a name: the person after the body', () => {
  const text = 'The meeting was cancelled, Russian First Deputy Permanent Representative to the UN Dmitry Polyansky said.'
  assert.equal(who(text, 'The meeting was cancelled'), 'Dmitry Polyansky')
  // (A firm whose name opens with a body's word stays the firm.)
  assert.equal(who('Bank Julius Baer said the plan was good.', 'the plan was good'), 'Bank Julius Baer')
})

test('"interpreted X as", "characterized X as": a stance that carries content, the first of two speakers the source', () => {
  assert.equal(who('Some Western media interpreted the drills as moves to push back against China.', 'push back'), 'Western media (unnamed)')
  const text = 'Trump characterized his conversation with Putin as “very productive” while Yury Ushakov described it as “very frank.”'
  assert.equal(who(text, 'very productive'), 'Trump')
  // (A text interpreted by a performer or a court in the passive is no one's stance.)
  assert.equal(who('The song was interpreted by a choir in 1990.', 'The song'), '-')
})

test('the outlet that put the question is the venue, and the relay when another outlet writes the story', () => {
  const text = 'Russia to return five children\n\n(LONDON) — Russia announced on Thursday that it will return five children.\n\n' +
    'In response to a question from the Russian news agency Interfax, Maria Lvova-Belova said the delay was “due to their studies.”'
  assert.equal(who(text, 'due to their studies'), 'Maria Lvova-Belova via Interfax')
  // (The agency's own question: TASS writing "in reply to a TASS question" passes nothing on.)
  const own = 'Peskov denies rumours\n\nMOSCOW, June 26. /TASS/. Kremlin Spokesman Dmitry Peskov has denied the reports.\n\n' +
    '"That is not true," Peskov said on Sunday in reply to a TASS question.'
  assert.equal(who(own, 'That is not true'), 'Dmitry Peskov')
  // (A question from a reporter names no outlet.)
  assert.equal(who(text.replace('the Russian news agency Interfax', 'a reporter'), 'due to their studies'), 'Maria Lvova-Belova')
})

test('a stance in quotation marks after "voices", and "opposition to" what is opposed', () => {
  const text = "Lin Jian voices 'firm opposition' to what he called 'groundless accusations against Chinese companies'"
  assert.equal(who(text, 'groundless accusations'), 'Lin Jian')
  assert.equal(who('Lin Jian voiced opposition to the new tariffs.', 'the new tariffs'), 'Lin Jian')
  // (Support for a plan names no content, quoted or not.)
  assert.equal(who("Lin Jian voices 'firm support' for the plan.", 'the plan'), '-')
})
