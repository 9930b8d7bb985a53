// One mention graph per article (session 15, h-graph): the names the engine
// recognised, clustered into entities and each named once; every shape
// beside a near miss the graph must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { MentionGraph } from '../../shared/attribution/mention-graph.ts'
import { applyGraph } from '../../shared/attribution/apply-graph.ts'
import { acronymsIn } from '../../shared/attribution/acronyms.ts'

const graph = (people: string[], bodies: string[] = [], acronyms: [string, string][] = []) =>
  new MentionGraph({ people, bodies, acronyms: new Map(acronyms) })

test('a surname, alone or after an honorific, is the one person the article names with it', () => {
  const g = graph(['John Smith', 'Smith', 'Tony Blair'])
  assert.equal(g.name('Smith'), 'John Smith')
  assert.equal(g.name('Mr Smith'), 'John Smith')
  assert.equal(g.name("Mr Blair's"), 'Tony Blair')
  assert.equal(g.described('Mr Blair spokesman (anonymous)'), 'Tony Blair spokesman (anonymous)')
  assert.equal(g.described('Mr Blair aide #2 (anonymous)'), 'Tony Blair aide #2 (anonymous)')
})

test('a surname two people share names neither of them', () => {
  const g = graph(['John Smith', 'Jane Smith', 'Tony Blair', 'Cherie Blair'])
  assert.equal(g.name('Smith'), 'Smith')
  assert.equal(g.name('Mr Smith'), 'Mr Smith')
  assert.equal(g.name('John Smith'), 'John Smith')
  assert.equal(g.name('Jane Smith'), 'Jane Smith')
  assert.equal(g.described('Mr Blair spokesman (anonymous)'), 'Mr Blair spokesman (anonymous)')
  // (A shorter form of one of them is still that one: "John Smith" in "John A. Smith".)
  assert.equal(graph(['John Smith', 'John A. Smith']).name('Smith'), 'John A. Smith')
})

test('a bare surname is a person only where the source is one; a description needs the honorific', () => {
  const g = graph(['Gerald Ford'])
  assert.equal(g.name('Ford'), 'Gerald Ford')
  assert.equal(g.name('Ford', false), 'Ford')
  assert.equal(g.described('Ford spokesman (anonymous)'), 'Ford spokesman (anonymous)')
})

test('a title or nationality before a name is no form of the person', () => {
  const g = graph(['Representatives Elijah Cummings', 'Elijah Cummings', 'American Kevin King', 'Kevin King'])
  assert.equal(g.name('Cummings'), 'Elijah Cummings')
  assert.equal(g.name('King'), 'Kevin King')
})

test('a surname spelt once with one letter wrong is the person named in full; two near names leave it', () => {
  const g = graph(['Trevor Housman', 'Hausman', 'Hartmann'])
  assert.equal(g.name('Hausman'), 'Trevor Housman')
  assert.equal(g.name('Hartmann'), 'Hartmann')
  // (Near two full names at once: neither.)
  assert.equal(graph(['Trevor Housman', 'Ann Hausmar', 'Hausman']).name('Hausman'), 'Hausman')
  // (Its own full form first: "Hausman" is Eva Hausman, not Trevor Housman.)
  assert.equal(graph(['Trevor Housman', 'Eva Hausman', 'Hausman']).name('Hausman'), 'Eva Hausman')
})

test('a surname written a letter short is the person under the longer spelling', () => {
  const g = graph(['Vahit Halefolu', 'Halefoglu'])
  assert.equal(g.name('Vahit Halefolu'), 'Vahit Halefoglu')
  assert.equal(g.name('Halefolu'), 'Vahit Halefoglu')
  // (Short surnames and other given names are other people: "Ben Jonson", "Boris Johnson".)
  const h = graph(['Ben Jonson', 'Boris Johnson'])
  assert.equal(h.name('Ben Jonson'), 'Ben Jonson')
  assert.equal(graph(['Ann Lees', 'Leeds']).name('Ann Lees'), 'Ann Lees')
})

