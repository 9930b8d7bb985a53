// Relay (`via`) rules of session 13, each shown on made-up text in the manner
// of wire copy, with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a wire sign-off after the last sentence ("... they said. REUTER") makes the agency the writer: "told Reuters" is its own interview', () => {
  // (No dateline: a bare wire dateline and "told Reuters" alone make the copy Reuters' own, session 20, wire-credits.ts.)
  const story = 'OIL FIND IN NORTH SEA\n\nLONDON, June 29 - The field holds about 300 mln barrels, oil analyst Jane Moss told Reuters.\n\n' +
    'The company said drilling would start next year.'
  assert.equal(who(`${story}  REUTER`, 'holds about 300 mln'), 'Jane Moss')
  assert.equal(who(`${story} Reuter`, 'holds about 300 mln'), 'Jane Moss')
  // (With no sign-off, the bare dateline says as much (bare-datelines.ts, session 20); with neither, another site's
  // story relays the agency's interview.)
  assert.equal(who(story, 'holds about 300 mln'), 'Jane Moss')
  const undated = story.replace('LONDON, June 29 - ', '')
  assert.equal(who(undated, 'holds about 300 mln'), 'Jane Moss via Reuters')
  // (A sentence ending in a name is no sign-off: "... , said Smith".)
  assert.equal(who(`${undated} The talks were led by Lee.`, 'holds about 300 mln'), 'Jane Moss via Reuters')
})

test('a story heard from afar: the lede before the agency is named came through it, and so did the agency\'s own report met by a noun', () => {
  const story = 'IRAN REPORTS GAINS IN NORTH\n\nLONDON, March 5 - Iran said its troops took three hills on the northern front.\n\n' +
    'In Washington, State Department officials said they had no word of the fighting.\n\n' +
    'The Iranian news agency IRNA, in a report received in London, said the troops advanced ten km.'
  assert.equal(who(story, 'took three hills'), 'Iran via IRNA')
  // (A speaker met after the lede, before the agency is named, was heard elsewhere.)
  assert.equal(who(story, 'no word of the fighting'), 'State Department officials (anonymous)')
  // (A lede speaker another outlet relays is not the far outlet's.)
  const both = 'GULF WAR FIGHTING GOES ON\n\nLONDON, March 5 - Iraq said its planes hit Iranian positions near Basra.\n\n' +
    'The Iranian news agency IRNA, received in London, quoted a commander as saying Iranian troops advanced.\n\n' +
    'Iraq said its forces held the line, Baghdad radio reported.'
  assert.equal(who(both, 'its planes hit'), 'Iraq')
  assert.equal(who(both.replace(', Baghdad radio reported', ''), 'its planes hit'), 'Iraq via IRNA')
  // (Not heard from afar: the lede is the writer's own.)
  assert.equal(who(story.replace(', in a report received in London,', ''), 'took three hills'), 'Iran')
  const report = 'KHAMENEI WARNS OF UNREST\n\nLONDON, March 15 - President Ali Khamenei warned against dissent, Tehran radio said.\n\n' +
    'A report, monitored by the British Broadcasting Corporation, said he spoke to army officers.\n\n' +
    'Khamenei said the nation must stay united.'
  assert.equal(who(report, 'must stay united'), 'Ali Khamenei via Tehran radio')
  // (Session 25: with no monitoring named, the radio is still the one channel the story knows him through, as the
  // blind labels of lab25-pool and lab28 carry a relayed speaker's later paragraphs; relayed-speakers.ts.)
  assert.equal(who(report.replace(', monitored by the British Broadcasting Corporation,', ''), 'must stay united'), 'Ali Khamenei via Tehran radio')
})

