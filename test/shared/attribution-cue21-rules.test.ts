// Rules of session 21 (h-cue): attributed sentences with no suggestion or
// the wrong relay. Each on made-up text with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

const venueOf = (text: string, words: string) => {
  const at = text.indexOf(words)
  return suggestAttributions(text).find((x) => x.content.start < at + words.length && x.content.end > at)?.venue ?? null
}

test('a piece the speaker wrote for a paper has the paper as venue, not relay', () => {
  const story = 'OSLO, May 3 - Norway joined the pact.\n\n' +
    'In an opinion article published in the Bergen newspaper Vestlandsposten on Monday, Ambassador Ilya Kurbatov said the Norwegians did not understand the risks.\n\n' +
    '"Your ports become targets," he wrote.\n\n' +
    'Trade minister Lars Holm said in a contribution to the Aftenbladet daily that tariffs would stay.\n\n' +
    'Holm told the Stavanger Times in an interview that talks would go on.'
  assert.equal(who(story, 'did not understand the risks'), 'Ilya Kurbatov')
  assert.equal(venueOf(story, 'did not understand the risks'), 'Vestlandsposten')
  assert.equal(who(story, 'Your ports become targets'), 'Ilya Kurbatov')
  assert.equal(who(story, 'tariffs would stay'), 'Lars Holm')
  assert.equal(venueOf(story, 'tariffs would stay'), 'Aftenbladet')
  // (Near miss: remarks a paper published, or an interview given to it, are still relayed by it.)
  const relayed = 'OSLO, May 3 - Norway joined the pact.\n\nHolm said in remarks published in the Aftenbladet daily that tariffs would stay.'
  assert.equal(who(relayed, 'tariffs would stay'), 'Holm via Aftenbladet')
  assert.equal(who(story, 'talks would go on'), 'Lars Holm via Stavanger Times')
})

test('a speaker an agency quoted, met again by name after a source the writer heard directly, speaks directly', () => {
  const story = 'A blackout hit the country on Tuesday. The state-run Kavala News Agency quoted Energy Minister Petar Dimov as saying the cause was unknown. ' +
    'Dimov said he could not rule out sabotage, the Kavala News Agency reported. FlightWatch, which tracks aircraft, tweeted that flights were delayed. ' +
    'The grid operator blamed a faulty line, Kavala News Agency reported. By evening, Dimov said, most power had been restored. ' +
    '"Hospitals have power again," he said.'
  assert.equal(who(story, 'could not rule out sabotage'), 'Petar Dimov via Kavala News Agency')
  assert.equal(who(story, 'most power had been restored'), 'Petar Dimov')
  assert.equal(who(story, 'Hospitals have power again'), 'Petar Dimov')
  // (Near miss: with no one heard directly in between, the agency's run goes on.)
  const run = 'A blackout hit the country on Tuesday. The state-run Kavala News Agency quoted Energy Minister Petar Dimov as saying the cause was unknown. ' +
    'The grid operator blamed a faulty line, Kavala News Agency reported. By evening, Dimov said, most power had been restored.'
  assert.equal(who(run, 'most power had been restored'), 'Petar Dimov via Kavala News Agency')
})

test('a stance put into words with what it is about, and a position made clear, are reports', () => {
  const story = 'Shares fell in Tokyo.\n\nBut other brokers expressed doubt about this view.\n\n' +
    'The visiting delegates expressed admiration and solidarity with the strikers.\n\n' +
    'Central bank governor Anna Lindqvist has often made it clear in the past she opposes such cuts.\n\n' +
    'The minister made it plain that no deal was near.'
  assert.equal(who(story, 'doubt about this view'), 'brokers (anonymous)')
  assert.notEqual(who(story, 'solidarity with the strikers'), '-')
  assert.equal(who(story, 'she opposes such cuts'), 'Anna Lindqvist')
  assert.notEqual(who(story, 'no deal was near'), '-')
  // (Near misses: no stance named, a thing made clear by no speaker, a negated one.)
  const misses = 'Shares fell in Tokyo.\n\nThe firm expressed its goods by air to Osaka.\n\n' +
    'The rain made it clear the roads were closed.\n\nThe bank did not make it clear whether rates would rise.'
  assert.equal(who(misses, 'goods by air'), '-')
  assert.equal(who(misses, 'the roads were closed'), '-')
  assert.equal(who(misses, 'whether rates would rise'), '-')
})

