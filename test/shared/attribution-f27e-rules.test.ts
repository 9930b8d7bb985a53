// Rules of session 25 (h-f27e), from politics, courts and report stories
// (lab28-b, lab28-c): a body named for its aim ("Committee to Protect ..."),
// a headline's credit to a report that the lede names with its issuer.
// Each on made-up text with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"Committee to Protect Walkers (CPW)": "to" inside a body named for its aim, in full and by its initials', () => {
  const story = 'Toll rises\n\nMore walkers died, according to a report by US non-profit group Committee to Protect Walkers (CPW).\n\n' +
    'At least 12 walkers were hurt, the CPW said.\n\nThe Committee to Protect Walkers said roads were worse.'
  assert.equal(who(story, 'More walkers died'), 'Committee to Protect Walkers report')
  assert.equal(who(story, 'At least 12'), 'Committee to Protect Walkers')
  assert.equal(who(story, 'roads were worse'), 'Committee to Protect Walkers')
  // (Near miss: "to" before a name that is no verb addresses the text; the body's name stops before it.)
  assert.equal(who('Toll rises\n\nMore walkers died, according to a report by the Walking Board to Parliament.', 'More walkers'), 'Walking Board report')
})

test('a headline crediting a report ("...: UN report", "Report: ...") takes the report the lede names with its issuer', () => {
  const tail = 'Toll rises to a new record: UN report\n\nMore walkers died, according to a report released on Tuesday by the Walking Monitoring Centre (WMC).'
  assert.equal(who(tail, 'Toll rises'), 'Walking Monitoring Centre report')
  const lead = 'Report: Toll rises to a new record\n\nMore walkers died, according to a new report by the Walking Monitoring Centre.'
  assert.equal(who(lead, 'Toll rises'), 'Walking Monitoring Centre report')
  // (Near miss: a lede citing no report leaves the credit as it was, and an outlet's report stays the outlet.)
  assert.equal(who('Toll rises to a new record: report\n\nMore walkers died, the council said.', 'Toll rises'), 'report (anonymous)')
  assert.equal(who('Toll rises to a new record: report\n\nMore walkers died, the Tasnim news agency reported.', 'Toll rises'), 'Tasnim')
})

test('"..., Anna Berg, WMC director said": a role after its body\'s name, with no article, is the person\'s apposition', () => {
  const story = 'Toll rises\n\n“We have seen alarming levels,” Anna Berg, WMC director said.\n\nIn a statement, she said that it was “the tip of the iceberg.”'
  assert.equal(who(story, 'alarming levels'), 'Anna Berg')
  assert.equal(who(story, 'tip of the iceberg'), 'Anna Berg')
  // (Near miss: a plural group after the name is the body's people, not the person's job.)
  assert.equal(who('Toll rises\n\n“We have seen alarming levels,” Anna Berg, WMC officials said.', 'alarming levels'), 'WMC officials (anonymous)')
})

test('"The authors projected" after a report cited with its issuer: the issuer, not an unnamed group', () => {
  const story = 'Hunger rises\n\nRisk persists, according to a report released on Tuesday by the Walking Monitoring Centre (WMC).\n\n' +
    'The authors projected that 96% of people will face hunger.'
  assert.equal(who(story, '96% of people'), 'Walking Monitoring Centre')
  // (Near miss: a later text with no issuer has authors the article does not name.)
  const other = `${story}\n\nA study of farms found yields fell.\n\nThe authors said the sample was small.`
  assert.equal(who(other, 'sample was small'), 'authors (anonymous)')
})

test('"Family members of Anna Berg, ..., have filed a lawsuit": the filer issues the lawsuit, and "the lawsuit" stays that one', () => {
  const story = 'Lawsuit alleges guards hurt walker\n\nFamily members of Anna Berg, a walker who was hurt in May, have filed a $2 million lawsuit against the guards.\n\n' +
    'Town police are investigating and said no weapon was found. The lawsuit says Berg was unarmed.'
  assert.equal(who(story, 'guards hurt walker'), 'Anna Berg family lawsuit')
  assert.equal(who(story, 'Berg was unarmed'), 'Anna Berg family lawsuit')
  // (Near miss: with no filer named, the lawsuit stays bare, and not the text of the police named just before it.)
  const bare = story.replace('Family members of Anna Berg, a walker who was hurt in May, have filed a $2 million lawsuit', 'A lawsuit was filed')
  assert.equal(who(bare, 'Berg was unarmed'), 'lawsuit')
})
