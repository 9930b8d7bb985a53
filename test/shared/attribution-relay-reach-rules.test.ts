// Relays (GUIDE 5, 6) read from the misses on real news (session 9): an
// outlet that got hold of a text, an outlet's reporter as the venue, and how
// far a relay reaches. Made-up sentences in the shape of the real ones.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

const venueOf = (text: string, words: string) => {
  const at = text.indexOf(words)
  return suggestAttributions(text).find((x) => x.content.start < at + words.length && x.content.end > at)?.venue ?? '-'
}

test('"according to a transcript reviewed by X": X relays the testimony, also in later paragraphs that name the speaker', () => {
  const text = 'The chief executive testified on Tuesday in a lawsuit over the deals.\n\n' +
    'Trust comes first, Dana Holt said at the hearing. Deals take years, she said according to a transcript reviewed by the Harbor Gazette.\n\n' +
    'Holt said the firm paid less than the asking price.'
  assert.equal(who(text, 'Deals take years'), 'Dana Holt via Harbor Gazette')
  assert.equal(who(text, 'Trust comes first'), 'Dana Holt via Harbor Gazette')
  assert.equal(who(text, 'paid less than'), 'Dana Holt via Harbor Gazette')
})

test('"obtained by X" and "which was reviewed by X" after a text: X relays what the text says', () => {
  const memo = 'The memo, which was obtained by the Harbor Gazette, claimed that the plant would close in May.'
  assert.match(who(memo, 'the plant would close'), / via Harbor Gazette$/)
  const letter = 'In a letter to staff obtained by the Harbor Gazette, chief executive Dana Holt said the plant would close in May.'
  assert.equal(who(letter, 'the plant would close'), 'Dana Holt via Harbor Gazette')
  // An outlet holding a text is no speaker of it: with no speaker's cue, nothing.
  assert.equal(who('In a recording obtained by the Harbor Gazette, the plant can be heard closing.', 'the plant can be heard'), '-')
})

test('a text an outlet got hold of is the story\'s own scoop when its sources speak to that outlet directly, by name or initials', () => {
  const email = '"We must cut costs," Dana Holt said in an email, which was obtained by the Harbor Gazette.'
  assert.equal(who(email, 'We must cut costs'), 'Dana Holt via Harbor Gazette')
  assert.equal(who(`The bank will cut jobs, a person familiar with the matter told HG.\n\n${email}`, 'We must cut costs'), 'Dana Holt')
  assert.equal(who(`The bank will cut jobs, a person familiar with the matter told the Harbor Gazette.\n\n${email}`, 'We must cut costs'), 'Dana Holt')
  // "Seen by" is an outlet's own idiom: it relays only an outlet the story relays elsewhere.
  assert.equal(who('"We must cut costs," Dana Holt said in an email seen by the Harbor Gazette.', 'We must cut costs'), 'Dana Holt')
})

test('"told the FT\'s Anna Lind", "told Harbor Gazette editor Kara Lind": the reporter\'s outlet is the venue, and another outlet\'s (the relay)', () => {
  const ft = '"The pace is far too slow," Finance Minister Ola Berg told the FT’s Anna Lind in an interview published Sunday.'
  assert.equal(who(ft, 'The pace is'), 'Ola Berg via Financial Times')
  const editor = 'On Monday, chief executive Dana Holt told Harbor Gazette editor Kara Lind at a conference that the rules were fair.'
  assert.equal(who(editor, 'the rules were fair'), 'Dana Holt via Harbor Gazette')
  // A person's own aide is no reporter: "told Berg's adviser" names no outlet.
  assert.equal(venueOf('Dana Holt told Berg’s adviser Kara Lind that the rules were fair.', 'the rules were fair'), '-')
})

test('"told the Gazette" after "the Harbor Gazette" was named: the one-word masthead is the venue, by its fuller name', () => {
  const text = 'The Harbor Gazette first reported the closure in May.\n\nLater, Dana Holt told the Gazette that the plant would reopen.'
  assert.equal(venueOf(text, 'the plant would reopen'), 'Harbor Gazette')
  assert.equal(venueOf('Later, Dana Holt told the Gazette that the plant would reopen.', 'the plant would reopen'), '-')
})

