// Names in their fullest form (session 14, h-alias): shapes of real news
// whose source came out short or wrapped, each with a near miss it must
// leave alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { fullestNames, surnameForms } from '../../shared/attribution/fullest-names.ts'
import { MentionGraph } from '../../shared/attribution/mention-graph.ts'
import { applyGraph } from '../../shared/attribution/apply-graph.ts'
import { fullestBodies } from '../../shared/attribution/fullest-bodies.ts'
import { headlineCaps } from '../../shared/attribution/headline-caps.ts'

test('a judge first named with honours and post-nominals is his full name when called by surname', () => {
  const text = 'His Honour Judge Peter Crane QC jailed the builder for two years.\n\nJudge Crane said: "You ignored every warning."\n\n"The family has suffered greatly," Crane said.'
  assert.equal(who(text, 'You ignored'), 'Peter Crane')
  assert.equal(who(text, 'family has suffered'), 'Peter Crane')
})

// A surname alone: the forms the text writes ending in it (fullest-names.ts),
// clustered by the mention graph, as suggest.ts runs them (h-graph).
function fullestSurnames(out: { source: string; sourceKind: string; sourceId: string | null }[], text: string): void {
  const people = out.filter((s) => s.sourceKind === 'person').map((s) => s.source)
  const forms = out.filter((s) => !s.source.includes(' ')).flatMap((s) => surnameForms(s.source, text))
  const sourced = out.map((s) => ({ ...s, via: null, otherSources: [] }))
  applyGraph(sourced, new MentionGraph({ people: [...people, ...forms], bodies: [], acronyms: new Map() }), () => null)
  sourced.forEach((s, i) => { out[i]!.source = s.source; out[i]!.sourceKind = s.sourceKind })
}

test('a surname two people in the article share is not given either one\'s given names', () => {
  const two = 'His Honour Judge Peter Crane QC jailed the builder. His wife, Mary Crane, wept.\n\n"He is sorry," Crane said.'
  const out = [{ source: 'Crane', sourceKind: 'person', sourceId: null }]
  fullestSurnames(out, two)
  assert.equal(out[0]!.source, 'Crane')
  const one = [{ source: 'Crane', sourceKind: 'person', sourceId: null }]
  fullestSurnames(one, two.replace('Mary Crane', 'Mary Hill'))
  assert.equal(one[0]!.source, 'Peter Crane')
  // A word that ends the sentence before the surname is no given name ("... in Leeds. Crane said").
  const end = [{ source: 'Crane', sourceKind: 'person', sourceId: null }]
  fullestSurnames(end, 'The court sat in Leeds. Crane said the work was poor.')
  assert.equal(end[0]!.source, 'Crane')
})

test('a body is renamed as a person only when the text shows a person', () => {
  const body = [{ source: 'Rubaie', sourceKind: 'organisation', sourceId: null }]
  fullestSurnames(body, 'Thomson Rubaie said profits rose.')
  assert.equal(body[0]!.source, 'Rubaie')
  const person = [{ source: 'Rubaie', sourceKind: 'organisation', sourceId: null }, { source: 'Faisal al-Rubaie', sourceKind: 'person', sourceId: null }]
  fullestSurnames(person, 'said Faisal al-Rubaie. Rubaie said so.')
  assert.deepEqual([person[0]!.source, person[0]!.sourceKind], ['Faisal al-Rubaie', 'person'])
})

test('a surname written with its particle is the person the article names in full', () => {
  const text = 'The group is weakened, said Faisal al-Rubaie, who advises governments on security.\n\n"They have lost their capital," Rubaie said.'
  assert.equal(who(text, 'lost their capital'), 'Faisal al-Rubaie')
  const french = '"We will buy it," said Claire des Roches, the museum\'s director, in an interview.'
  assert.equal(who(french, 'We will buy it'), 'Claire des Roches')
  // A surname the text never writes after a given name stays as it is.
  assert.equal(who('"The plan failed," Rubaie said.', 'plan failed'), 'Rubaie')
})

