// Source names (session 13, h-names): the form a source takes once the
// engine has found it (GUIDE 4: persons in their fullest form, unnamed
// sources described and numbered when told apart), each rule on made-up
// sentences beside a near-miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { sameSource } from '../../shared/attribution/score.ts'

test('an analyst named with the firm after "of" is the person, by the full name', () => {
  const text = 'Freight rates fell in May.\n\n' +
    '"Rates should settle by summer," said economist Maren Holt of Tideway Econometrics.\n\n' +
    '"Demand held up," said Oskar Lind, chief economist for the Baltic Shippers League.\n\n' +
    'Lind of the Baltic Shippers League said, "Underlying demand is good."\n\n' +
    '"We won\'t see a boom," said Holt of Tideway.\n\n' +
    '"The field holds 300 mln barrels," Edda Brun of stockbroker Varga Nolte and Co said.\n\n' +
    '"It flows well," Ines Roth of Pell and Dorne said.'
  assert.equal(who(text, 'settle by summer'), 'Maren Holt')
  assert.equal(who(text, 'Underlying demand'), 'Oskar Lind')
  assert.equal(who(text, 'see a boom'), 'Maren Holt')
  assert.equal(who(text, '300 mln barrels'), 'Edda Brun')
  assert.equal(who(text, 'It flows well'), 'Ines Roth')
})

test('a capitalised word before "of" the article never gave a person stays a body', () => {
  // (No "<Given> Tideway" earlier: "Tideway of ..." is no surname.)
  const text = 'Rates fell.\n\nThe Bank of Norland said rates would stay. Tideway of the Baltic Group said the market was calm.'
  assert.equal(who(text, 'rates would stay'), 'Bank of Norland')
  assert.notEqual(who(text, 'market was calm'), 'Tideway')
})

test('"one source ... the other source" after a group of two: numbered, with the group\'s description', () => {
  const text = 'Two sources familiar with the inquiry said the panel met on Friday.\n\n' +
    '"The question is who knew," said one source.\n\n"They now know what happened," said the other source.\n\n' +
    '"Now they want to know who was told," this source said.'
  assert.equal(who(text, 'who knew'), 'source familiar with the inquiry #1 (anonymous)')
  assert.equal(who(text, 'what happened'), 'source familiar with the inquiry #2 (anonymous)')
  assert.equal(who(text, 'who was told'), 'source familiar with the inquiry #2 (anonymous)')
})

test('"one diplomat" once diplomats were told apart is the next one, with the first one\'s description', () => {
  const text = '"The assembly matters more now," said a western diplomat.\n\nAnother western diplomat said the party had given it a role.\n\n' +
    'One diplomat said the speech could change. She said the same happened last year.'
  assert.equal(who(text, 'matters more'), 'western diplomat #1 (anonymous)')
  assert.equal(who(text, 'given it a role'), 'western diplomat #2 (anonymous)')
  assert.equal(who(text, 'speech could change'), 'western diplomat #3 (anonymous)')
  assert.equal(who(text, 'same happened'), 'western diplomat #3 (anonymous)')
})

test('unnamed sources told apart by their descriptions, or never told apart, stay unnumbered', () => {
  // (No "another" or "the other": the same official again, as the writer did not tell them apart.)
  const same = 'One official, who asked not to be named, told reporters a deal was near.\n\nOne official said the rate would change.'
  assert.equal(who(same, 'deal was near'), 'official (anonymous)')
  assert.equal(who(same, 'rate would change'), 'official (anonymous)')
  const told = 'An Israeli official said the crossing would open. Another official said it would not.\n\nA senior US official said talks went on.'
  assert.equal(who(told, 'talks went on'), 'senior US official (anonymous)')
  // (A rank is the first one's own.)
  assert.equal(who('A senior official said the deal was close. A second official said talks could collapse.', 'could collapse'), 'official #2 (anonymous)')
})

