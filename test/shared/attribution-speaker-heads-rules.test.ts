// The speaker's name when the sentence is found (session 11, E3): general
// causes of wrong source names read from the real sets, each shown on
// made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a place after a preposition is not the speaker: the noun it hangs from speaks', () => {
  assert.equal(who('"The bay is shallow," Erik Sandvik, a marine geologist at the University of Otago in Dunedin told reporters.', 'bay is shallow'), 'Erik Sandvik')
  assert.equal(who('European astronomers using a telescope atop Mauna Kea have confirmed that the comet broke up.', 'comet broke up'), 'European astronomers (anonymous)')
  assert.equal(who('A doctor at a hospital in Surabaya said the victims had been burned.', 'victims had been'), 'doctor (anonymous)')
  assert.equal(who('The victims had been burned, a doctor at a hospital in Surabaya said.', 'victims had been'), 'doctor (anonymous)')
  assert.equal(who('Dunedin Mayor Jules Radich opened the bridge on Monday. The mayor of Dunedin said the bridge was safe.', 'bridge was safe'), 'Jules Radich')
  assert.equal(who('Police in Lower Saxony said two people died.', 'two people died'), 'Lower Saxony police')
  // A longer name run after "of" may end in the speaker's own name; a text's source stays the text's.
  assert.equal(who('Trade rose 4 percent, data from the General Administration of Customs showed.', 'Trade rose'), 'General Administration of Customs data')
})

test('a bare unnamed group takes a fuller name only from a group with its head word written before it', () => {
  const text = 'Bridge reopens after storm\n\nOfficials said the road would reopen on Friday. Later, U.S. transport officials said the bridge was sound. ' +
    'The officials said the repairs would take a week.'
  assert.equal(who(text, 'road would reopen'), 'officials (anonymous)')
  assert.equal(who(text, 'repairs would take'), 'U.S. transport officials (anonymous)')
  // A headline sums up its article's groups wherever they are named.
  assert.equal(who('Officials say the bridge will reopen\n\nState transport officials said on Monday the bridge would reopen.', 'bridge will reopen'), 'State transport officials (anonymous)')
  // "teachers" in "teachers unions" describes the unions: no group of teachers.
  assert.equal(who('Strike looms\n\nTeachers unions said the plan was too small. Teachers chanted slogans outside and said they would strike.', 'would strike'), 'teachers (anonymous)')
})

test('two unnamed groups joined by "and": the first speaks (session 18, group-forms.ts); describing words joined name one group', () => {
  assert.equal(who('Pilots and aviation experts said storms were common there.', 'storms were common'), 'pilots (anonymous)')
  assert.equal(who('U.S. customs and security officials said the lists were checked.', 'lists were checked'), 'U.S. customs and security officials (anonymous)')
  assert.equal(who('The fire spread, and farmers and ranchers fear that the grass will burn.', 'grass will burn'), 'farmers (anonymous)')
  // A body a determiner names stays a source of its own; so does a group after a verb's object.
  assert.equal(who('While the UN nuclear watchdog and U.S. officials say the reactor is safe, others disagree.', 'reactor is safe'), 'U.S. officials (anonymous)')
  assert.equal(who('After meeting farmers and officials said the plan was dead.', 'plan was dead'), 'officials (anonymous)')
})

test('a definite description of one person stands for the person named before it', () => {
  assert.equal(who('Garth Brooks\n\nAsked if he would perform, the country star replied that it was always about serving.', 'always about serving'), 'Garth Brooks')
  assert.equal(who('Henry Kissinger spoke on Monday. "Ties are drifting," Kissinger said. "Talks matter," the 97-year-old said in an interview.', 'Talks matter'), 'Henry Kissinger')
  assert.equal(who('Deval Patrick spoke. Eyamba Sowers came to the event. The real estate agent said she related to him.', 'related to him'), 'Eyamba Sowers')
  // An unnamed source who spoke last, someone's role, and a person the article met as a description keep their own names.
  assert.equal(who('Mayor Ann Lee spoke first. A resident said the water was bad. The woman said she was afraid.', 'was afraid'), 'woman (anonymous)')
  assert.equal(who('Judy Avalos visited her injured boyfriend. The boyfriend told investigators he saw a car.', 'saw a car'), 'boyfriend (anonymous)')
  assert.equal(who('Mark Hughes posted the photo. The solicitation also notes that bidders must pay.', 'bidders must pay'), 'solicitation (anonymous)')
})

