// Right source for people (session 10, E2): wrong-source causes read from
// the read10 set, each shown on made-up sentences in the same shape.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"she" passes over the man named last and stands for the woman who spoke', () => {
  const text = 'Laura Brandt has had a busy year. Her film was produced by Victor Hale, who also paid for it.\n\n' +
    'Brandt smiles at the question. "Proud," she says of the film.'
  assert.equal(who(text, 'Proud'), 'Laura Brandt')
  // The article's own honorifics tell too, where the given name does not.
  const marked = 'Mrs Ostrova said the school would close. Kevin Arun said the talks went well.\n\n"I agree," she said.'
  assert.equal(who(marked, 'I agree'), 'Ostrova')
})

test('"he" is no woman and no party: the man who spoke before is', () => {
  const text = 'Thomas Reade said the plan would fail. Mary Lunt, a teacher, said it was fair.\n\n' +
    'The Conservatives said they would back it. "It is a risk," he said.'
  assert.equal(who(text, 'It is a risk'), 'Thomas Reade')
})

test('"he" inside what a woman said does not become the last speaker', () => {
  const text = 'Kemal Arun said the plan failed. Anna Keller said he believes the plan worked.\n\n"We are feeling it now," she said.'
  assert.equal(who(text, 'feeling it now'), 'Anna Keller')
})

test('an unnamed man described by a noun is no "she"', () => {
  const text = 'Sara Vintor was arrested at the hospital where she was visiting her boyfriend.\n\n' +
    'The boyfriend told investigators that the car was white. Investigator Robert Cole wrote that the car was seen twice.\n\n' +
    'She denied having anything to do with the fire.'
  assert.equal(who(text, 'anything to do with'), 'Sara Vintor')
})

test('a cue whose speaker sits in the apposition to the person opening the sentence is that person\'s', () => {
  const lead = 'Senator Jane Holt, an Ohio Republican who warned of the costs in the past, nevertheless played down that threat on Monday. "It is a fair risk," she said.'
  assert.equal(who(lead, 'played down'), 'Jane Holt')
  assert.equal(who(lead, 'a fair risk'), 'Jane Holt')
  assert.equal(who('Omar Reyes, the Labour MP for Leeds North, who backs the report, said it showed that pay was falling.', 'pay was falling'), 'Omar Reyes')
  assert.equal(who('Despite the worry, Ed Marsh, Director of Public Affairs at Ohio State Division of Naval Affairs told the Courier the plane was on a drill.', 'on a drill'), 'Ed Marsh')
  assert.equal(who('Maria Stone, a former IMF economist who now teaches at the University of California, Berkeley, has warned that the Fed could go too far.', 'go too far'), 'Maria Stone')
  // A speaker after the apposition closes is someone else.
  assert.equal(who('Paul Devin, a stolid centrist, is accused by critics of ignoring the deficit.', 'stolid centrist'), 'critics (anonymous)')
})

test('a capitalised role noun with no article is the surname of the person named in full', () => {
  const text = 'The study was led by Maya Expert, a physicist at Leeds.\n\nThe drug changed how the regions talk to each other, Expert said.\n\nIndeed, Expert argues that the work is only a start.'
  assert.equal(who(text, 'talk to each other'), 'Maya Expert')
  assert.equal(who(text, 'only a start'), 'Maya Expert')
  // With no such person, an unnamed expert stays one.
  assert.equal(who('The drug changed how the regions talk to each other, an expert said.', 'talk to each other'), 'expert (anonymous)')
})

test('a job written before a given name is no part of the person\'s name', () => {
  const text = 'Investor Advocate Rick Fleming said Tuesday he would push for more staff.\n\n"Fraud can be hard to see," said Fleming.'
  assert.equal(who(text, 'push for more'), 'Rick Fleming')
  assert.equal(who(text, 'hard to see'), 'Rick Fleming')
  // Names of more words than a given name and a surname keep them all.
  assert.equal(who('Te Ariki Robert Mana says the whales are kin.', 'whales are kin'), 'Te Ariki Robert Mana')
})

test('sentences opening with the same pronoun carry on the subject that opens the paragraph', () => {
  const text = 'Shawn Miles, a vice president, said the firm would not pay more. But he admitted that deals differ.\n\n' +
    'Kemal Arun made the case that providers gain. He used his own family as an example. He said that his daughter watches online.'
  assert.equal(who(text, 'daughter watches online'), 'Kemal Arun')
  // An interviewee's answer ("He asked what I ...") is no such chain.
  const answer = 'Ravi Kapoor said the firm began in 2009.\n\nJack Lorne was looking for a project. He asked what I would want to do. He said we should fix payments.'
  assert.equal(who(answer, 'fix payments'), 'Ravi Kapoor')
})

test('"another" opens an apposition like "a" does: the name before it speaks', () => {
  const text = 'Ravi Kumar said he had spent his savings on the trip.\n\nArjun Mehta, another deportee, said he had paid an agent in Delhi.'
  assert.equal(who(text, 'paid an agent'), 'Arjun Mehta')
})

test('with only a woman in reach, "he" is the last man who spoke a little further back', () => {
  const text = 'Dale Rook said he had acted alone.\n\nhide caption\n\nAnn Lee, whose sister died in the attack.\n\ntoggle caption\n\nhide caption\n\n' +
    'He also said: "I am sorry for it."'
  assert.equal(who(text, 'sorry for it'), 'Dale Rook')
})
