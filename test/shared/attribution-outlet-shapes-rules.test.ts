// Outlets the engine does not know, recognised by the shape of the words
// (outlet-shapes.ts, GUIDE 5, 6): a capitalised name told things that is no
// person, body or place; a site an interview was given to; a masthead read
// as a "post"; and a journal's paper, which is a document, not the journal.
// Made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

function told(text: string, words: string, publisher?: string): string {
  const at = text.indexOf(words)
  assert.ok(at >= 0, `not in the text: ${words}`)
  const s = suggestAttributions(text, publisher ? { publisher } : {}).find((x) => x.content.start < at + words.length && x.content.end > at)
  return s ? `${s.source} | via ${s.via ?? '-'} | venue ${s.venue ?? '-'}` : '-'
}

test('"told <Name>" with no given name, title or body word is an outlet, another\'s unless it wrote the story', () => {
  const chortle = 'Tour ends\n\nThe comedian Ann Lee told Chortle that the tour was over.'
  assert.equal(told(chortle, 'the tour was over'), 'Ann Lee | via Chortle | venue Chortle')
  assert.equal(told(chortle, 'the tour was over', 'Chortle'), 'Ann Lee | via - | venue Chortle')
  const science = 'Ice melts\n\n"It is a big step," Sam Poe, a physicist at Oxford, told New Scientist.'
  assert.equal(told(science, 'a big step'), 'Sam Poe | via New Scientist | venue New Scientist')
  const tv = 'Port to reopen\n\nThe harbour master, Budi Santoso, told MetroTV that the port would reopen on Monday.'
  assert.equal(told(tv, 'the port would reopen'), 'Budi Santoso | via MetroTV | venue MetroTV')
})

test('a person, a body or a place told things is no outlet', () => {
  const person = 'Talks held\n\nChinese President Xi Jinping met the visitor.\n\nThe prime minister told Xi that ties were strong.'
  assert.match(told(person, 'ties were strong'), /\| via - \| venue -$/)
  const surname = 'Tour over\n\nThe singer told Oprah Winfrey that the tour was over. Winfrey said it was sad.'
  assert.match(told(surname, 'the tour was over'), /\| via - \| venue -$/)
  for (const body of ['Congress', 'Parliament', 'Moscow', 'NATO', 'Senator Vale']) {
    assert.match(told(`War ends\n\nThe president told ${body} that the war was over.`, 'the war was over'), /\| via - \| venue -$/, body)
  }
})

test('"told the <Name>" is a masthead too, left to what the story says of its writer', () => {
  const text = 'Campaign launched\n\n"It is working," Governor Kim Noem told the Argus Leader on Monday.'
  assert.equal(told(text, 'It is working'), 'Kim Noem | via - | venue Argus Leader')
  assert.equal(told(text, 'It is working', 'Reuters'), 'Kim Noem | via Argus Leader | venue Argus Leader')
})

test('an interview with a site or a one-word masthead is given to an outlet', () => {
  const site = 'Front holds\n\nIn an interview with the Ukrainska Pravda website, General Oleh Marchenko said the front was stable.'
  assert.equal(told(site, 'the front was stable'), 'Oleh Marchenko | via Ukrainska Pravda | venue Ukrainska Pravda')
  const told_ = 'Front holds\n\nGeneral Oleh Marchenko told the Ukrainska Pravda website that the front was stable.'
  assert.equal(told(told_, 'the front was stable'), 'Oleh Marchenko | via Ukrainska Pravda | venue Ukrainska Pravda')
  const bare = 'Tour ends\n\nIn an interview with Chortle, comedian Ann Lee said the tour was over.'
  assert.equal(told(bare, 'the tour was over'), 'Ann Lee | via Chortle | venue Chortle')
  // A person interviewed is no venue.
  const person = 'Tour ends\n\nIn an interview with Oprah Winfrey, the singer said the tour was over.'
  assert.match(told(person, 'the tour was over'), /\| via - \| venue -$/)
})

test('"according to a report in the <Name> Post" is the outlet; "a <Journal> paper" is the paper', () => {
  assert.equal(who('Deal signed\n\nAccording to a report in the Jakarta Post, the deal was signed.', 'the deal was signed'), 'Jakarta Post')
  assert.equal(who('Ice melts\n\nThe ice is melting faster, according to a Nature paper.', 'melting faster'), 'Nature paper')
  // A newspaper is "the <Name> paper".
  assert.equal(who('Deal signed\n\nThe deal was signed, according to the Hurriyet paper.', 'deal was signed'), 'Hurriyet')
})

test('a text "published in" a journal speaks, not the journal; its authors are the text\'s', () => {
  assert.equal(who('Ice melts\n\nA study published in Nature on Wednesday found that the ice is melting faster.', 'melting faster'), 'Nature study')
  assert.equal(who('Ice melts\n\nA paper published in the journal Science suggests that the ice is melting.', 'the ice is melting'), 'Science paper')
  const authors = 'Ice melts\n\nThe authors of the research published in the journal Nature Geoscience argued that the ice was melting. ' +
    'The melting was fastest in summer, the authors said.'
  assert.equal(who(authors, 'the ice was melting'), 'Nature Geoscience study authors (anonymous)')
  assert.equal(who(authors, 'fastest in summer'), 'Nature Geoscience study authors (anonymous)')
})

test('"according to a report in the <Name> newspaper" / "on the <Name> website" is the outlet, its name read as written', () => {
  assert.equal(who('Deal signed\n\nAccording to a report in the state-run Global New Light of Myanmar newspaper, the deal was signed.', 'the deal was signed'), 'Global New Light of Myanmar')
  assert.equal(who('Deal signed\n\nThe deal was signed, according to a report on the Mada Masr website.', 'The deal was signed'), 'Mada Masr')
  // A body's website is no outlet.
  assert.notEqual(who('Deal signed\n\nAccording to a report on the Kremlin website, the deal was signed.', 'the deal was signed'), 'Kremlin')
})
