// Rules of session 25 (h-f27f), from regional outlets relaying others
// (lab28-a): conferred Malay titles before a name, a rank's abbreviation
// the tagger cut a sentence at, a site named by its domain relaying a quote.
// Each on made-up text with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"state police chief Datuk Seri Amran Tahir said": a conferred title is no part of the name, nor of the surname\'s resolution', () => {
  const story = 'Roads reopen\n\nState police chief Datuk Seri Amran Tahir said the roads were clear.\n\nTahir said more officers would be sent.\n\n' +
    'Former minister Tan Sri Dr Noor Hisham Omar said the plan would fail.'
  assert.equal(who(story, 'roads were clear'), 'Amran Tahir')
  assert.equal(who(story, 'more officers'), 'Amran Tahir')
  assert.equal(who(story, 'plan would fail'), 'Noor Hisham Omar')
  // (Near miss: a title with no name after it is left as written, "Datuk" alone names nobody.)
  assert.equal(who('Roads reopen\n\nDatuk Hassan said the roads were clear.', 'roads were clear'), 'Hassan')
  assert.equal(who('Roads reopen\n\nDatukan Reyes said the roads were clear.', 'roads were clear'), 'Datukan Reyes')
})

test('"spokesperson Sr. Comr. Budi Santoso on Thursday": the rank\'s dot ends no sentence, and the rank is no part of the name', () => {
  const story = 'Arrests made\n\n"Ten were held in the city," said provincial police spokesperson Sr. Comr. Budi Santoso on Thursday.'
  assert.equal(who(story, 'Ten were held'), 'Budi Santoso')
  assert.equal(who('Arrests made\n\nPolice spokesperson AKBP Dewi Lestari said ten were held.', 'ten were held'), 'Dewi Lestari')
  // (Near miss: a rank's word written lower-case, as running text writes a word, ends its sentence at the dot.)
  const word = 'Arrests made\n\nHe was promoted to the rank of comr. Officials said ten were held.'
  assert.equal(who(word, 'ten were held'), 'officials (anonymous)')
})

test('"said Budi Santoso, as quoted by Kompas.com": a site named by its domain relays the quote', () => {
  const story = 'Arrests made\n\n"Ten were held," said Budi Santoso, as quoted by Kompas.com.'
  assert.equal(who(story, 'Ten were held'), 'Budi Santoso via Kompas.com')
  // (Near miss: a domain that is no word of a relay phrase only gives the speaker.)
  assert.equal(who('Arrests made\n\n"Ten were held," said Budi Santoso, who runs kompas.com.', 'Ten were held'), 'Budi Santoso')
})

test('"...: Home Minister" over a story whose lede names the home minister: the holder the story names', () => {
  const story = 'More arrests likely after detention: Home Minister\n\nKATHMANDU: Home Minister Hari Dahal has said that more arrests may follow.\n\n' +
    'He added that the inquiry is ongoing.'
  assert.equal(who(story, 'More arrests likely'), 'Hari Dahal')
  // (Near miss: the story names no holder of the office, so the role stays as credited.)
  const none = 'More arrests likely after detention: Home Minister\n\nKATHMANDU: Police chief Hari Dahal has said that more arrests may follow.'
  assert.equal(who(none, 'More arrests likely'), 'Home Minister')
})

test('"The minister also informed the committee that": a reporting word the tagger reads as an adjective, after "also"', () => {
  const story = 'Treatment paid\n\nHealth Minister Hari Dahal spoke on Friday.\n\nThe minister also informed the committee that the state will pay for treatment.'
  assert.equal(who(story, 'state will pay'), 'Hari Dahal')
  // (Near miss: a word after "also" that reports nothing leaves the sentence unattributed.)
  assert.equal(who(story.replace('informed', 'visited'), 'state will pay'), '-')
})

test('"According to a neighbor named Suprapto": the person named, not an unnamed neighbour', () => {
  const story = 'Man held\n\nAccording to a neighbor named Suprapto, police arrested the man after prayers.'
  assert.equal(who(story, 'police arrested'), 'Suprapto')
  // (Near miss: a neighbour with no name stays unnamed.)
  assert.equal(who('Man held\n\nAccording to a neighbor, police arrested the man after prayers.', 'police arrested'), 'neighbor (anonymous)')
})

test('"...: Balochistan govt": a place\'s body a headline credits in lower case, as the story writes it', () => {
  const story = 'Telling friend from foe a challenge in remote areas: Sindh govt\n\nKARACHI: The Sindh government said on Wednesday that raids continue.'
  assert.equal(who(story, 'Telling friend'), 'Sindh government')
  // (Near miss: a lower-case word that is no body after the place credits nobody.)
  assert.equal(who('Telling friend from foe a challenge in remote areas: Sindh edition\n\nKARACHI: Raids continue.', 'Telling friend'), '-')
})

test('"..., Channel News Asia reported": a masthead that runs its words together, written apart, relays', () => {
  const story = 'Minister denies post\n\nOn Wednesday, Foreign Minister Tan Wei Ming denied liking the post, Channel News Asia reported.'
  assert.equal(who(story, 'denied liking'), 'Tan Wei Ming via CNA')
  // (Near miss: words that spell no listed masthead when run together stay a speaker of their own.)
  assert.equal(who(story.replace('Channel News Asia', 'Channel Nine Asia'), 'denied liking'), 'Channel Nine Asia')
})

test('"regarding cases under the Internal Security Act ... He emphasised": a law\'s name is no person a pronoun stands for', () => {
  const story = 'Minister speaks\n\nHome Minister Lee Kah Wai, speaking to reporters on Wednesday regarding cases under the Internal Security Act, ' +
    'was asked about the remarks. ' +
    'He emphasised that his stance differed.'
  assert.equal(who(story, 'his stance differed'), 'Lee Kah Wai')
  // (Near miss: a person whose surname is a law's word only at its start stays a person.)
  assert.equal(who('Minister speaks\n\nAct Lewis said his stance differed.', 'his stance differed'), 'Act Lewis')
})

test('a paragraph whose first mark closes a quotation left open in the paragraph before goes on with it', () => {
  const story = 'Man held\n\nA neighbour, Suprapto, described the arrest. "He went to the mosque at dawn.\n\n' +
    'Later, officers notified the family, saying she had guests. Then she found police at her home," said Suprapto, as quoted by Kumparan.com.'
  assert.equal(who(story, 'Later, officers'), 'Suprapto via Kumparan.com')
  assert.equal(who(story, 'found police'), 'Suprapto via Kumparan.com')
  // (Near miss: when the paragraph opens its own quotation, what stands before its first mark is the writer's.)
  const own = story.replace('Then she found police at her home," said', 'Then "she found police at her home," said')
  assert.notEqual(who(own, 'Later, officers'), 'Suprapto via Kumparan.com')
})
