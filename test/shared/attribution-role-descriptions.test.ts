// A speaker described by role is the one person the article names with that
// role (session 27, role-descriptions.ts over person-roles.ts), on made-up
// sentences, each with a near miss that must stay as it was.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { PersonRoles } from '../../shared/attribution/person-roles.ts'
import { MentionGraph } from '../../shared/attribution/mention-graph.ts'

test('the words an article writes beside a name are that person\'s roles', () => {
  const text = 'Bar president Ruth Amollo spoke first. Later, the chief executive of Harbor Foods, Peter Kamau, said prices would rise. ' +
    'Minister of Energy Omar Said Farah, a former banker, agreed.'
  const roles = new PersonRoles(text, ['Ruth Amollo', 'Peter Kamau', 'Omar Said Farah'])
  assert.ok(roles.of('Ruth Amollo').has('president') && roles.of('Ruth Amollo').has('bar'))
  assert.ok(roles.of('Peter Kamau').has('executive') && roles.of('Peter Kamau').has('harbor'))
  assert.ok(roles.of('Omar Said Farah').has('energy') && roles.of('Omar Said Farah').has('banker'))
  assert.ok(!roles.of('Ruth Amollo').has('executive'))
})

test('"the KBA boss" is the one person the article calls KBA president, not the man named last', () => {
  const text = 'KBA president Ruth Amollo criticised the police chief.\n\n' +
    '"The public deserves answers," KBA president Ruth Amollo said.\n\n' +
    'Police chief Daniel Otieno on Monday dismissed the claims, saying officers had acted lawfully.\n\n' +
    'The KBA boss further said that the police must act.'
  assert.equal(who(text, 'the police must act'), 'Ruth Amollo')
})

test('"the head of state" is the president the article names', () => {
  const text = 'President Aibek Tashiev met the visiting speaker of parliament, Bolot Ermatov.\n\n' +
    'The head of state emphasized the importance of trade between the countries.'
  assert.equal(who(text, 'importance of trade'), 'Aibek Tashiev')
})

test('"the CEO of Orbis said" is the Orbis CEO, not the company nor another CEO', () => {
  const text = 'At the fair in Dubai, the CEO of Orbis said that a listing would succeed.\n\n' +
    'Karim Haddad, CEO and founder of Orbis Group, said the decision lay with the government.\n\n' +
    'Earlier, the CEO of Falcon Airways, Maria Duarte, said airlines need capital.'
  assert.equal(who(text, 'a listing would succeed'), 'Karim Haddad')
})

test('near misses: two holders of the role, an indefinite role, a source kept anonymous, a role named in the cue', () => {
  const two = 'President Aibek Tashiev met President Nurlan Beketov.\n\nThe head of state emphasized the importance of trade.'
  assert.equal(who(two, 'importance of trade'), 'head of state (anonymous)')
  const some = 'Bar president Ruth Amollo spoke first.\n\nA spokesman said the hearing would resume on Monday.'
  assert.notEqual(who(some, 'hearing would resume'), 'Ruth Amollo')
  const hidden = 'KBA president Ruth Amollo spoke on Monday.\n\nThe KBA boss, speaking on condition of anonymity, said talks had stalled.'
  assert.notEqual(who(hidden, 'talks had stalled'), 'Ruth Amollo')
  const named = 'KBA president Ruth Amollo spoke.\n\nPolice chief Daniel Otieno later said the claims were false.'
  assert.equal(who(named, 'claims were false'), 'Daniel Otieno')
})

test('a bare first name no one bears as surname is the one person named in full with it', () => {
  const text = 'Sheikh Hamdan bin Rashid Al Qasimi, chairman of Gulf Carriers, said the listing was up to the government.\n\n' +
    'Sheikh Hamdan also said that passenger numbers were rising.'
  assert.equal(who(text, 'passenger numbers'), 'Hamdan bin Rashid Al Qasimi')
  // Near misses (the mention graph alone): a first name two people bear, a word that is someone's surname.
  const graph = (people: string[]) => new MentionGraph({ people, bodies: [], acronyms: new Map() })
  assert.equal(graph(['Hamdan bin Rashid Al Qasimi', 'Hamdan']).name('Hamdan'), 'Hamdan bin Rashid Al Qasimi')
  assert.equal(graph(['Hamdan bin Rashid Al Qasimi', 'Hamdan Yusuf Karam', 'Hamdan']).name('Hamdan'), 'Hamdan')
  assert.equal(graph(['Grace Taylor', 'Taylor Brooks', 'Taylor']).name('Taylor'), 'Grace Taylor')
})

test('a passive reporting verb with a time before its agent: "was announced on 11 December by the president, X"', () => {
  const text = 'Gas may reach the region by a new route.\n\n' +
    'Gas may be supplied through the southern pipeline. This was announced on 11 December by the president of the republic, Ivan Sokolov, at a session of parliament.'
  assert.equal(who(text, 'This was announced'), 'Ivan Sokolov')
  assert.equal(who(text, 'southern pipeline'), 'Ivan Sokolov')
  // Near miss: a verb of asking, whose agent reported nothing.
  assert.equal(who('The man was questioned on Monday by police about the fire.', 'about the fire'), '-')
})

test('a role read as a name is the one person beside whose name the article writes every word of it', () => {
  const text = 'Additional Inspector General (AIG) Harbor Police Javed Alam Kazmi said on Monday that talks had failed.\n\n' +
    'Kazmi noted that roads were open.\n\nThe Additional IG highlighted ongoing encounters between police and criminals.\n\nHe assured that these encounters are legitimate.'
  assert.equal(who(text, 'encounters are legitimate'), 'Javed Alam Kazmi')
  // Near miss: two inspectors general named; the role stays as it was read.
  const two = text.replace('that talks had failed.', 'that talks had failed, beside Additional Inspector General Omar Farooq Dar.')
  assert.notEqual(who(two, 'encounters are legitimate'), 'Javed Alam Kazmi')
})
