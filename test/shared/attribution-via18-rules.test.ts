// Relay rules of session 18 (GUIDE 5 and 6), on made-up sentences: each
// shape the rule handles beside a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

test('an agency introduced by who runs it keeps its whole name: "the official Sudan News Agency"', () => {
  assert.equal(who('The army took the hill, the official Iraqi News Agency said.', 'took the hill'), 'Iraqi News Agency')
  assert.equal(who('The army took the port, the state-run Sudan News Agency reported.', 'took the port'), 'Sudan News Agency')
  // (Another agency named before is no reason to read off the country: "News Agency" is no masthead alone.)
  const two = 'The army took the bridge, the Sudan News Agency said.\n\nThe army took the road, the official Iraqi News Agency said.'
  assert.equal(who(two, 'took the road'), 'Iraqi News Agency')
  // Near miss: a known agency described so is still its canonical name.
  assert.equal(who('The army took the farm, the official Xinhua News Agency said.', 'took the farm'), 'Xinhua')
  // Near miss: an official of a body is a person of that body, no outlet.
  assert.notEqual(who('The army took the lake, a senior official said.', 'took the lake'), 'lake')
})

test('a service that monitored an outlet relays what it heard: "SUNA, monitored by the BBC, said"', () => {
  assert.equal(who('Rebels shelled the town, Radio Omdurman, monitored by the British Broadcasting Corporation, said.', 'Rebels shelled'),
    'Radio Omdurman via BBC')
  assert.equal(who('An army spokesman, quoted in a broadcast monitored by the BBC in London, said the town had fallen.', 'the town had fallen'),
    'army spokesman (anonymous) via BBC')
  // Near miss: the monitored outlet quoting someone stays the relay.
  assert.equal(who('Tehran radio, monitored by the BBC, quoted Prime Minister Mir Hossein Mousavi as saying the offensive would go on.', 'the offensive'),
    'Mir Hossein Mousavi via Tehran radio')
  // Near miss: "monitored by" something that is no outlet relays nothing.
  assert.equal(who('The vote was fair, the election commission, monitored by European observers, said.', 'The vote'), 'election commission')
})

test('a masthead whose name holds a particle is named whole: "Bild am Sonntag", "Welt am Sonntag"', () => {
  assert.equal(suggestAttributions('The minister told Bild am Sonntag that the plan would fail.')[0]?.venue, 'Bild am Sonntag')
  // (In a story that relays other outlets, the paper told is another's: the relay.)
  const story = 'Talks stall\n\nThe army took the hill, the Sudan News Agency reported.\n\nThe army took the road, the Iraqi News Agency reported.\n\nThe minister told the German newspaper Bild am Sonntag that the plan would fail.'
  assert.equal(who(story, 'the plan would fail'), 'minister (anonymous) via Bild am Sonntag')
  assert.equal(who('The paper Welt am Sonntag reported that the plan would fail.', 'the plan would fail'), 'Welt am Sonntag')
  // Near miss: a person told something is no masthead, particle or not.
  const s = suggestAttributions('The minister told Anna am Main that the plan would fail.')
  assert.ok(s.every((x) => x.via === null && x.venue === null), JSON.stringify(s.map((x) => [x.via, x.venue])))
})

test('a wire dateline under a page\'s highlights names the writer: "told Reuters" there is its own interview', () => {
  const highlights = Array.from({ length: 6 }, (_, k) => `Highlight number ${k + 1} of the story about the marches in the city`).join('\n\n')
  const text = `Thousands march in the city\n\n${highlights}\n\nMINNEAPOLIS, Jan 10 (Reuters) - Thousands of people marched on Saturday.\n\n` +
    '"We are angry," one protester told Reuters.'
  assert.equal(who(text, 'We are angry'), 'protester (anonymous)')
  // Near miss: a story whose first lines carry no dateline is no wire's own copy, whatever its body names later.
  const story = Array.from({ length: 30 }, (_, k) => `Paragraph ${k + 1} tells of the marches in the city and of the people in them.`).join('\n\n')
  const quoted = `Thousands march in the city\n\n${story}\n\nMINNEAPOLIS, Jan 10 (Reuters) - Thousands marched on Saturday.\n\n` +
    '"We are angry," one protester told Reuters.'
  assert.equal(who(quoted, 'We are angry'), 'protester (anonymous) via Reuters')
})

test('a programme of the outlet a story keeps telling is its own venue: "told BBC One\'s Sunday programme" beside "told BBC News"', () => {
  const story = (venue: string) => 'Minister denies rift\n\nThe minister has denied a rift with the chancellor.\n\n' +
    `"There is no rift," the minister told ${venue} Sunday programme.\n\nMr Peston told BBC News: "They are not close."\n\n` +
    'Ms Green told BBC News the claims were false.'
  assert.equal(who(story("BBC One's"), 'There is no rift'), 'minister (anonymous)')
  // Near miss: another house's programme is another outlet's interview, relayed.
  assert.equal(who(story("Sky News'"), 'There is no rift'), 'minister (anonymous) via Sky News')
})

test('RT\'s video agency is RT\'s own: "told Ruptly" on RT\'s page is a venue, on another outlet\'s a relay', () => {
  const text = 'Protesters killed in clashes\n\nFive people were killed in the clashes on Friday.\n\n' +
    'A doctor on the scene told Ruptly that he tried to save one of the wounded, but failed.'
  const on = (publisher: string) => suggestAttributions(text, { publisher }).find((s) => s.venue === 'Ruptly')
  assert.equal(on('RT')?.via, null)
  // Near miss: on another outlet's page the agency passed the words on.
  assert.equal(on('Fox News')?.via, 'Ruptly')
})
