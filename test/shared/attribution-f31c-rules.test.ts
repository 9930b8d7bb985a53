// Role nouns resolved to the right party (session 26, h-f31c): a staff noun
// behind a possessive role noun is the owner's staff member, not the owner;
// an unnamed role in the lede is the person the story names later as the
// one who said it. Each shape with a near miss it must leave alone, on
// made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

const OWNED = 'Minister flags account breach\n\n' +
  'Trade Minister Alina Veskova said on Monday that her social media account had been used without her consent.\n\n' +
  'Responding to questions, the minister\'s press secretary confirmed that a complaint had been filed with the platform. "The platform is looking into it," the press secretary said.\n\n' +
  'The minister said she had changed her password.'

test('"the minister\'s press secretary" is the minister\'s unnamed secretary, not the minister', () => {
  assert.equal(who(OWNED, 'a complaint had been filed'), 'Alina Veskova press secretary (anonymous)')
  // "the press secretary" after it is the same secretary.
  assert.equal(who(OWNED, 'looking into it'), 'Alina Veskova press secretary (anonymous)')
  // Near miss: "the minister" alone is still the minister.
  assert.equal(who(OWNED, 'changed her password'), 'Alina Veskova')
  // Near miss: a possessive owner that is a name is read as before ("Veskova's spokesman").
  const named = OWNED.replace('the minister\'s press secretary confirmed', 'Veskova\'s spokesman confirmed')
  assert.equal(who(named, 'a complaint had been filed'), 'Alina Veskova spokesman (anonymous)')
})

test('"the company\'s spokesman" is the company\'s unnamed spokesman', () => {
  const text = 'Harlow Mining cut its forecast on Tuesday, citing lower copper prices.\n\n' +
    'The company\'s spokesman said the mine would stay open through the winter.'
  assert.equal(who(text, 'stay open through the winter'), 'Harlow Mining spokesman (anonymous)')
})

const ECHO = 'Moscow says grain talks are going well\n\n' +
  'A Kremlin envoy says grain talks with Ankara are proceeding “constructively” in Istanbul, while officials there said they were slow.\n\n' +
  'The talks resumed on Friday after a pause of two months.\n\n' +
  '“The discussions are proceeding constructively and will continue tomorrow,” Oleg Varnavin told reporters in Istanbul on Saturday.'

test('an envoy in the lede whose quoted word comes back in a named person\'s quote below is that person', () => {
  assert.equal(who(ECHO, 'grain talks with Ankara'), 'Oleg Varnavin')
  // Near miss: a quote below that does not echo the lede's leaves the envoy unnamed.
  const other = ECHO.replace('The discussions are proceeding constructively and will continue tomorrow', 'We will meet again tomorrow')
  assert.equal(who(other, 'grain talks with Ankara'), 'Kremlin envoy (anonymous)')
  // Near miss: a source who asked not to be named is never named for him.
  const hidden = ECHO.replace('A Kremlin envoy says', 'A Kremlin envoy, who asked not to be named, says')
  assert.equal(who(hidden, 'grain talks with Ankara'), 'Kremlin envoy (anonymous)')
})

test('a capital\'s top diplomat in the lede is the person whose quote below repeats the lede\'s words', () => {
  const text = 'Seoul sees "new momentum" in talks\n\n' +
    'SEOUL, May 3 (AFP) Seoul\'s top diplomat on Tuesday told his counterpart he sees "new momentum" in relations.\n\n' +
    'The two sides have not met in a year.\n\n' +
    '"There is new momentum in our relations," South Korea\'s Park Min-jun said in a phone call.'
  assert.equal(who(text, 'told his counterpart'), 'Park Min-jun')
  // Near miss: a person's possessive is no place ("Park's top diplomat" is someone else's staff).
  const owned = text.replace('Seoul\'s top diplomat on Tuesday told', 'Lee\'s top diplomat on Tuesday told')
  assert.notEqual(who(owned, 'told his counterpart'), 'Park Min-jun')
})

const REMARKS = 'Drills now \'routine,\' scholar says\n\n' +
  'Naval drills in the strait have become routine for the fleet, a military scholar said on Tuesday.\n\n' +
  'Li Wenbo, a professor at the Naval Command College, made the remarks after the fleet announced new exercises.\n\n' +
  'Li said the drills send a clear message.'

test('a scholar in the lede is the person who "made the remarks" at the head of the next paragraph, and so is the headline\'s scholar', () => {
  assert.equal(who(REMARKS, 'have become routine for the fleet'), 'Li Wenbo')
  assert.equal(who(REMARKS, 'Drills now'), 'Li Wenbo')
  // Near miss: a person the next paragraph introduces with no remarks made is not taken for the scholar.
  const apart = REMARKS.replace('made the remarks after the fleet announced new exercises', 'said the fleet announced new exercises')
  assert.equal(who(apart, 'have become routine for the fleet'), 'military scholar (anonymous)')
})