test('"X first reported", "initially said": the outlet that broke the news is the source; the adverb is no part of the subject', () => {
  assert.equal(who('The Harbor Gazette first reported the talks had stalled.', 'the talks had stalled'), 'Harbor Gazette')
  assert.equal(who('The talks had stalled, Bloomberg first reported.', 'The talks had stalled'), 'Bloomberg')
  assert.equal(who('When Ola Berg first announced the plan in May, he said the talks had stalled.', 'the talks had stalled'), 'Ola Berg')
})

test('"Dana Holt, a senior analyst at Norsk Gas, the state-owned firm, told": the employer\'s appositive sits inside the speaker\'s', () => {
  const text = 'Dana Holt, a senior analyst at Norsk Gas, the state-owned gas company, told the Harbor Gazette that prices would rise.'
  assert.match(who(text, 'prices would rise'), /^Dana Holt/)
  // One appositive only: the body before it speaks.
  assert.equal(who('Norsk Gas, the state-owned gas company, said prices would rise.', 'prices would rise'), 'Norsk Gas')
})

test('"Holt said ..., after the Harbor Gazette reported ...": an outlet\'s report inside the speaker\'s time clause is no relay of her words', () => {
  const text = 'Dana Holt said she raised the delay in August, after the Harbor Gazette reported the aid had been paused.'
  assert.equal(who(text, 'she raised the delay'), 'Dana Holt')
  // The outlet opening the clause with no speaker before it still reports: "Shares fell after Bloomberg reported ...".
  assert.equal(who('Shares fell after Bloomberg reported that the deal had collapsed.', 'the deal had collapsed'), 'Bloomberg')
})

test('an outlet named once as where a speaker spoke, which the story relays elsewhere ("told the paper"), is another outlet: the relay', () => {
  const text = 'In an interview with the Harbor Times, Ola Berg said the plant would reopen.\n\n"We will hire again," Berg told the paper.'
  assert.equal(who(text, 'the plant would reopen'), 'Ola Berg via Harbor Times')
})

test('"Hall of the Washington Post reported": a named reporter of an outlet speaks as a person, not the outlet', () => {
  const text = 'John Hall of the Washington Post reported that the talks had stalled.'
  assert.equal(who(text, 'the talks had stalled'), 'John Hall')
  // A body's name with "of" stays the body: "the Bank of England said".
  assert.equal(who('The Bank of England said rates would hold.', 'rates would hold'), 'Bank of England')
})

test('"a source said" and, in the next paragraph, "the source ... told Reuters": the unnamed source\'s first words came through the outlet too', () => {
  const text = 'Ola Berg and his wife are under house arrest at the compound, a source said.\n\n' +
    'The ministers fled to the compound after their homes were attacked, the source, who said he had spoken to people inside, told Reuters.'
  assert.equal(who(text, 'under house arrest'), 'source (anonymous) via Reuters')
  // A named speaker's earlier words may have been heard directly: no relay carried back.
  const named = 'Ola Berg said the talks had stalled.\n\nThe ministers fled to the compound, Berg told Reuters.'
  assert.equal(who(named, 'the talks had stalled'), 'Ola Berg')
})

test('"Another expert, Ahn Chan-il of the World Institute, told Reuters": the name in apposition before "of" its employer speaks', () => {
  const text = 'Another expert, Ahn Chan-il of the Seoul Institute for Peace Studies, told Reuters that the range had grown. He said a test was likely.'
  assert.equal(who(text, 'the range had grown'), 'Ahn Chan-il via Reuters')
  assert.equal(who(text, 'a test was likely'), 'Ahn Chan-il via Reuters')
})

test('"... after Kim inspected a factory and called for ..., according to KCNA": the clause\'s named subject shares "and called for", relayed', () => {
  const text = 'The launch came a day after leader Ola Berg inspected a factory and called for more missiles, according to the Korean Central News Agency.'
  assert.equal(who(text, 'more missiles'), 'Ola Berg via KCNA')
  // An unnamed subject of the clause leaves the sentence's own: "Valtronix cut ... after sales fell and said".
  assert.equal(who('Valtronix cut its forecast after sales fell and said demand would recover.', 'demand would recover'), 'Valtronix')
})
