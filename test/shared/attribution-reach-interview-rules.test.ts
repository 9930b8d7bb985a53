// Reach across sentences and interview frames (session 10): who speaks in
// first-person pieces, transcripts and quotations that run on without a
// cue, each shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('an unquoted "I" is the writer, not the last speaker a pronoun would reach', () => {
  const text = 'The actor Dana Brook, who starred in the hit, said the sequel is ready. "It is done," Brook said.\n\n' +
    'Brook laughs when I tell her this. Certainly there are critics, but I hope the sequel does well.'
  assert.equal(who(text, 'Brook laughs'), '-')
  assert.equal(who(text, 'the sequel does well'), '-')
  // (Inside quotation marks "I" is the speaker's.)
  assert.equal(who('"I think it is done," Brook said. "I told them so."', 'I told them so'), 'Brook')
})

test('a write-up led in by a paragraph that itself speaks as "we" is the first-person writer\'s', () => {
  const text = 'At Acme, we first saw the need for a real conversation in 2009.\n\n' +
    'In the past we would have answered in a corporate voice, but our chief executive chose another way. He wrote a reply in the comments.\n\n' +
    'Social media has since become a way for us to serve customers better. We started on Twitter in 2010.\n\n' +
    'We learned five lessons along the way.'
  assert.equal(who(text, 'Social media has since'), '-')
  assert.equal(who(text, 'We learned five lessons'), '-')
})

test('a "Name:" paragraph answering the question before it is the named speaker\'s, every sentence', () => {
  const text = 'Ravi Menon founded the bakery chain in 2004, he says.\n\n' +
    'Gazette: How did the company start? Was it your idea?\n\n' +
    'Menon: My sister and I were broke. We sold bread from a van. She said we should open a shop.\n\n' +
    'What changed after that?\n\n' +
    'Menon:Everything. We grew fast.'
  assert.equal(who(text, 'My sister and I'), 'Ravi Menon')
  assert.equal(who(text, 'We sold bread'), 'Ravi Menon')
  // (Words he reports inside his answer stay his: the outermost speaker.)
  assert.equal(who(text, 'She said we should'), 'Ravi Menon')
  assert.equal(who(text, 'We grew fast'), 'Ravi Menon')
  // The interviewer's question is the writer's.
  assert.equal(who(text, 'How did the company start'), '-')
  assert.equal(who(text, 'What changed'), '-')
})

test('"A:" answers for the person last quoted; "Q:" is the interviewer', () => {
  const text = '"We are ready," said Lena Ortiz, the mayor.\n\nQ: Is the budget enough?\n\nA: It never is. But we will manage.'
  assert.equal(who(text, 'It never is'), 'Lena Ortiz')
  assert.equal(who(text, 'we will manage'), 'Lena Ortiz')
  assert.equal(who(text, 'Is the budget enough'), '-')
})

test('a "Name:" line is a turn only after a question or before a quotation', () => {
  // A list of charges after a plain sentence is no interview.
  const charges = 'Police arrested two people on Friday.\n\nJohn P. Marsh: Possession of a stolen vehicle, held in jail.\n\nMarsh was released on Monday.'
  assert.equal(who(charges, 'Possession of a stolen'), '-')
  // A caption that gives a quotation names its speaker; the photo credit after it is no part of it.
  const caption = 'Talks resume\n\nDana Brook: \'The sequel is the biggest role I have had.\' Photograph: Sam Lee for the Gazette\n\nDana Brook has had a busy year.'
  assert.equal(who(caption, 'The sequel is the biggest'), 'Dana Brook')
  assert.equal(who(caption, 'Photograph'), '-')
})

test('a quotation with no cue after narration about its speaker is the words of the person last quoted', () => {
  const text = '"I was shy as a child," Lena Ortiz says. "I still am."\n\nBut has fame changed her?\n\n"Not really. I still take the bus."'
  assert.equal(who(text, 'Not really'), 'Lena Ortiz')
  assert.equal(who(text, 'I still take the bus'), 'Lena Ortiz')
  assert.equal(who(text, 'has fame changed her'), '-')
  // Within a paragraph too: narration, then the quotation.
  const same = '"We grew up poor," Ortiz says. Ortiz is a painter first and a singer second. "People call me a singer. I am not."'
  assert.equal(who(same, 'People call me a singer'), 'Ortiz')
})