test('a rank before a full name is no part of it; a place after "of" is no part of a person', () => {
  const text = 'ASP Ahmad Faizal Rahim said the boy confessed to him at the station.'
  assert.equal(who(text, 'boy confessed'), 'Ahmad Faizal Rahim')
  const place = '"It is a win for the county," said Supervisor Carla Mendes of Sonoma County.'
  assert.equal(who(place, 'win for the county'), 'Carla Mendes')
  // A body named "X of Y" is not cut: no person's name stands before "of".
  assert.equal(who('The Federal Reserve Bank of New York said inflation was easing.', 'inflation was easing'), 'Federal Reserve Bank of New York')
})

test('a title\'s body read into a name gives way to the name the article writes after a title', () => {
  const text = 'Acting US Attorney Daniel Price spoke at a press conference.\n\nUS Attorney for the District of Vermont Daniel Price said the case was still open.'
  assert.equal(who(text, 'case was still open'), 'Daniel Price')
  // Without the name written elsewhere, nothing tells where the body ends.
  const alone = 'US Attorney for the District of Vermont Daniel Price said the case was still open.'
  assert.notEqual(who(alone, 'case was still open'), 'Daniel Price')
})

test('a body named in full once keeps its full name when a cue catches the short part', () => {
  const text = 'U.S. Fish and Wildlife Service (FWS) found the boat near Culebra, Fish and Wildlife Service announced Tuesday.\n\nNorthside County Public Schools confirmed that both were students.'
  assert.equal(who(text, 'found the boat'), 'U.S. Fish and Wildlife Service')
  const schools = [{ source: 'Public Schools', sourceKind: 'person', sourceId: null }]
  fullestBodies(schools, text, () => null)
  assert.deepEqual([schools[0]!.source, schools[0]!.sourceKind], ['Northside County Public Schools', 'organisation'])
  // Two bodies whose names end alike: the short name stays.
  const two = [{ source: 'Public Schools', sourceKind: 'organisation', sourceId: null }]
  fullestBodies(two, 'Northside County Public Schools and Eastgate County Public Schools closed. Public Schools said so.', () => null)
  assert.equal(two[0]!.source, 'Public Schools')
  // A country's adjective, a possessive or a sentence's first word is no part of the name.
  for (const text of ['The Chinese Ministry of Culture and Tourism said so.', 'It was Trump\'s White House, the White House said.', 'Yesterday Ministry of Culture and Tourism officials met.']) {
    const out = [{ source: text.includes('White') ? 'White House' : 'Ministry of Culture and Tourism', sourceKind: 'organisation', sourceId: null }]
    fullestBodies(out, text, () => null)
    assert.equal(out[0]!.source, text.includes('White') ? 'White House' : 'Ministry of Culture and Tourism')
  }
})

test('a name ending in initials is the body whose words the text spells; initials of other words are not', () => {
  const text = 'The Texas Independent Grid Authority said it acted after two plants shut.\n\n"We did all we could," said a spokeswoman for Texas IGA.'
  const out = [{ source: 'Texas IGA', sourceKind: 'organisation', sourceId: null }, { source: 'Texas IGA data', sourceKind: 'document', sourceId: null }]
  fullestBodies(out, text, () => null)
  assert.deepEqual(out.map((s) => s.source), ['Texas Independent Grid Authority', 'Texas Independent Grid Authority data'])
  const other = [{ source: 'Texas IGA', sourceKind: 'organisation', sourceId: null }]
  fullestBodies(other, 'The Texas Independent Power Board said so. Texas IGA disagreed.', () => null)
  assert.equal(other[0]!.source, 'Texas IGA')
})

