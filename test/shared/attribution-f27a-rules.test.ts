// Rules of session 25 (h-f27a), relays and state media: an unnamed group of
// outlets as a relay, a hyphenated participle kept in an unnamed group's
// name, a speech act an outlet's clause reports without a verb of saying,
// and a lede's role named further down by an apposition. Each on made-up
// text with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'

test('"Latvian news agencies quoted port sources as saying": unnamed agencies relay, as unnamed media do', () => {
  const story = 'Port shut\n\nLatvian news agencies quoted port sources as saying the terminal had been closed by a fire.'
  assert.equal(who(story, 'terminal had been closed'), 'port sources (anonymous) via Latvian news agencies (unnamed)')
  // (Near miss: agencies of a government are no press; they speak for themselves.)
  assert.equal(who('Port shut\n\nFederal agencies said the terminal had been closed by a fire.', 'terminal had been closed'), 'Federal agencies (anonymous)')
})

test('"state-run media reported": the hyphenated participle stays in the unnamed group\'s name', () => {
  const story = 'Leader vows\n\nGeneral Tomas Adler vowed that the dam would be finished "without delay", state-run media reported on Friday.'
  assert.equal(who(story, 'dam would be finished'), 'Tomas Adler via state-run media (unnamed)')
  // (Near miss: "-based" only places a speaker; the firm is still the company named before.)
  const firm = 'Orvane cuts jobs\n\nOrvane Foods cut its forecast on Monday.\n\nThe Boise-based company also said it will close two plants.'
  assert.equal(who(firm, 'close two plants'), 'Orvane Foods')
})

test('"the agency said Adler addressed \\"...\\"": a verb with a quotation for object is the subject\'s speech, relayed', () => {
  const story = 'Adler speaks\n\nGeneral Tomas Adler toured the dam site on Friday.\n\n' +
    'On Saturday, the Meridian news agency said Adler addressed "the gravest threat the republic has faced" in a speech.'
  assert.equal(who(story, 'gravest threat'), 'Tomas Adler via Meridian')
  // (Near miss: with no quotation, addressing a rally is an event the agency reports.)
  const event = story.replace('"the gravest threat the republic has faced" in a speech', 'a rally in the capital')
  assert.equal(who(event, 'rally in the capital'), 'Meridian')
})

test('"the region\'s governor said" named paragraphs later as "X, the ... governor of ...": the role is that person', () => {
  const story = 'Flood kills four, regional head says\n\n' +
    'A flood on Monday killed four people in the north of Varnia, the region\'s Moscow-appointed governor said.\n\n' +
    'Another official said the dam had not been inspected.\n\n' +
    'The victims included two children, according to Pavel Orlin, the Moscow-appointed governor of Varnia region.'
  assert.equal(who(story, 'killed four people'), 'Pavel Orlin')
  assert.equal(who(story, 'Flood kills four'), 'Pavel Orlin')
  // (Near miss: a person named later with another office is not the governor.)
  const other = story.replace('the Moscow-appointed governor of Varnia region', 'a hydrologist at Varnia university')
  assert.equal(who(other, 'killed four people'), 'governor (anonymous)')
})

test('"Nikkei said that the company \\"expects ...\\"": a quotation opening on the subject\'s verb is the subject\'s, relayed', () => {
  const story = 'Orvane cuts\n\nOrvane Foods cut its forecast on Monday.\n\nThe Nikkei said late Tuesday that the company "expects demand to stay weak for a year".'
  assert.equal(who(story, 'expects demand'), 'Orvane Foods via Nikkei')
  // (Near miss: a quoted phrase that is no verb of the subject's is the outlet's wording.)
  const phrase = story.replace('the company "expects demand to stay weak for a year"', 'the "weak demand" would last a year')
  assert.equal(who(phrase, 'would last a year'), 'Nikkei')
})

test('"people familiar with X circulating within Y": what the group knows is read to its end, a time is not', () => {
  const story = 'Talks stall\n\nTalks stalled on Monday, according to people familiar with classified cables circulating within the Dutch government.'
  assert.equal(who(story, 'Talks stalled on Monday'), 'people familiar with classified cables circulating within the Dutch government (anonymous)')
  const between = 'Talks stall\n\nTalks stalled, according to people familiar with contacts between the ministry and union leaders.'
  assert.equal(who(between, 'Talks stalled,'), 'people familiar with contacts between the ministry and union leaders (anonymous)')
  // (Near miss: a time after the topic ends the name.)
  assert.equal(who('Talks stall\n\nTalks stalled, according to people familiar with the talks on Monday.', 'Talks stalled,'), 'people familiar with the talks (anonymous)')
})

// As who(), for an article its publisher wrote.
function whoIn(text: string, words: string, publisher: string): string {
  const at = text.indexOf(words)
  const s = suggestAttributions(text, { publisher }).find((x) => x.content.start < at + words.length && x.content.end > at)
  return s ? `${s.source}${s.via ? ` via ${s.via}` : ''}` : '-'
}

test('"..., Caspian.Az reports, citing Reuters": a person first met in the story the writer took from a wire speaks through it after', () => {
  const story = 'Adler tours dam\n\nThe dam was finished on Monday, state media reported.\n\n' +
    'General Tomas Adler said on Sunday that the dam showed the strength of the republic, Caspian.Az reports, citing Reuters.\n\n' +
    'Adler expressed "great satisfaction" with the work. He said the next dam would be built within a year.'
  assert.equal(whoIn(story, 'great satisfaction', 'Caspian.Az'), 'Tomas Adler via Reuters')
  assert.equal(whoIn(story, 'next dam', 'Caspian.Az'), 'Tomas Adler via Reuters')
  // (Reuters reporting him itself gives the same: his words are known only through it, relayed-speakers.ts.)
  const other = story.replace('Caspian.Az reports, citing Reuters', 'Reuters reported')
  assert.equal(whoIn(other, 'great satisfaction', 'Caspian.Az'), 'Tomas Adler via Reuters')
  // (Near miss: he spoke to reporters later, so the writer could hear him; those words come without a relay.)
  const heard = story.replace('He said the next dam', 'He told reporters the next dam')
  assert.equal(whoIn(heard, 'next dam', 'Caspian.Az'), 'Tomas Adler')
})