test('a connective between the subject and its verb leaves the subject the speaker of a participle', () => {
  const story = 'Sales of the Corolla rose.\n\nMazda Motor said exports fell. It nonetheless raised its full-year profit forecast to 2 trillion yen, citing a weaker yen.'
  assert.equal(who(story, 'citing a weaker yen'), 'Mazda Motor')
  // (Near miss: a connective before a verb with no report after it.)
  const miss = 'Sales of the Corolla rose.\n\nMazda Motor said exports fell. It nonetheless raised its forecast to 2 trillion yen.'
  assert.equal(who(miss, 'raised its forecast'), '-')
})

test('an amount in millions ends its sentence before a capitalised word; an expectation with "that" reports', () => {
  const story = 'Insurers counted the cost.\n\n"It is too early," said Hans Meier of Rhine Re. He anticipated that claims would be lower than last year, which the firm put at $640m. ' +
    'Helvetia, a Swiss insurer, said it did not know its exposure. Costs rose to £2.6bn. The rest was unclear.'
  assert.equal(who(story, 'claims would be lower'), 'Hans Meier')
  assert.equal(who(story, 'did not know its exposure'), 'Helvetia')
  // (Near misses: an anticipated thing with no content, an amount with no sentence after it.)
  assert.equal(who(story, 'The rest was unclear'), '-')
  assert.equal(who('Markets fell.\n\nThe firm anticipated the move and sold early.', 'the move'), '-')
})

test('a printed statement runs on past its issuer\'s own first-person frame inside it', () => {
  const story = 'Press Statement of Director Pak Sol Hui\n\nPyongyang, May 9 (KCNA) -- Pak Sol Hui, director of the Foreign Ministry department, issued the following press statement on Friday:\n\n' +
    'The puppets keep sending rubbish across the border.\n\nToday, I will set out our stand as follows:\n\n' +
    '"Our patience has a limit."\n\nThey should stop at once.\n\nWe make it known that we will answer in kind.'
  assert.equal(who(story, 'rubbish across the border'), 'Pak Sol Hui')
  assert.equal(who(story, 'set out our stand'), 'Pak Sol Hui')
  assert.equal(who(story, 'Our patience has a limit'), 'Pak Sol Hui')
  assert.equal(who(story, 'They should stop at once'), 'Pak Sol Hui')
  // (Near miss: the writer's own frame in the third person after a reported speech is another's.)
  const report = 'Pyongyang, May 9 (KCNA) -- Pak Sol Hui said in a speech on Friday:\n\nThe puppets keep sending rubbish.\n\nThe meeting then adopted the following resolution:\n\nTrade will be cut.'
  assert.notEqual(who(report, 'Trade will be cut'), 'Pak Sol Hui')
})

test('a reporting participle joined by "and" to one a comma set off reports for the clause\'s subject', () => {
  const story = 'The capital fell.\n\nPresident Omar Saleh was held in the palace, but Saleh escaped last month, fleeing to the coast and declaring himself still in charge.'
  assert.equal(who(story, 'himself still in charge'), 'Omar Saleh')
  // (Near misses: acts joined so, and a participle joined to a verb no comma set off.)
  const acts = 'The capital fell.\n\nThe rebels took the city, looting shops and burning cars.\n\nThe guards kept watching and waiting.'
  assert.equal(who(acts, 'burning cars'), '-')
  assert.equal(who(acts, 'waiting'), '-')
})
