// Shapes of modern British and American news (session 20, h-modern: BBC and
// CNN copy): capitalised titles as role nouns, headlines crediting a bare
// role, a body named with a number, a group's possessive inside a described
// body's name, an embassy named with its city. Made-up sentences, each with
// a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a capitalised title after "the" is a role noun for the person holding it, not a name', () => {
  const text = 'Prime Minister Anna Berg opened the bridge on Monday.\n\nLater the Prime Minister said the toll would be dropped.'
  assert.equal(who(text, 'the toll would be dropped'), 'Anna Berg')
  // (A title before a name still names the person.)
  const named = 'Later Prime Minister Anna Berg said the toll would be dropped.'
  assert.equal(who(named, 'the toll would be dropped'), 'Anna Berg')
})

test('a headline crediting a bare role is the person the story then calls by it', () => {
  const text = "Rail fares 'will be frozen', says PM\n\nPeter Lund has promised that rail fares will not rise this year. The prime minister made the pledge in Leeds."
  assert.equal(who(text, 'will be frozen'), 'Peter Lund')
  const chancellor = "Tax cut 'fair', says chancellor\n\nMaria Holt said the cut was fair to working families.\n\nThe chancellor spoke in Bristol."
  assert.equal(who(chancellor, "Tax cut 'fair'"), 'Maria Holt')
  // (Nobody called by the role: the headline's role is left as it is.)
  const none = "Tax cut 'fair', says chancellor\n\nJohn Webb, a trade union leader, said the cut was unfair."
  assert.notEqual(who(none, "Tax cut 'fair'"), 'John Webb')
})

test('a word and a number can name a body that speaks', () => {
  const text = 'Tom Reed said the plan would fail. Number 10 said ministers were focused on the economy.'
  assert.equal(who(text, 'ministers were focused'), 'Number 10')
  // (A date is no speaker.)
  const date = 'Tom Reed said the plan would fail. On March 10 he said it again.'
  assert.equal(who(date, 'he said it again'), 'Tom Reed')
})

test("a group's possessive inside a described body's name keeps the whole name", () => {
  const text = "Rebels have pulled back their artillery, the rebel group Lugansk People's Republic said on Friday."
  assert.equal(who(text, 'pulled back'), "Lugansk People's Republic")
})

test('an embassy is named with the city it sits in', () => {
  const text = 'The Dutch Embassy in Nairobi warned its citizens to avoid the city centre.'
  assert.equal(who(text, 'avoid the city centre'), 'Dutch Embassy in Nairobi')
})
