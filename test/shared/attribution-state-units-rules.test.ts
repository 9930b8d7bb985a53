// State media's bodies, their units and their frames (session 20, h-state):
// each shape on made-up sentences beside a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { stateInitials } from '../../shared/attribution/state-initials.ts'
import { who } from '../helpers/who-said.ts'

const says = (subject: string) => `Headline here\n\nPYONGYANG -- ${subject} said the drills were a grave provocation.`

test('a unit "of the" a body is named whole, the body and all', () => {
  assert.equal(who(says('The Office of the Foreign Ministry'), 'grave provocation'), 'Office of the Foreign Ministry')
  assert.equal(who(says('The Institute for American Studies of the Russian Foreign Ministry'), 'grave provocation'), 'Institute for American Studies of the Russian Foreign Ministry')
  assert.equal(who(says('The External Policy Office of the DPRK Foreign Ministry'), 'grave provocation'), 'External Policy Office of the DPRK Foreign Ministry')
  // (The body alone stays the body.)
  assert.equal(who(says('The Foreign Ministry'), 'grave provocation'), 'Foreign Ministry')
})

test('a plural\'s bare apostrophe inside a body\'s name keeps the name whole', () => {
  const subject = 'The Political Bureau of the Central Committee of the Workers’ Party of Korea'
  assert.equal(who(says(subject), 'grave provocation'), 'Political Bureau of the Central Committee of the Workers’ Party of Korea')
  // (An outlet's possessive before a person's name owns the person: the person speaks.)
  assert.equal(who(says('Fox News’ Bill Smith'), 'grave provocation'), 'Bill Smith')
})

const DECISION = 'Decision Adopted\n\n' +
  'Pyongyang, July 31 (KCNA) -- The Political Bureau of the Central Committee of the Workers’ Party of Korea on July 30 adopted a decision to rebuild the flooded areas.\n\n' +
  'The decision reflects the following contents:\n\n' +
  'The state shall step up the rehabilitation work.\n\n' +
  'Army units shall build more than 4 400 houses.'

test('"The decision reflects the following contents:" makes the text after it the decision\'s, named after its issuer', () => {
  const decision = 'Political Bureau of the Central Committee of the Workers’ Party of Korea decision'
  assert.equal(who(DECISION, 'step up the rehabilitation'), decision)
  assert.equal(who(DECISION, 'build more than'), decision)
  assert.equal(suggestAttributions(DECISION).find((s) => s.content.text.includes('build more than'))?.sourceKind, 'document')
  // (Without the colon the paragraphs after are the writer's.)
  assert.equal(who(DECISION.replace('the following contents:', 'the Party\'s concern.'), 'build more than'), '-')
})

const FRAME = 'Press Statement of External Policy Office\n\n' +
  'Pyongyang, August 4 (KCNA) -- The External Policy Office of the Foreign Ministry of the DPRK, released the following press statement on Saturday:\n\n' +
  'The security environment of the region has been exposed to a serious threat.\n\n' +
  'The U.S. is bound to bear the whole responsibility. -0-'

test('a stray comma between a frame\'s capitalised subject and its verb leaves the subject the issuer', () => {
  assert.equal(who(FRAME, 'serious threat'), 'External Policy Office of the DPRK Foreign Ministry')
  assert.equal(who(FRAME, 'whole responsibility'), 'External Policy Office of the DPRK Foreign Ministry')
  // (A time before the comma is no subject.)
  assert.equal(who(FRAME.replace('The External Policy Office of the Foreign Ministry of the DPRK, released', 'On Saturday, released'), 'serious threat'), '-')
})

test('a frame that only announces the text is not attributed, one that gives its title in quotation marks is', () => {
  assert.equal(who(FRAME, 'released the following'), '-')
  const titled = FRAME.replace('press statement on Saturday:', 'press statement "We will respond to any option" on Saturday:')
  assert.equal(who(titled, 'We will respond'), 'External Policy Office of the DPRK Foreign Ministry')
  assert.equal(who(titled, 'serious threat'), 'External Policy Office of the DPRK Foreign Ministry')
})

test('a state body named "of the DPRK" is named with the initials first, as the conventions write it', () => {
  assert.equal(stateInitials('Foreign Ministry of the DPRK'), 'DPRK Foreign Ministry')
  assert.equal(stateInitials("Foreign Ministry of the Democratic People's Republic of Korea spokesperson (anonymous)"), 'DPRK Foreign Ministry spokesperson (anonymous)')
  assert.equal(stateInitials("External Policy Office of the Foreign Ministry of the Democratic People's Republic of Korea"), 'External Policy Office of the DPRK Foreign Ministry')
  // (A ministry named "of" its field keeps its order; the state itself and another state keep their names.)
  assert.equal(stateInitials('Ministry of National Defence of the DPRK'), 'Ministry of National Defence of the DPRK')
  assert.equal(stateInitials("Democratic People's Republic of Korea"), "Democratic People's Republic of Korea")
  assert.equal(stateInitials("Foreign Ministry of the People's Republic of China"), "Foreign Ministry of the People's Republic of China")
  assert.equal(who(says("A spokesperson for the Foreign Ministry of the Democratic People's Republic of Korea"), 'grave provocation'), 'DPRK Foreign Ministry spokesperson (anonymous)')
})

