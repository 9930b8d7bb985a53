// Rules of session 25 (h-f27d), relays across the article (GUIDE 5): a
// speaker known only through one outlet keeps it in later paragraphs; a
// broadcast interview is no such outlet; a masthead with "News" inside its
// name and a news site's address after "as quoted by" are outlets. Each on
// made-up text with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

test('a speaker known only through one outlet keeps it in a later paragraph, named again or not', () => {
  const story = 'Leader inspects drills\n\nHan Sol-min said on Sunday the drills proved the army ready, Reuters reported.\n\n' +
    'Han voiced "great satisfaction" with the crews.\n\nHe said testing would go on.'
  assert.equal(who(story, 'proved the army ready'), 'Han Sol-min via Reuters')
  assert.equal(who(story, 'great satisfaction'), 'Han Sol-min via Reuters')
  assert.equal(who(story, 'testing would go on'), 'Han Sol-min via Reuters')
  // (Near miss: a speaker also heard by the press in person may have been heard directly.)
  const direct = story.replace('Han voiced', 'Han, speaking to reporters, voiced')
  assert.equal(who(direct, 'great satisfaction'), 'Han Sol-min')
  // (Near miss: two outlets relaying the speaker leave later words open.)
  const two = 'Leader inspects drills\n\nHan Sol-min said on Sunday the drills proved the army ready, Reuters reported.\n\n' +
    'Han Sol-min also said the navy was ready, as reported by the Baltic News Agency.\n\nHan voiced "great satisfaction" with the crews.'
  assert.equal(who(two, 'great satisfaction'), 'Han Sol-min')
  // (Near miss: words dated to another occasion, "in April", may be known from elsewhere.)
  const april = story.replace('Han voiced', 'Han in April voiced')
  assert.equal(who(april, 'great satisfaction'), 'Han Sol-min')
  // (Near miss: words at talks with others, which readouts and the press there report too.)
  const talks = story.replace('Han voiced "great satisfaction" with the crews.', 'At a meeting with officers, Han said the crews showed "great satisfaction".')
  assert.equal(who(talks, 'great satisfaction'), 'Han Sol-min')
  assert.equal(who(talks, 'testing would go on'), 'Han Sol-min')
})

test('an interview broadcast to all passes on the words it carried, not the speaker\'s later ones', () => {
  // (Written by another outlet than the broadcaster's, so the broadcaster is the relay of the interview itself.)
  const story = 'Minister thanks press\n\nSpeaking on NBC\'s "Weekly Hour" on Sunday, Marta Lind said the mission was secret.\n\n' +
    '"We thank them," Lind said.'
  assert.equal(whoIn(story, 'the mission was secret', 'Associated Press'), 'Marta Lind via NBC News')
  assert.equal(whoIn(story, 'We thank them', 'Associated Press'), 'Marta Lind')
  // (Near miss: words in print, known only through the paper, pass on the later words too.)
  const print = 'Minister thanks press\n\nMarta Lind said the mission was secret, the Nordic Times reported.\n\n' +
    '"We thank them," Lind said.'
  assert.equal(who(print, 'We thank them'), 'Marta Lind via Nordic Times')
})

// Like who(), for a story whose publisher the app knows from the page.
function whoIn(text: string, words: string, publisher: string): string {
  const at = text.indexOf(words)
  const s = suggestAttributions(text, { publisher }).find((x) => x.content.start < at + words.length && x.content.end > at)
  return s ? `${s.source}${s.via ? ` via ${s.via}` : ''}` : '-'
}

test('a masthead with "News" inside its name is an outlet, and the speaker inside its report the source', () => {
  const story = 'Minister denies claim\n\nOn Wednesday, Dr Tan denied liking the post, Channel News Asia reported.'
  assert.equal(who(story, 'liking the post'), 'Tan via CNA')
  // (Near miss: "a news briefing" is an event, not a masthead.)
  assert.equal(who('Ruling welcomed\n\nA Foreign Ministry spokesman told a news briefing that the ruling was fair.', 'the ruling was fair'),
    'Foreign Ministry spokesman (anonymous)')
})

test('a news site named by its address after "as quoted by" is the relay', () => {
  const story = 'Police arrest suspects\n\nThe man was a shop owner, Budi said, as quoted by Detik.com.'
  assert.equal(who(story, 'The man was a shop owner'), 'Budi via Detik.com')
  // (Near miss: a firm named by its address speaks for itself.)
  assert.equal(who('Shop shut\n\nThe shop was closed, Amazon.com said.', 'The shop was closed'), 'Amazon.com')
})