test('a plural\'s apostrophe inside a body\'s name keeps the body whole, and "he said" after its spokesperson is the spokesperson', () => {
  const text = 'Mia Lund, the union leader, said the figures were shocking.\n\n' +
    'But a spokesperson for the Teachers and Lecturers’ Association (TLA) said its members had cut such contracts.\n\n“We have worked with the unions,” he said.'
  assert.equal(who(text, 'cut such contracts'), 'Teachers and Lecturers’ Association spokesperson (anonymous)')
  assert.equal(who(text, 'worked with the unions'), 'Teachers and Lecturers’ Association spokesperson (anonymous)')
  // An outlet's possessive before a name is the person's employer, not part of a body's name.
  assert.equal(who('Fox News’ Bill O’Reilly has also called on the mayor to resign.', 'called on the mayor'), 'Bill O’Reilly')
})

test('"the California Republican" is the party member named before, not a name', () => {
  assert.equal(who('Rep. Darrell Issa criticized the plan on Monday. "It is a mess," the California Republican said.', 'It is a mess'), 'Darrell Issa')
  assert.equal(who('Sen. Tim Kaine spoke on Monday. The Virginia Democrat said the plan was bad.', 'plan was bad'), 'Tim Kaine')
  // One described with "a" is unnamed; "the Independent" alone is a newspaper.
  assert.equal(who('Sen. Tim Kaine spoke on Monday. A Virginia Democrat said the plan was bad.', 'plan was bad'), 'Virginia Democrat (anonymous)')
})

test('a post signature names its account holder without a title before the name or a shouted nickname after it', () => {
  const post = (signature: string) => `The singer replied on Twitter.\n\nI am done with this game. pic.twitter.com/abc123\n\n— ${signature} November 20, 2019`
  assert.equal(who(post('Kid Rhymer KIDDO K (@KidRhymer)'), 'done with this game'), 'Kid Rhymer')
  assert.equal(who(post('Rep. Ilhan Omar (@Ilhan)'), 'done with this game'), 'Ilhan Omar')
  // A display name that is all capitals, or a body's, stays whole.
  assert.equal(who(post('NASA (@NASA)'), 'done with this game'), 'NASA')
})

test('a masthead and dateline run into the first name is no part of it', () => {
  assert.equal(who('CNBC News London Rene Haas said the chip market was weak.', 'chip market'), 'Rene Haas')
  assert.equal(who('Reuters London Rene Haas said the chip market was weak.', 'chip market'), 'Rene Haas')
  assert.equal(who('The BBC World Service said it would close two desks.', 'close two desks'), 'BBC World Service')
})

test('a hyphenated compound before a group noun stays whole', () => {
  assert.equal(who('Some slow-and-steady advocates have argued that the switch would hurt small firms.', 'switch would hurt'), 'slow-and-steady advocates (anonymous)')
})

test('a job written before a name as a sentence opens is no part of the name', () => {
  const text = 'Currents carry debris east, a Perth oceanographer said. Oceanographer Pattiaratchi said debris floats for weeks.\n\nCharitha Pattiaratchi has studied the sea for years.'
  assert.equal(who(text, 'floats for weeks'), 'Charitha Pattiaratchi')
  assert.equal(who('The march was loud.\n\nActress Jane Fonda said that we must act.', 'we must act'), 'Jane Fonda')
  // A given name that ends like a job stays: "Walker Evans".
  assert.equal(who('The show opened.\n\nWalker Evans said that it was fine.', 'it was fine'), 'Walker Evans')
})
