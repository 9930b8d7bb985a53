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

test("an interview given to another outlet passes on the interviewee's words, not the body's own", () => {
  const text = 'Acme Bank said the tapes went missing. "We looked hard," Jane Tower, a spokeswoman for the bank, told Time magazine. ' +
    'But there was no crime, the bank said. "We are sure," she said.'
  assert.equal(who(text, 'there was no crime'), 'Acme Bank')
  // (The interviewee again, by a pronoun, still speaks through it.)
  assert.equal(who(text, 'We are sure'), 'Jane Tower via Time')
})

test('"he" takes up one who spoke before and is named again in a later paragraph than the last speaker', () => {
  const text = 'Karl Weber said he was worried. "It is bad," he said. The remarks came a day after Tom Hale said the rate was right.\n\n' +
    'But that was not enough for Mr Weber.\n\n"It is worse," he said.'
  assert.equal(who(text, 'It is worse'), 'Karl Weber')
  // (Named again in the last speaker's own paragraph, the last speaker still holds "he".)
  const same = 'Karl Weber said he was worried. Tom Hale said the rate was right, a day after meeting Mr Weber. "It is fine," he said.'
  assert.equal(who(same, 'It is fine'), 'Tom Hale')
})

test('"police said" is a force named as one, never another body the sentence names', () => {
  const text = 'A lawyer for the doctor who helped the CIA has been shot dead in the north, police said.'
  assert.equal(who(text, 'A lawyer for the doctor'), 'police')
  const before = 'The CIA declined to comment.\n\nA lawyer was later shot dead, police said.'
  assert.equal(who(before, 'A lawyer was later'), 'police')
  // (A force named as one in the sentence is the one meant.)
  const forces = 'The Israel Defense Forces struck a site near the border, the military said.'
  assert.equal(who(forces, 'struck a site'), 'Israel Defense Forces')
})

test('a body described, then named in an appositive opening with an Arabic article, is the name', () => {
  const text = 'A North African jihadist group, al-Murabitun, claimed responsibility for the attack, according to the news agency Al Akhbar. ' +
    'In an audio message the group said it acted in revenge, Al Akhbar said.'
  assert.equal(who(text, 'responsibility for the attack'), 'al-Murabitun via Al Akhbar')
  assert.equal(who(text, 'it acted in revenge'), 'al-Murabitun via Al Akhbar')
  // (A described body with no name after it stays unnamed.)
  const unnamed = 'A militant group claimed responsibility for the attack in a video.'
  assert.notEqual(who(unnamed, 'responsibility'), 'al-Murabitun')
})

test('two reporters credited in one closing sentence are bylines, not speakers', () => {
  const text = 'The talks failed, officials said. Journalist Ana Reyes reported from Lima, and CNN\'s Tom Hale wrote from Hong Kong.'
  assert.equal(who(text, 'from Lima'), '-')
  assert.equal(who(text, 'The talks failed'), 'officials (anonymous)')
  // (A report with its own words after "from" is still a report.)
  const report = 'The minister reported from the summit that the deal was close, and aides said it would be signed.'
  assert.notEqual(who(report, 'the deal was close'), '-')
  // (Nor is a reporter's tag on a quotation, nor the quotation that goes on after it.)
  const witness = 'Roads were closed. "The water is rising," local reporter Ana Maria Reyes Soto reported from Lima. "No boats. No help." The rain went on.'
  assert.equal(who(witness, 'The water is rising'), 'Ana Maria Reyes Soto')
  assert.equal(who(witness, 'No help'), 'Ana Maria Reyes Soto')
  assert.equal(who(witness, 'The rain went on'), '-')
})

test('"whatever X says" reports nothing of X\'s; a plural\'s "point out that" is a report', () => {
  const text = 'Economists point out that whatever Europe says, in the short term a weaker dollar is a boon to exporters.'
  assert.equal(who(text, 'a weaker dollar'), 'economists (anonymous)')
  const alone = 'No matter what the minister says, prices will rise this winter.'
  assert.equal(who(alone, 'prices will rise'), '-')
  // (A plain "the minister says" still reports.)
  assert.equal(who('Prices will rise this winter, the minister says.', 'prices will rise'.replace('p', 'P')), 'minister (anonymous)')
})

test('a name two people share is the one of them who spoke just before', () => {
  const text = 'Park Sung Ho, the city\'s founder, died on Monday. "He is gone," Mayor Park Min Jae told residents. "He built this place," Park said.'
  assert.equal(who(text, 'He built this place'), 'Park Min Jae')
  // (One person of that name: the name is that person.)
  const one = 'Park Sung Ho said the city would grow. "It will be great," Park said.'
  assert.equal(who(one, 'It will be great'), 'Park Sung Ho')
})
