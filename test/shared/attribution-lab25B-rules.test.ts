// Rules of session 25 (h-attr-b), from a blind set of wire and politics news
// with anonymous officials and relays: joint wire datelines, a prime
// minister's "PM", a network named with its medium, programmes named by
// their title, and interviews set off by a time. Each on made-up text with a
// near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'

// The suggestion whose cue stands in the sentence holding `words`: "source", "source via relay" or "-".
function said(text: string, words: string, publisher?: string): string {
  const at = text.indexOf(words)
  assert.ok(at >= 0, `not in the text: ${words}`)
  const start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('. ', at)) + 1
  const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)
  const s = suggestAttributions(text, publisher ? { publisher } : {}).find((x) => x.cue.start >= start && x.cue.end <= end)
  return s ? `${s.source}${s.via ? ` via ${s.via}` : ''}${s.venue ? ` at ${s.venue}` : ''}` : '-'
}

test('a joint wire dateline, "(Reuters/AFP) -", makes "told Reuters" the writer\'s own interview', () => {
  const story = 'Plan to strike port dropped\n\nWASHINGTON (Reuters/AFP) - The president dropped a plan to strike the port, two US officials told Reuters on Sunday.'
  assert.equal(said(story, 'dropped a plan', 'Harbour Daily'), 'US officials (anonymous) at Reuters')
  // (Near miss: under AFP's own dateline, Reuters is another outlet the story relays.)
  const afp = 'Plan to strike port dropped\n\nWASHINGTON (AFP) - The president dropped a plan to strike the port, two US officials told Reuters on Sunday.'
  assert.equal(said(afp, 'dropped a plan', 'Harbour Daily'), 'US officials (anonymous) via Reuters at Reuters')
})

test('"PM Netanyahu says": a prime minister\'s abbreviated title is no part of his name', () => {
  const story = 'Deal is near, PM Netanyahu says\n\nIsraeli Prime Minister Benjamin Netanyahu said on Tuesday that a deal was near.'
  assert.equal(said(story, 'Deal is near'), 'Benjamin Netanyahu')
  // (Near miss: an hour's "PM" before a comma names no one.)
  const hour = 'Polls closed\n\nThe polls closed at 8 PM, election official Dana Whitfield said.'
  assert.equal(said(hour, 'The polls closed at 8'), 'Dana Whitfield')
})

test('"told Al Jazeera TV": a listed network named with its medium is the network', () => {
  const story = 'Talks resume\n\nCAIRO (Reuters) - Talks resumed on Monday. A Hamas official told Al Jazeera TV that the talks centred on aid.'
  assert.equal(said(story, 'centred on aid'), 'Hamas official (anonymous) via Al Jazeera at Al Jazeera')
  // (Near miss: an outlet no list knows keeps its medium: "Harbour TV" is not "Harbour".)
  const local = 'Talks resume\n\nCAIRO (Reuters) - Talks resumed on Monday. A Hamas official told Harbour TV that the talks centred on aid.'
  assert.equal(said(local, 'centred on aid'), 'Hamas official (anonymous) via Harbour TV at Harbour TV')
})

test('"Speaking on ABC\'s “This Week”": a programme named by its quoted title is the outlet\'s, and the relay', () => {
  const story = 'Leaks held back\n\nSpeaking on ABC’s “This Week” on Sunday, Rubio said the mission was kept quiet.'
  assert.equal(said(story, 'kept quiet', 'Associated Press'), 'Rubio via ABC News at ABC News')
  // (Near miss: a person's quoted title is no outlet's programme.)
  const person = 'Leaks held back\n\nSpeaking on Harlow’s “Morning Notes” on Sunday, Rubio said the mission was kept quiet.'
  assert.equal(said(person, 'kept quiet', 'Associated Press'), 'Rubio')
})

test('"in an interview on Sunday with Fox News Channel\'s “Special Report,” said": a time and a title inside the aside', () => {
  const story = 'Report denied\n\nWhen asked about the report, Netanyahu, in an interview on Sunday with Fox News Channel\'s "Special Report With Bret Baier," said: "There are so many false reports."'
  assert.equal(said(story, 'When asked', 'Reuters'), 'Netanyahu via Fox News at Fox News')
  const plain = 'Report denied\n\nNetanyahu said in an interview last week with Fox News that there were many false reports.'
  assert.equal(said(plain, 'false reports', 'Reuters'), 'Netanyahu via Fox News at Fox News')
  // (Near miss: an interview on Sunday with people who are no outlet is no venue.)
  const aides = 'Report denied\n\nNetanyahu said in an interview on Sunday with his aides that there were many false reports.'
  assert.equal(said(aides, 'false reports', 'Reuters'), 'Netanyahu')
})

test('"said one of the sources, a senior US administration official": the group after "one of", and the appositive that describes the one', () => {
  const story = 'Plan vetoed\n\nThe president vetoed the plan, two US officials said.\n\n' +
    '"We are not even talking about it," said one of the sources, a senior US administration official.\n\n' +
    '"We are waiting," said one of the officials.'
  assert.equal(said(story, 'not even talking'), 'senior US administration official (anonymous)')
  assert.equal(said(story, 'We are waiting'), 'US officials (anonymous)')
  // (Near miss: an appositive with a clause of its own is not taken whole; the group still speaks.)
  const clause = 'Plan vetoed\n\n"We are not even talking about it," said one of the sources, a senior official who was in the room.'
  assert.equal(said(clause, 'not even talking'), 'sources (anonymous)')
})

