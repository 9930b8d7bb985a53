// Which outlet wrote the article (own-outlet.ts, GUIDE 6): "told <the
// writer>" is a venue, "told <another outlet>" a relay. The writer is read
// from the caller's publisher or from the lines an outlet prints about
// itself. Made-up sentences in the shapes of real stories.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

// Source, relay and venue of the suggestion over some words.
function told(text: string, words: string, publisher?: string): string {
  const at = text.indexOf(words)
  assert.ok(at >= 0, `not in the text: ${words}`)
  const s = suggestAttributions(text, publisher ? { publisher } : {}).find((x) => x.content.start < at + words.length && x.content.end > at)
  return s ? `${s.source} | via ${s.via ?? '-'} | venue ${s.venue ?? '-'}` : '-'
}

const BRIDGE = 'Bridge to close for a year\n\nThe old bridge will close for repairs next month, city officials said.\n\n' +
  'Mayor Jane Roe told the BBC that the work could not wait.\n\nEngineer John Doe told the Valley Tribune that the cost would double.'

test('the publisher the caller knows: its own interview is a venue, another outlet\'s a relay', () => {
  assert.equal(told(BRIDGE, 'could not wait', 'BBC News'), 'Jane Roe | via - | venue BBC')
  assert.equal(told(BRIDGE, 'cost would double', 'BBC News'), 'John Doe | via Valley Tribune | venue Valley Tribune')
  // A press-release distributor publishes others' text: it is no writer.
  assert.equal(told(BRIDGE, 'cost would double', 'GLOBE NEWSWIRE'), 'John Doe | via - | venue Valley Tribune')
})

test('a dateline after the highlights, and the staff credit line, name the writer', () => {
  const dateline = 'Party to run on pensions\n\nSTORY HIGHLIGHTS\n\nThe party will campaign on pensions\n\n' +
    'Washington (CNN) -- The party said Friday it would campaign on pensions this fall.\n\n' +
    '"We are broke," the senator told the Valley Tribune.'
  assert.equal(who(dateline, 'We are broke'), 'senator (anonymous) via Valley Tribune')
  const credit = 'Pension fight looms\n\n"We are broke," Senator Tom Vale told the Valley Tribune.\n\nThe News Courier\'s Ann Lee contributed to this report.'
  assert.equal(who(credit, 'We are broke'), 'Tom Vale via Valley Tribune')
  // Without any line naming the writer, an outlet told once is taken for the writer's own.
  assert.equal(who('Pension fight looms\n\n"We are broke," Senator Tom Vale told the Valley Tribune.', 'We are broke'), 'Tom Vale')
})

test('the disclaimer, the first appearance, a request for comment and an own finding name the writer', () => {
  const interview = 'Prince denies claims\n\nHe instead told the BBC interviewer: "I took the judgement call."\n\n'
  assert.match(told(`${interview}The views and opinions expressed in the article do not necessarily reflect those of Sputnik.`, 'judgement call'), /\| via BBC \| venue BBC$/)
  const appeared = 'Surfer bitten\n\nA friend, Ann Walsh, told the Coast Tribune that he swam to shore.\n\nThis article originally appeared on Fox News.'
  assert.equal(who(appeared, 'swam to shore'), 'Ann Walsh via Coast Tribune')
  const comment = 'Label sues singer\n\nA producer told Rolling Stone that the deal was off.\n\nA rep for the label did not immediately respond to Fox News\' request for comment.'
  assert.equal(who(comment, 'the deal was off'), 'producer (anonymous) via Rolling Stone')
  const finding = 'Camp claims false\n\nAn analyst told Business Insider the claims were false.\n\nThe base has been the target of a campaign, Polygraph.info has previously established.'
  assert.equal(who(finding, 'the claims were false'), 'analyst (anonymous) via Business Insider')
})

test('"told <outlet> interviewer" and "told <outlet> <beat> correspondent <name>" name the outlet', () => {
  const text = 'Ships stuck\n\nThe admiral told VOA Pentagon correspondent Jane Roe on Friday that ships were stuck.'
  assert.equal(told(text, 'ships were stuck', 'Reuters'), 'admiral (anonymous) | via VOA | venue VOA')
  const role = 'Prince denies claims\n\nHe told the BBC interviewer: "I took the judgement call."'
  assert.match(told(role, 'judgement call', 'Sputnik'), /\| via BBC \| venue BBC$/)
})

test('an agency in a photo credit is not the writer\'s dateline', () => {
  const text = 'Vigil held\n\nMourners at the vigil on Sunday. (Dustin Franz/AFP/Getty Images)\n\nThe rabbi told AFP that the town would heal.'
  assert.equal(who(text, 'the town would heal'), 'rabbi (anonymous) via AFP')
})

test('a story that calls its writer "this newspaper" relays every outlet it names as told', () => {
  const text = 'Bridge to close\n\nThe mayor told this newspaper that the bridge would close.\n\nThe engineer told the Guardian that the cost would double.'
  assert.equal(who(text, 'cost would double'), 'engineer (anonymous) via The Guardian')
  assert.equal(who(text.replace('this newspaper', 'reporters'), 'cost would double'), 'engineer (anonymous)')
})