const PAPER = 'Mayor met rival about joining cabinet, newspaper says\n\n' +
  'OTTAWA, July 18 (Reuters) - The mayor met a former rival last week about joining his team.\n\n' +
  'During the talk, the rival was not offered a post, the newspaper said.\n\n' +
  'The rival could join the team next year, the Harbour Times reported, citing two sources.'

test('"newspaper says" in a Reuters story is the paper the story names below, never Reuters', () => {
  assert.equal(who(PAPER, 'Mayor met rival'), 'Harbour Times')
  assert.equal(who(PAPER, 'was not offered a post'), 'Harbour Times')
  // Near miss: with no other outlet in the story the role is left as it was read.
  const alone = PAPER.replace(', the Harbour Times reported, citing two sources', '')
  assert.equal(who(alone, 'was not offered a post'), 'Reuters')
})

const SURNAME = 'Minister denounces critics\n\n' +
  'SEOUL, Sept. 25 (Yonhap) -- Unification Minister Park Jae-won on Wednesday denounced those who back the North\'s stance.\n\n' +
  'The stance drew criticism that its backers align with North Korean official Park Chol-su, who defined the ties as hostile.\n\n' +
  '"We will never give up on unification," Park said in a speech.'

test('a bare surname two people share is the one who spoke, not one named in passing with "who" just before', () => {
  assert.equal(who(SURNAME, 'never give up on unification'), 'Park Jae-won')
  // Near miss: one who spoke just before in his own right is still the one meant (shared-names.ts).
  const spoke = SURNAME.replace('North Korean official Park Chol-su, who defined the ties as hostile.', 'North Korean official Park Chol-su.\n\nPark Chol-su said the ties were hostile.')
  assert.equal(who(spoke, 'never give up on unification'), 'Park Chol-su')
})

test('"the Kremlin representative" after the one presidential spokesman named is that spokesman', () => {
  const text = 'Topics of the briefing\n\n' +
    'Sanctions and trade were the main topics of a briefing by Russian presidential spokesman Anton Veresov on Wednesday.\n\n' +
    'Below are the key statements of the Kremlin representative:\n\n' +
    '- The Kremlin sees no point in new talks until the sanctions are lifted.'
  assert.equal(who(text, 'sees no point in new talks'), 'Anton Veresov')
  // Near miss: the same noun with another body's name is that body's own spokesman, not the one named.
  const other = text.replace('Russian presidential spokesman Anton Veresov', 'White House spokesman Anton Veresov')
    .replace('Below are the key statements of the Kremlin representative:', 'Below are the key statements of the Pentagon spokesman:')
  assert.notEqual(who(other, 'sees no point in new talks'), 'Anton Veresov')
})

const GROUP = 'Rents soared in 2024, housing group says\n\n' +
  'LONDON: Rents grew twice as fast in 2024 as the year before, a leading housing group reported on Monday.\n\n' +
  'Homeward Foundation, in its annual survey of tenants, also predicts that rents will rise again next year. A year ago, the group forecast that rents would fall.'

test('a body the lede describes is the one the next paragraph opens with, saying more of it ("also predicts")', () => {
  assert.equal(who(GROUP, 'twice as fast'), 'Homeward Foundation')
  // The headline's bare role is the same body.
  assert.equal(who(GROUP, 'Rents soared'), 'Homeward Foundation')
  // Near miss: a body opening the next paragraph with no "also" may be another one; the group stays unnamed.
  const another = GROUP.replace('also predicts', 'predicts')
  assert.equal(who(another, 'twice as fast'), 'leading housing group (anonymous)')
})

const REPORT = 'Navy to buy patrol boats\n\n' +
  'MANILA - The navy plans to buy new patrol boats from Japan, according to the Harbour Times.\n\n' +
  'The navy chief said the boats were needed, as reported by the Harbour Times on Sunday.\n\n' +
  'According to the report, the first boat will arrive in May.'

test('"according to the report" after an outlet reported, with no text named, is the outlet', () => {
  assert.equal(who(REPORT, 'first boat will arrive'), 'Harbour Times')
  // Near miss: a report the story named as a text is that text.
  const named = REPORT.replace('The navy chief said the boats were needed, as reported by the Harbour Times on Sunday.', 'A navy report released on Sunday said the boats were needed.')
  assert.equal(who(named, 'first boat will arrive'), 'navy report')
})
