// Rules of session 22 (h-cue2): relays and attributed-or-not on unseen news.
// Each on made-up text with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

const venueOf = (text: string, words: string) => {
  const at = text.indexOf(words)
  return suggestAttributions(text).find((x) => x.content.start < at + words.length && x.content.end > at)?.venue ?? null
}

test('"told the media outlet": a described role noun is the outlet last named, and the relay', () => {
  const story = 'The fleet got its orders at dawn, according to Interfax. ' +
    '"The main task is to test the fleet," Defence Minister Ivan Sorokin told the media outlet. "New threats demand new forces."'
  assert.equal(who(story, 'The main task is to test the fleet'), 'Ivan Sorokin via Interfax')
  assert.equal(who(story, 'New threats demand new forces'), 'Ivan Sorokin via Interfax')
  // (Near miss: a body that is no outlet, "the state council", is told directly.)
  const council = 'The fleet got its orders at dawn, according to Interfax. ' +
    '"The main task is to test the fleet," Defence Minister Ivan Sorokin told the state council.'
  assert.equal(who(council, 'The main task is to test the fleet'), 'Ivan Sorokin')
})

test('"told the military newspaper, Stars and Stripes": the outlet named beside the role noun', () => {
  const story = 'The drills began on Monday, according to Interfax.\n\n' +
    'The convoy will cross four countries, an army spokesman told the military newspaper, Harbour and Anchor.'
  assert.equal(who(story, 'The convoy will cross four countries'), 'army spokesman (anonymous) via Harbour and Anchor')
  assert.equal(venueOf(story, 'The convoy will cross four countries'), 'Harbour and Anchor')
  // (Near miss: a day after the role noun is no name; the outlet is the one last named.)
  const day = 'The drills began on Monday, according to Interfax.\n\nThe convoy will cross four countries, an army spokesman told the paper Tuesday.'
  assert.equal(who(day, 'The convoy will cross four countries'), 'army spokesman (anonymous) via Interfax')
})

test('"DAN, the official news agency": a name the next words call an outlet is the one "the news agency" means', () => {
  const story = 'The blast was caused by methane, according to Donpress, the official news agency for the rebel-held region. ' +
    '"This did not happen because of shelling," an emergency official told the news agency.'
  assert.equal(who(story, 'This did not happen because of shelling'), 'emergency official (anonymous) via Donpress')
  assert.equal(venueOf(story, 'This did not happen because of shelling'), 'Donpress')
  // (Near miss: a person the next words describe, "Mr Ivanov, the head of the region", is no outlet.)
  const person = 'The blast was caused by methane, according to Mr Ivanov, the head of the region. ' +
    '"This did not happen because of shelling," an emergency official told the news agency.'
  assert.doesNotMatch(who(person, 'This did not happen because of shelling'), /Ivanov/)
})

test('an outlet the story relays is another\'s when the story tells it things, however often named', () => {
  const story = 'Cover for the storm will be costly.\n\nNordre Re believes the cost would be substantial, the Harbour Times reported.\n\n' +
    'Harwick Mutual told the Harbour Times it expected its exposure to be limited.'
  assert.equal(who(story, 'the cost would be substantial'), 'Nordre Re via Harbour Times')
  assert.equal(who(story, 'exposure to be limited'), 'Harwick Mutual via Harbour Times')
  // (Near miss: an outlet the story only tells things to, twice, is the story's own.)
  const own = 'Cover for the storm will be costly.\n\nNordre Re told the Harbour Times the cost would be substantial.\n\n' +
    'Harwick Mutual told the Harbour Times it expected its exposure to be limited.'
  assert.equal(who(own, 'exposure to be limited'), 'Harwick Mutual')
})

test('a name that owns a titled programme is a broadcaster: "on GMTV\'s Sunday Programme" is relayed', () => {
  const story = 'The book was published on Sunday.\n\nMr Peston told Harbour News: "They are not close."\n\n' +
    'Carol Walker, Harbour News political correspondent, said it was bad news.\n\n' +
    'Former minister Frank Field criticised the rivalry between the pair on HBTV\'s Sunday Programme.'
  assert.equal(who(story, 'the rivalry between the pair'), 'Frank Field via HBTV')
  // (Near miss: a programme of the house the story keeps telling things to is its own.)
  const house = 'The book was published on Sunday.\n\nMr Peston told BBC News: "They are not close."\n\n' +
    'Mr Brown told BBC News: "We are close."\n\n' +
    'Former minister Frank Field criticised the rivalry between the pair on BBC One\'s Sunday Programme.'
  assert.equal(who(house, 'the rivalry between the pair'), 'Frank Field')
})

test('a staff line saying where reporters worked carries no words', () => {
  const story = 'Prices rose, officials said.\n\n' +
    'Journalist Vera Lutsenko reported from Kiev, and Laura Smith wrote in London. ' +
    'Harbour\'s Ana Ruiz reported in Moscow, and Jo Park wrote and reported in Hong Kong.'
  assert.equal(who(story, 'Vera Lutsenko reported from Kiev'), '-')
  assert.equal(who(story, 'Ana Ruiz reported in Moscow'), '-')
  // (Near miss: a report from a place with words reported is a cue.)
  const report = 'Officials met on Monday. Xinhua reported from Beijing that prices rose sharply.'
  assert.equal(who(report, 'prices rose sharply'), 'Xinhua')
})

test('a question tagged "asked" after a speaker of six words is still quoted', () => {
  const story = 'Frank Field criticised the pair. "What sort of model does it give?" the Labour MP for Birkenhead asked.'
  assert.notEqual(who(story, 'What sort of model'), '-')
  // (Near miss: "asked" far past a quoted title is a request of its own, not a tag of the quotation.)
  const far = 'After the pamphlet "What sort of model does it give?" appeared in the town last spring, the council asked him to leave.'
  assert.equal(who(far, 'What sort of model'), '-')
})

test('"said Lavrov as quoted on Russian network RT": words aired by a broadcaster come through it', () => {
  const story = 'The Kremlin has invited 68 world leaders, said Russian Foreign Minister Sergey Lavrov as quoted on Russian network RT.'
  assert.equal(who(story, 'invited 68 world leaders'), 'Sergey Lavrov via RT')
  // (Near miss: "quoted on" a poster, with no "as", names no outlet.)
  const poster = 'The Kremlin has invited 68 world leaders, Lavrov said, quoted on a poster.'
  assert.doesNotMatch(who(poster, 'invited 68 world leaders'), / via /)
})