test('a body\'s clipped form is its full name; one cut word or two full names leave it', () => {
  const g = graph([], ['Liberal Democrats', 'Lib Dems'])
  assert.equal(g.name('Lib Dems'), 'Liberal Democrats')
  assert.equal(g.described('Lib Dem spokesman (anonymous)'), 'Liberal Democrats spokesman (anonymous)')
  assert.equal(graph([], ['Christine Smith', 'Chris Smith']).name('Chris Smith'), 'Chris Smith')
  assert.equal(graph([], ['Liberal Democrats', 'Liberty Democrats', 'Lib Dems']).name('Lib Dems'), 'Lib Dems')
})

test('a name cut at its ampersand is the one full name that goes on past it', () => {
  const g = graph([], ['Independent News & Media', 'Independent News'])
  assert.equal(g.name('Independent News', false), 'Independent News & Media')
  assert.equal(g.described('Independent News & Media officials (anonymous)'), 'Independent News & Media officials (anonymous)')
  const two = graph([], ['Smith & Nephew', 'Smith & Wesson'])
  assert.equal(two.name('Smith', false), 'Smith')
  assert.equal(graph([], ['Black & Decker Corp', 'Black & Veatch Ltd']).name('Black', false), 'Black')
})

test('a body\'s name cut at the "and" after "of" is the one full name; two bodies joined by "and" are not one', () => {
  const g = graph([], ['Chinese Ministry of Culture and Tourism', 'Chinese Ministry of Culture and Tourism data', 'Chinese Ministry of Culture'])
  assert.equal(g.name('Chinese Ministry of Culture', false), 'Chinese Ministry of Culture and Tourism')
  assert.equal(g.described('Chinese Ministry of Culture data'), 'Chinese Ministry of Culture and Tourism data')
  const two = graph([], ['European Union and United States', 'European Union'])
  assert.equal(two.name('European Union', false), 'European Union')
  const other = graph([], ['Ministry of Culture and Tourism', 'Ministry of Culture and Sport'])
  assert.equal(other.name('Ministry of Culture', false), 'Ministry of Culture')
})

// (acronyms.ts's spelled-out initials already read the brackets either way round.)
test('initials defined either way round: "World Health Organization (WHO)", "WHO (World Health Organization)"', () => {
  assert.equal(acronymsIn('The WHO (World Health Organization) said the season was mild.').get('WHO'), 'World Health Organization')
  assert.equal(acronymsIn('The World Health Organization (WHO) said the season was mild.').get('WHO'), 'World Health Organization')
  // (Brackets whose words spell other initials explain something else.)
  assert.equal(acronymsIn('The WHO (Geneva Office) said the season was mild.').get('WHO'), undefined)
  assert.equal(who('GENEVA - The WHO (World Health Organization) said on Monday the flu season was mild.', 'flu season was mild'), 'World Health Organization')
})

test('initials the article defines name the body whole; a description keeps the initials as written', () => {
  const g = graph([], [], [['WHO', 'World Health Organization']])
  assert.equal(g.name('WHO'), 'World Health Organization')
  assert.equal(g.described('wHO officials (anonymous)'), 'WHO officials (anonymous)')
  assert.equal(g.name('UNICEF'), 'UNICEF')
})

test('the graph renames source, relay and other sources of finished suggestions', () => {
  const g = graph(['Tony Blair'], ['Independent News & Media'], [['WHO', 'World Health Organization']])
  const out = [{ source: 'Mr Blair spokesman (anonymous)', sourceKind: 'anonymous', sourceId: null, via: 'Independent News', otherSources: ['WHO', 'Blair'] }]
  applyGraph(out, g, () => null)
  assert.deepEqual(out[0], { source: 'Tony Blair spokesman (anonymous)', sourceKind: 'anonymous', sourceId: null, via: 'Independent News & Media', otherSources: ['World Health Organization', 'Blair'] })
})

test('in an article: clipped party names and a wire\'s lost letter', () => {
  const text = 'Parties react to poll date\n\n' +
    'LONDON - The Liberal Democrats said the date was a surprise.\n\n' +
    'The Lib Dems said they were ready to campaign.\n\n' +
    'ANKARA - Foreign Minister Vahit Halefolu said talks would go ahead.\n\n' +
    'The radio said Halefoglu had briefed party leaders.\n\n' +
    '"We are hopeful," Halefoglu said.'
  assert.equal(who(text, 'ready to campaign'), 'Liberal Democrats')
  assert.equal(who(text, 'talks would go ahead'), 'Vahit Halefoglu')
  assert.equal(who(text, 'We are hopeful'), 'Vahit Halefoglu')
})