test('"...: KCNA Commentary" credits the headline to the outlet whose commentary it is', () => {
  const story = (credit: string) => `Perpetrators of Crimes Are Bound to Face Punishment: ${credit}\n\nPyongyang, June 27 (KCNA) -- The attack killed civilians in the city.`
  assert.equal(who(story('KCNA Commentary'), 'Perpetrators'), 'KCNA')
  // (A person's commentary is no outlet's: the credit stays as the reader finds it named.)
  assert.notEqual(who(story('Kim Commentary'), 'Perpetrators'), 'KCNA')
})

test('an officer "of the" a body who speaks for it is the body\'s, unnamed, after a time or before a manner word', () => {
  const text = (subject: string) => `Talks\n\n${subject} said that Kiev can use the weapons.`
  assert.equal(who(text('Some days ago, the national security adviser of the White House openly'), 'Kiev can use'), 'White House national security adviser (anonymous)')
  assert.equal(who(text('The spokesman of the Foreign Ministry'), 'Kiev can use'), 'Foreign Ministry spokesman (anonymous)')
  assert.equal(who(text('An official of the White House'), 'Kiev can use'), 'White House official (anonymous)')
  // (A state's president is no body's officer.)
  assert.notEqual(who(text('The president of the Republic of Korea'), 'Kiev can use'), 'Republic of Korea president (anonymous)')
})

test('"The full text of an article contributed by X ... says:" makes the reproduced text X\'s article, a document', () => {
  const story = (frame: string) => `Analyst Article\n\nPyongyang, May 7 (KCNA) -- ${frame}\n\nThe U.S. is the main culprit of the crisis.\n\nIt must stop its hostile acts at once.`
  const full = story('The full text of an article contributed by Kim Chol Min, an international affairs analyst, says:')
  assert.equal(who(full, 'main culprit'), 'Kim Chol Min article')
  assert.equal(who(full, 'hostile acts'), 'Kim Chol Min article')
  assert.equal(suggestAttributions(full).find((s) => s.content.text.includes('hostile acts'))?.sourceKind, 'document')
  assert.equal(who(story('According to a letter written by Kim Chol Min, the talks failed.'), 'the talks failed'), 'Kim Chol Min letter')
  // (The analyst himself saying it is the analyst.)
  assert.equal(who(story('Kim Chol Min, an international affairs analyst, says:'), 'main culprit'), 'Kim Chol Min')
})

test('a statement or white paper released "stressing" or "disclosing" its content is its issuer\'s', () => {
  const text = (s: string) => `Press Review\n\n${s}`
  assert.equal(who(text('A spokesperson for the Foreign Ministry of the DPRK released a press statement stressing that we will cope with any threat.'), 'cope with any threat'), 'DPRK Foreign Ministry spokesperson (anonymous)')
  assert.equal(who(text('The Disarmament and Peace Institute of the Foreign Ministry of the DPRK released a white paper disclosing the crimes of NATO.'), 'crimes of NATO'), 'Disarmament and Peace Institute of the DPRK Foreign Ministry')
  // (A paper released with nothing of its content says nothing.)
  assert.equal(who(text('The institute released a white paper on Monday.'), 'white paper'), '-')
})

test('a weekday alone between a frame\'s subject and its verb is passed over; "released on Sunday" stays the release', () => {
  const frame = 'Press Statement\n\nPyongyang, May 27 (KCNA) -- A spokesperson of the Foreign Ministry of the Democratic People\'s Republic of Korea (DPRK) ' +
    'Monday issued the following press statement:\n\nThe joint declaration is a grave provocation against our sovereignty.'
  assert.equal(who(frame, 'The joint declaration'), 'DPRK Foreign Ministry')
  // Near misses: the day of a release, and a day after a preposition, keep the subject before them.
  assert.equal(who('Trade slows\n\nBEIJING -- Chinese customs data released on Sunday showed that exports fell for a third month.', 'exports fell'), 'Chinese customs data')
  assert.equal(who('Trade slows\n\nThe ministry on Monday said that exports fell for a third month.', 'exports fell'), 'ministry (unnamed)')
})