test('"Danny Danon, in a post to X called": the platform the words were posted to is no subject', () => {
  const story = 'Shooting condemned\n\nIsrael\'s Ambassador to the UN, Danny Danon, in a post to X called the shooting "a depraved act".'
  assert.equal(said(story, 'depraved act', 'Axios'), 'Danny Danon')
  // (Near miss: a name after "to" that is no post's platform stays where the subject walk finds it.)
  const wrote = 'Shooting condemned\n\nThe letter to Congress called the shooting "a depraved act".'
  assert.notEqual(said(wrote, 'depraved act', 'Axios'), 'Danny Danon')
})

test('"was confirmed by Congress": a legislature confirms an appointment, and the sentence\'s own cue speaks', () => {
  const story = 'Plotter held\n\nPakistan detained a commander, according to two U.S. officials familiar with the issue.\n\n' +
    'After John Ratcliffe was confirmed by Congress in January, the president told him to find the plotters, the U.S. officials said.'
  assert.equal(said(story, 'After John Ratcliffe'), 'U.S. officials familiar with the issue (anonymous)')
  // (Near miss: a committee that confirms figures confirms what was said.)
  const figures = 'Budget gap\n\nThe figures were confirmed by the House Budget Committee.'
  assert.equal(said(figures, 'The figures'), 'House Budget Committee')
})

test('"the U.S. officials said" after "a second U.S. official": the plural with its description is the group', () => {
  const story = 'Plotter held\n\nPakistan detained a commander, according to two U.S. officials familiar with the issue.\n\n' +
    'One U.S. official said he was extradited.\n\nA second U.S. official claimed he was the mastermind.\n\n' +
    'The president told the CIA to find him, the U.S. officials said.'
  assert.equal(said(story, 'told the CIA'), 'U.S. officials familiar with the issue (anonymous)')
  // (Near miss: the singular is the second official, met last.)
  const one = story.replace('the U.S. officials said', 'the U.S. official said')
  assert.equal(said(one, 'told the CIA'), 'U.S. official #2 (anonymous)')
})

test('a write-up of another outlet\'s report ("Harbour Times: ...", "according to the Harbour Times"): its unnamed sources come through it', () => {
  const story = 'Harbour Times: the port plan has been shelved\n\nThe city has shelved its port plan, according to the Harbour Times.\n\n' +
    'According to three officials, the work stopped in May.\n\nMayor Dana Whitfield said in March that the plan was sound.'
  assert.equal(said(story, 'the work stopped', 'Nordic Wire'), 'officials (anonymous) via Harbour Times')
  // (A named speaker may have spoken in public: no relay is given.)
  assert.equal(said(story, 'the plan was sound', 'Nordic Wire'), 'Dana Whitfield')
  // (Near miss: a lede that does not name the outlet again leaves the story the writer's own.)
  const own = 'Harbour Times: the port plan has been shelved\n\nThe city has shelved its port plan.\n\nAccording to three officials, the work stopped in May.'
  assert.equal(said(own, 'the work stopped', 'Nordic Wire'), 'officials (anonymous)')
})

test('"held by Hamas for Palestinian prisoners": "for" before an adjective of a common noun joins no name', () => {
  const story = 'Truce near\n\nTalks centred on the exchange of hostages held by Hamas for Palestinian prisoners in Israel.\n\nHamas said it was close to a deal.'
  assert.equal(said(story, 'close to a deal', 'Reuters'), 'Hamas')
  // (Near miss: a body named with "for" before capitalised words keeps its whole name.)
  const office = 'Prices rise\n\nThe Office for National Statistics said prices rose.'
  assert.equal(said(office, 'prices rose', 'Reuters'), 'Office for National Statistics')
})

test('"Ric Grenell, who\'d announced": a contracted "had" stands between the subject and the verb', () => {
  const story = 'Deal killed\n\nThe decision marked a reversal of the envoy, Ric Grenell, who\'d announced the day before that the license would be extended.'
  assert.equal(said(story, 'license would be extended', 'Axios'), 'Ric Grenell')
  // (Near miss: the uncontracted form reads the same.)
  assert.equal(said(story.replace('who\'d', 'who had'), 'license would be extended', 'Axios'), 'Ric Grenell')
})

test('"Semafor, citing “people familiar with ...,” reported": cited sources in quotation marks, and the outlet that cites them', () => {
  const story = 'Raid held back\n\nSemafor, citing “people familiar with the talks,” reported that the Tribune had learned of the raid.'
  assert.equal(said(story, 'had learned of the raid', 'Associated Press'), 'people familiar with the talks (anonymous) via Semafor')
  // (Near miss: a quoted reason after "citing" is no source: the clause's subject gave it.)
  const reason = 'Rates cut\n\nThe Harbour Bank cut rates on Monday, citing “weak demand”.'
  assert.equal(said(reason, 'cut rates', 'Associated Press'), 'Harbour Bank')
})
