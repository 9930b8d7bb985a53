// Session 23's faster readings must give what they replace: a name's words
// split at the one space fold() leaves between them (for a /\s+/ pattern),
// the outlets a sentence names found from the text's own capital index cut
// to the sentence (for an index of each sentence's copy), and a country's or
// a body's officer looked for only in words that open as one can and hold
// an "of" (a dateline, a weekday only where they can be). Each answer here
// is what the replaced code gave on the same input.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fold } from '../../shared/attribution/fold.ts'
import { shortFormOf } from '../../shared/attribution/name-forms.ts'
import { who } from '../helpers/who-said.ts'
import { countryOfficer } from '../../shared/attribution/country-officers.ts'

// Names with every kind of blank fold() collapses, at the ends and doubled, with accents and marks beside them.
const NAMES = ['Donald J. Trump', 'Donald  J.\tTrump', ' Trump ', 'Trump', 'the Donald\u00a0Trump', 'J.\u2003Trump', 'Lord\nBaker',
  'Kenneth Baker', 'Recep \u0301 Erdoğan', 'Erdoğan', 'Mo’s  Place', '', ' ', 'The', 'the  Times', 'A. B. C.', '\u3000Wang\u2028Yi\u3000']

test('a folded name splits into the same words at its spaces as at any run of blanks', () => {
  for (const name of NAMES) assert.deepEqual(fold(name).split(' '), fold(name).split(/\s+/), JSON.stringify(name))
})

test('a short form is read in the long name whatever blanks either is written with', () => {
  // The words as the replaced code read them: folded, split at any blanks, initials without their dots.
  const words = (name: string) => fold(name).split(/\s+/).map((w) => w.replace(/\.$/, ''))
  const inOrder = (s: string[], l: string[]) => { let at = 0; for (const w of l) if (at < s.length && w === s[at]) at++; return at === s.length }
  const honour = /^(?:lord|lady|sir|dame|baroness|baron)$/
  const reference = (short: string, long: string) => {
    const s = words(short)
    return inOrder(s.length === 2 && honour.test(s[0]!) ? s.slice(1) : s, words(long))
  }
  let held = 0
  for (const short of NAMES) {
    for (const long of NAMES) {
      assert.equal(shortFormOf(short, long), reference(short, long), `${JSON.stringify(short)} in ${JSON.stringify(long)}`)
      if (reference(short, long)) held++
    }
  }
  // (Not vacuous: many pairs are forms of one name, "Lord\nBaker" of "Kenneth Baker" among them.)
  assert.ok(held > NAMES.length)
  assert.equal(shortFormOf('Lord\nBaker', 'Kenneth Baker'), true)
  assert.equal(shortFormOf('J.\u2003Trump', 'Donald  J.\tTrump'), true)
})

// Well over the length at which capital-index.ts keeps a text's index (2,048 characters).
const FILLER = 'The ferry line was sold in May and the new owners kept the old timetable for the summer. '.repeat(40)

test('"told the outlet" finds the outlet last named the same in a short text and deep in a long one', () => {
  const story = 'Ferry owner Lars Dahl is unhappy with his partner, according to a new report by E! News.\n\n' +
    '"He is frustrated," an insider told the outlet on Monday. "He does not run the company."\n\n' +
    'The talks have stalled, the source further claimed to the outlet.'
  // An outlet whose name the sentence splitter may cut ("E!" | "News"), after a capital outside the first plane.
  const cut = 'The plan was first reported by 𝐀𝐁 E! News. It was confirmed on Monday.\n\n"It is over," a friend told the outlet.'
  for (const before of ['', `${FILLER}\n\n`]) {
    assert.equal(who(before + story, 'He is frustrated'), 'insider (anonymous) via E! News')
    assert.equal(who(before + story, 'He does not run'), 'insider (anonymous) via E! News')
    assert.equal(who(before + story, 'The talks have stalled'), 'source (anonymous) via E! News')
    assert.equal(who(before + cut, 'It is over'), 'friend (anonymous) via 𝐀𝐁 E! News')
  }
})

test('a country\'s officer is read from words opening on "the", "a", "an" or "one", in either case, and no others', () => {
  const read = {
    'a military commentator of the DPRK': 'DPRK military commentator (anonymous)',
    'A military commentator of the DPRK': 'DPRK military commentator (anonymous)',
    'an official of Japan': 'Japanese official (anonymous)',
    'An official of Japan, on Monday': 'Japanese official (anonymous)',
    'The spokesman of Japan': 'Japanese spokesman (anonymous)',
    'one analyst of Japan': 'Japanese analyst (anonymous)',
    'One\tanalyst\nof Japan': 'Japanese analyst (anonymous)',
  }
  for (const [words, name] of Object.entries(read)) assert.equal(countryOfficer(words), name, words)
  // Openings the pattern never matched: another word, no blank after the article, a capital outside ASCII, a mark.
  for (const words of ['Then official of Japan', 'Thea official of Japan', 'Theofficial of Japan', 'Ä official of Japan', '"An official of Japan',
    'Another official of Japan', 'On official of Japan', 'official of Japan', '', 'A', 'İhe official of Japan', '𝐀 official of Japan']) {
    assert.equal(countryOfficer(words), null, words)
  }
})

test('a body\'s or a country\'s officer is read after a dateline, before a weekday, with any blanks around "of"', () => {
  const said = (subject: string) => who(`${subject} said the talks would resume.`, 'the talks would')
  assert.equal(said("The chairman of the Central Committee of the Workers' Party on Monday"), "Workers' Party Central Committee chairman (anonymous)")
  assert.equal(said("The chairman\tof\tthe Central Committee of the Workers' Party"), "Workers' Party Central Committee chairman (anonymous)")
  assert.equal(said('Seoul -- A military commentator of the DPRK on Sunday'), 'DPRK military commentator (anonymous)')
  assert.equal(said('An official of Japan'), 'Japanese official (anonymous)')
  assert.equal(said('The head of the Ministry'), 'Ministry head (anonymous)')
})