test('a quotation with no cue after narration that names someone quoted before is that person\'s', () => {
  const text = '"The river is our ancestor," says Hemi Walker, an elder.\n\n' +
    '"We lost three boats," said Ana Cruz, a fisher. "It was the worst week."\n\n' +
    'But for Walker and his family the floods are personal.\n\n"It hurts. We need to listen."'
  assert.equal(who(text, 'It hurts'), 'Hemi Walker')
  // Narration that speaks of no one leaves a quotation unattributed.
  const none = '"Prices are up," said Tom Reyes, a trader.\n\nThe council meets on Monday to vote on the plan.\n\n"This must stop now."'
  assert.equal(who(none, 'This must stop'), '-')
})

test('a quotation right after a person\'s paraphrase with a trailing cue carries it on', () => {
  const text = 'Rates may have to rise again, the economist Maria Lind said. "I expect one more increase. But that has not happened yet."'
  assert.equal(who(text, 'I expect one more'), 'Maria Lind')
  assert.equal(who(text, 'has not happened yet'), 'Maria Lind')
  // (An outlet's trailing report stays with its own clause.)
  assert.equal(who('Rates may rise again, Reuters reported. "No comment."', 'No comment'), '-')
})

test('a trailing cue does not reach back over a past event the writer narrates', () => {
  const text = 'Officers stopped a van near the bridge on Friday. The drugs were hidden under a seat, Sgt. Ana Ruiz said.'
  assert.equal(who(text, 'Officers stopped a van'), '-')
  assert.equal(who(text, 'The drugs were hidden'), 'Ana Ruiz')
  const vote = 'The board voted 9 to 1 to keep rates at zero. Low rates are a risk, Thomas Hale warns.'
  assert.equal(who(vote, 'The board voted'), '-')
  // A judgment is no event, nor a participle before the clause's own verb.
  assert.equal(who('Nobody at the club worked harder than Reyes. He earned his place, coach Daniel Okafor said.', 'Nobody at the club'), 'Daniel Okafor')
  assert.equal(who('Ships linked to the cartel have increasingly turned off their radios. They hide at sea, port officials said.', 'Ships linked'), 'port officials (anonymous)')
})

test('testimony reproduced as plain first-person paragraphs is the speaker\'s, and so are its later paragraphs', () => {
  const text = 'Deals take years, Lena Ortiz said at the trial, according to a transcript seen by the Gazette.\n\n' +
    'I have been building ties with founders for years. That is how we win.\n\n' +
    'She also stressed a shared vision, Ortiz said.\n\n' +
    'If a deal is going to happen, it will not be because we pay the most.\n\n' +
    'The trial resumes on Monday.'
  assert.equal(who(text, 'I have been building ties'), 'Lena Ortiz')
  assert.equal(who(text, 'That is how we win'), 'Lena Ortiz')
  assert.equal(who(text, 'we pay the most'), 'Lena Ortiz')
  assert.equal(who(text, 'The trial resumes'), '-')
})

test('a photo credit line is no one\'s words, whatever cue or reach finds it', () => {
  const text = 'Orbis said the lander will carry five payloads. It will launch in 2026. Credit: Orbis\n\nMain image credit: Getty\n\nImage Credit: Acme'
  assert.equal(who(text, 'It will launch'), 'Orbis')
  assert.equal(who(text, 'Credit: Orbis'), '-')
  assert.equal(who(text, 'Main image credit'), '-')
  assert.equal(who(text, 'Image Credit: Acme'), '-')
})

test('a newsletter excerpt "HEADING — Source: “...”" is the named source\'s, up to the quotation\'s end', () => {
  const text = 'Good morning, readers.\n\nRATES ON HOLD — Gazette’s Maria Lind: “The central bank kept rates steady. It signalled no cut before June.” Stay tuned.\n\n' +
    'OIL SLIPS — Reuters: “Oil prices fell on Monday.”'
  assert.equal(who(text, 'The central bank kept'), 'Maria Lind')
  assert.equal(who(text, 'It signalled no cut'), 'Maria Lind')
  assert.equal(who(text, 'Stay tuned'), '-')
  assert.equal(who(text, 'Oil prices fell'), 'Reuters')
})