test('"told Pravda preparations had begun": with no "that", a known outlet\'s name ends the one told and the rest is content', () => {
  const own = (s: string) => `MOSCOW, March 16 - Floods were expected in the Donbass.\n\n${s}\n\nThe thaw was due in April. REUTER`
  assert.equal(who(own('V. Martynenko, head of a flood commission, told Pravda preparations had begun for an evacuation.'), 'preparations had begun'), 'V. Martynenko via Pravda')
  assert.equal(who(own('Martynenko told the Communist Party newspaper Pravda preparations had begun.'), 'preparations had begun'), 'Martynenko via Pravda')
  const bid = 'Exchange holds fire on bid\n\nThe German exchange has put its bid on hold. But Deutsche Boerse told news agency Reuters such a move would have to wait until May.'
  assert.equal(who(bid, 'such a move'), 'Deutsche Boerse via Reuters')
  // (A noun that does not open a clause is part of the one told: "told Reuters reporters the talks failed".)
  assert.equal(who(own('Martynenko told Reuters reporters the talks had failed.'), 'the talks had failed'), 'Martynenko')
})

test('a party\'s present-tense stance named afresh in a relayed paragraph ("Russia says ...") takes no relay; a pronoun that says so does', () => {
  const story = (s: string) => 'WASHINGTON (Reuters) - An adviser to the campaign met officials of Russia last year, the New York Times reported on Friday, ' +
    `citing his testimony. The adviser told the committee he had met them briefly, the newspaper said. ${s} The meeting lasted an hour, the Times said.`
  assert.equal(who(story('Russia says it did not interfere in the election.'), 'did not interfere'), 'Russia')
  // (On the day, in the past, the party's words may have come through the report.)
  assert.equal(who(story('Russia said it would look into the report.'), 'look into the report'), 'Russia via New York Times')
  assert.equal(who(story('He says he met them twice.'), 'met them twice'), 'adviser (anonymous) via New York Times')
})

test('"X was quoted in the Herald newspaper saying: ..." relays X\'s words as "quoted in ... as saying" does', () => {
  const text = (s: string) => `Candidate suspended\n\nThe party suspended its candidate on Friday. ${s}`
  assert.equal(who(text('Mr Houston was quoted in the Herald newspaper saying: "I feel the party have over-reacted."'), 'over-reacted'), 'Houston via Herald')
  // (Quoted in a text that is no outlet: his words, with no relay.)
  assert.equal(who(text('Mr Houston was quoted in the minutes saying: "I feel the party have over-reacted."'), 'over-reacted'), 'Houston')
})

test('"according to Chinese state press reports" beside another outlet\'s relay is the press at large, not words that outlet passed on', () => {
  const text = (s: string) => 'Carmaker talks go on\n\nThe Chinese firm wants its money invested, the Financial Times reports. ' +
    `"We are concerned," the newspaper quoted a source close to the firm as saying. ${s}`
  assert.equal(who(text('Meanwhile, according to Chinese state press reports, a rival is in talks to take a stake.'), 'a rival is in talks'), 'Chinese state press reports (anonymous)')
  // (An unnamed source of the paragraph's own still came through the relay.)
  assert.equal(who(text('Meanwhile, a rival is in talks to take a stake, the source said.'), 'a rival is in talks'), 'source close to the firm (anonymous) via Financial Times')
})

test('"The newspaper quoted X as saying" in a later paragraph: the outlet last named, however far back it was named', () => {
  const text = 'Airline may move jobs\n\nThe Australian quoted chief executive Geoff Dixon as saying the carrier could not stay all-Australian.\n\n' +
    'The airline made a record profit last year. The newspaper quoted Dixon as saying costs must fall.'
  assert.equal(who(text, 'costs must fall'), 'Geoff Dixon via The Australian')
  // (The article's own paper quoting is no relay: "The Australian" wrote it.)
  assert.equal(who(`${text}\n\nCopyright 2026 The Australian`, 'costs must fall'), 'Geoff Dixon')
})

test('words from a party\'s own statement end the paragraph\'s relayed run: the speaker after it is heard from the statement', () => {
  const text = (s: string) => 'Airline may move jobs\n\n"We must cut costs," the newspaper The Australian quoted chief executive Geoff Dixon as saying. ' +
    `${s} "We are committed to jobs at home," Mr Dixon said.`
  assert.equal(who(text('In a statement, Qantas said it would grow overseas.'), 'committed to jobs'), 'Geoff Dixon')
  // (Without the statement, Dixon again in the relayed paragraph came through the paper.)
  assert.equal(who(text('Qantas made a record profit last year.'), 'committed to jobs'), 'Geoff Dixon via The Australian')
})