test('a role brought in with "a" is the person the next paragraphs name with that role', () => {
  const text = 'GENEVA, May 4 (Xinhua) -- Trade will recover next year, a Swiss economist has said.\n\n"Demand is coming back," Anna Keller, chief economist at the Bern Trade Council, told Xinhua.'
  assert.equal(who(text, 'Trade will recover'), 'Anna Keller')
  const spokesman = 'A spokesman for the Maritime Authority said the port would reopen.\n\n"We are ready," spokesman Tom Reid said.'
  assert.equal(who(spokesman, 'port would reopen'), 'Tom Reid')
  // A person named next with another role is not the economist.
  const other = 'GENEVA, May 4 (Xinhua) -- Trade will recover next year, a Swiss economist has said.\n\n"Demand is coming back," Anna Keller, a banker in Zurich, told Xinhua.'
  assert.equal(who(other, 'Trade will recover'), 'Swiss economist (anonymous)')
  // One who asked not to be named stays unnamed.
  const anonymous = 'A spokesman for the Maritime Authority, who asked not to be named, said the port would reopen.\n\n"We are ready," spokesman Tom Reid said.'
  assert.notEqual(who(anonymous, 'port would reopen'), 'Tom Reid')
})

test('"an official said" at the top is the office holder the next paragraph names; a definite role is left to the discourse', () => {
  const text = 'BEIJING, March 9 -- Most clinics are now covered by insurance, an official said on Sunday.\n\nLi Wen, head of the National Health Office, announced the figure at a press conference.'
  assert.equal(who(text, 'Most clinics'), 'Li Wen')
  // Named three paragraphs on, the holder is too far to be the one meant.
  const far = 'BEIJING, March 9 -- Most clinics are now covered by insurance, an official said on Sunday.\n\nRain fell.\n\nThe roads were shut.\n\nLi Wen, head of the National Health Office, announced the figure at a press conference.'
  assert.equal(who(far, 'Most clinics'), 'official (anonymous)')
})

test('a cue ending with the place of "<place>-based <job> <name>" names the person after it', () => {
  const text = '"The ruling changes everything," noted Ohio-based consumer lawyer Dana Whitfield in an interview.'
  assert.equal(who(text, 'ruling changes'), 'Dana Whitfield')
  // No name after the job: the description is the source's, not a person's.
  const out = [{ source: 'Ohio', sourceKind: 'person', sourceId: null, cue: { start: 33, end: 45 } }]
  fullestNames(out, '"The ruling changes everything," said an Ohio-based consumer lawyer.', () => null)
  assert.equal(out[0]!.source, 'Ohio')
})

test('a role in a headline in capitals is the holder the body names; a role nobody in the body holds stays as read', () => {
  const text = 'SUDANESE MINISTER PREDICTS DEBT DIFFICULTIES\n\nKHARTOUM, March 2 - Sudan will struggle to pay its debts this year, Finance Minister Omar Haddad said.'
  assert.equal(who(text, 'PREDICTS DEBT'), 'Omar Haddad')
  const role = [{ source: 'MINISTER', sourceKind: 'person', sourceId: null, cue: { start: 0, end: 12 } }]
  headlineCaps(role, 'MINISTER PREDICTS DEBT DIFFICULTIES\n\nKHARTOUM - Debts will rise, bankers said.', () => null)
  assert.equal(role[0]!.source, 'MINISTER')
  // A role in a headline in small letters is not this rule's.
  const small = [{ source: 'Minister', sourceKind: 'person', sourceId: null, cue: { start: 0, end: 12 } }, { source: 'Omar Haddad', sourceKind: 'person', sourceId: null, cue: { start: 60, end: 90 } }]
  headlineCaps(small, 'Minister predicts debt difficulties for Sudan this year\n\nKHARTOUM - Debts will rise, Finance Minister Omar Haddad said.', () => null)
  assert.equal(small[0]!.source, 'Minister')
})

test('a headline\'s bare role is the holder the story names with it, however far down', () => {
  const filler = 'Crowds gathered downtown on Saturday.\n\n'.repeat(8)
  const text = `Mayor urges calm after a week of protests\n\n${filler}City Mayor Lena Ford told reporters that "violence will not be tolerated," adding the city was safe.`
  assert.equal(who(text, 'Mayor urges calm'), 'Lena Ford')
  // Nobody named mayor: the headline's role stays unnamed.
  const none = `Mayor urges calm after a week of protests\n\n${filler}Police chief Lena Ford told reporters that "violence will not be tolerated," adding the city was safe.`
  assert.notEqual(who(none, 'Mayor urges calm'), 'Lena Ford')
})