test('jobs capitalised before a name in a headline are dropped when the article writes the name without them', () => {
  const text = 'Quayside Fact-Checker Nora Vell: \'Is Anyone Calm?\'\n\nQuayside fact checker and staff writer Nora Vell posted to Twitter.\n\n' +
    '"We are done," Vell tweeted.\n\nRepresentatives Alma Rusk and Ned Barre said they sent a letter.\n\nRusk said the answer was late.'
  assert.equal(who(text, 'We are done'), 'Nora Vell')
  assert.equal(who(text, 'answer was late'), 'Alma Rusk')
  // (Given names are no jobs: "Recep Tayyip Erdogan" stays whole though "Tayyip Erdogan" is written too.)
  const full = 'Recep Tayyip Erdogan said the deal was done.\n\nPresident Tayyip Erdogan met the envoy. Erdogan said talks would go on.'
  assert.equal(who(full, 'talks would go on'), 'Recep Tayyip Erdogan')
})

test('a surname spelt once with one letter wrong is the person named in full; a different surname is not', () => {
  const text = '"It is good news," said Trevor Housman, a partner at the firm.\n\n"It is bad news too," Hausman said.\n\n"Not at all," Hartmann said.'
  assert.equal(who(text, 'bad news too'), 'Trevor Housman')
  assert.equal(who(text, 'Not at all'), 'Hartmann')
})

test('an article or a count before a name goes; a group written in capitals after "U.S." is unnamed', () => {
  const text = 'An Ankara Radio report said the talks had failed.\n\nSeveral analysts said the move was late. U.S. Officials said Iran had new missiles.'
  assert.equal(who(text, 'talks had failed'), 'Ankara Radio')
  assert.equal(who(text, 'move was late'), 'analysts (anonymous)')
  assert.equal(who(text, 'new missiles'), 'U.S. officials (anonymous)')
  // One of them is unnamed only after "a": a name has no article.
  assert.equal(who('A U.S. Diplomat said the talks had failed.', 'talks had failed'), 'U.S. diplomat (anonymous)')
  assert.notEqual(who('U.S. Diplomat said the talks had failed.', 'talks had failed'), 'U.S. diplomat (anonymous)')
  // (A body whose name ends in such a word stays a body.)
  assert.equal(who('The Union of Concerned Scientists said the tax was unfair.', 'tax was unfair'), 'Union of Concerned Scientists')
})

test('scoring folds a company\'s legal form and a possessive inside a name, nothing more', () => {
  assert.ok(sameSource('Chrysler Corp', 'Chrysler'))
  assert.ok(sameSource('Amazon.com Inc.', 'Amazon.com'))
  assert.ok(sameSource('JPMorgan Chase & Co', 'JPMorgan Chase'))
  assert.ok(sameSource('Stanford University\'s Center on Poverty report', 'Stanford University Center on Poverty report'))
  assert.ok(sameSource('Riverside County Sheriff’s Department', "Riverside County Sheriff's Department"))
  // (Another company, another word, or a number stays a difference.)
  assert.ok(!sameSource('Chrysler Corp', 'Ford Motor Co'))
  assert.ok(!sameSource('Corp Holdings', 'Holdings'))
  assert.ok(!sameSource('Labour Party', 'Labour'))
  assert.ok(!sameSource('Costco', 'Cost'))
  assert.ok(!sameSource('Microsoft spokesman (anonymous)', 'Microsoft (anonymous)'))
})

test('a place joined by "-based" describes an unnamed source, not a company\'s role noun', () => {
  assert.equal(who('One Washington-based trade expert said China would need to buy more.', 'buy more'), 'Washington-based trade expert (anonymous)')
  assert.equal(who('A London-based analyst said prices would rise.', 'prices would rise'), 'London-based analyst (anonymous)')
  const company = 'Nordwell Semiconductor cut its forecast on Monday.\n\nThe Austin, Texas-based company said sales fell.'
  assert.equal(who(company, 'sales fell'), 'Nordwell Semiconductor')
})
