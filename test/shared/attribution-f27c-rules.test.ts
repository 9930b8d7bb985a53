// Rules of session 25 (h-f27c), from business and earnings copy: a financial
// quantity is never a party, data lines under a colon frame, figures set
// against expectations "according to" their compiler, a bare report of
// results, the provider of data no antecedent, a listed firm's role nouns.
// Each on made-up text with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"Revenue for Acme\'s cloud unit": a financial quantity is no party, the firm is', () => {
  const story = 'Acme beats estimates\n\nAcme reported a loss of 20,000 subscribers on Thursday.\n\n' +
    'Revenue for Acme’s cloud business, which includes storage, totaled $2.1 billion.'
  assert.equal(who(story, 'a loss of 20,000'), 'Acme')
  // (Near miss: a body whose name has "for" in it keeps its whole name.)
  const body = 'Talks stall\n\nThe Commission for Acme Workers said the talks had stalled.\n\nThe Commission for Acme Workers will meet again.'
  assert.equal(who(body, 'the talks had stalled'), 'Commission for Acme Workers')
})

test('data lines under "compared with estimates, according to Ardent Research Group:" are Ardent Research Group\'s, not a "Revenue:" speaker', () => {
  const story = 'Acme beats estimates\n\nAcme posted strong sales on Thursday.\n\n' +
    'Here’s how Acme did in its third quarter compared with Wall Street estimates, according to Ardent Research Group:\n\n' +
    'Earnings per share: 95 cents adjusted vs. 88 cents expected\n\nRevenue: $12.4 billion vs. $12.1 billion expected\n\n' +
    'Revenue of $12.4 billion was up 3% from a year ago.'
  assert.equal(who(story, 'Earnings per share: 95'), 'Ardent Research Group')
  assert.equal(who(story, 'Revenue: $12.4'), 'Ardent Research Group')
  // (Near miss: a colon headline naming a speaker named again stays his.)
  const headline = 'Novak: output will hold steady through summer\n\nAlexander Novak said on Monday that output would hold.'
  assert.equal(who(headline, 'output will hold steady'), 'Alexander Novak')
})

test('"Acme reported third-quarter results before the bell": an announcement with no figure is no attributed content', () => {
  const story = 'Acme beats estimates\n\nAcme reported third-quarter earnings before the bell on Tuesday.\n\n' +
    'Adjusting for one-time items, Acme reported earnings of 95 cents per share.'
  assert.equal(who(story, 'third-quarter earnings before'), '-')
  // (Near miss: the figure after "of" is what it reported.)
  assert.equal(who(story, 'earnings of 95 cents'), 'Acme')
})

test('figures set against expectations, "according to Ardent Research Group" or "according to Ardent data": the compiler is outermost', () => {
  const story = 'Acme beats estimates\n\nShares of Acme rose 4% on Thursday.\n\n' +
    'The company reported 95 cents in earnings per share, exceeding the 88 cents expected, according to Ardent Research Group.\n\n' +
    'Analysts had expected the company to report revenue of $12.1 billion, according to Ardent data.'
  assert.equal(who(story, '95 cents in earnings'), 'Ardent Research Group')
  assert.equal(who(story, 'revenue of $12.1 billion'), 'Ardent data')
  // (Near miss: no comparison with expectations, so the firm's report stays the firm's; a named body keeps its words.)
  const plain = story.replace(', exceeding the 88 cents expected,', ',').replace('Analysts had expected the company to report', 'Acme Corp said it expects')
  assert.equal(who(plain, '95 cents in earnings'), 'Acme Corp')
  assert.equal(who(plain, 'revenue of $12.1 billion'), 'Acme Corp')
})

test('"The company announced" after "according to ZDB data": the provider of figures is no antecedent', () => {
  const story = 'Frozen foods supplier Hale Morton cuts forecast\n\nHale Morton on Tuesday cut its annual forecast.\n\nHale Morton said it will cut jobs.\n\n' +
    'Analysts had expected revenue of $1.5 billion, according to ZDB data.\n\nThe company announced the closure of a plant.'
  assert.equal(who(story, 'the closure of a plant'), 'Hale Morton')
  // (Near miss: a firm named as a party, not as the owner of data, is still one.)
  const party = story.replace('Analysts had expected revenue of $1.5 billion, according to ZDB data.', 'ZDB Corp said it would buy the plant.')
  assert.equal(who(party, 'the closure of a plant'), 'ZDB Corp')
})

test('"Shares of Japan\'s Kovato slumped": a one-word listed firm is "the Osaka-based supplier to Apple"', () => {
  const story = 'Kovato shares slide\n\nTOKYO, May 2 (Reuters) - Shares of Japan’s Kovato slumped 4% on Friday after it withdrew its forecast.\n\n' +
    'The stock has lost 21% since April, when the Osaka-based supplier to Apple said it was setting up a committee.'
  assert.equal(who(story, 'it was setting up a committee'), 'Kovato')
  // (Near miss: nothing calls the name a listed firm's, so it may be a person's, and the supplier stays unnamed.)
  const person = story.replace('Shares of Japan’s Kovato slumped', 'Kovato slumped').replace('Kovato shares slide', 'Kovato slides')
  assert.equal(who(person, 'it was setting up a committee'), 'supplier (unnamed)')
})

test('"The contract chipmaker expects", far from the story\'s one firm and after "AI processors": that firm', () => {
  const para = (k: number) => `Wei spoke of plans at meeting ${k}.`
  const story = 'Chipmaker names chair\n\nNordwave Semiconductor Corporation (NSC) CEO Li Wei took over as chair of the chipmaker.\n\n' +
    [1, 2, 3, 4, 5].map(para).join('\n\n') + '\n\nWei predicted revenue would grow, driven by demand for AI processors.\n\n' +
    'The contract chipmaker expects a strong recovery this year.'
  assert.equal(who(story, 'a strong recovery'), 'Nordwave Semiconductor Corporation')
  // (Near miss: two firms named, so which one "the chipmaker" is stays open past the reach.)
  const two = story.replace(`${para(1)}`, 'Wei said Helix Devices Corporation was a rival.')
  assert.notEqual(who(two, 'a strong recovery'), 'Nordwave Semiconductor Corporation')
})

test('"The exchange, transformed into a data powerhouse ..., reiterated": a body\'s noun before a past participle\'s aside', () => {
  const story = 'Bourse income surges\n\nNordbourse Exchange Group’s income rose strongly in the first half.\n\n' +
    'The exchange, transformed into a data business after its acquisition of Datalink in 2021, reiterated its guidance of strong growth.'
  assert.equal(who(story, 'its guidance of strong growth'), 'Nordbourse Exchange Group')
  // (Near miss: a participle after a common noun that is no body's is no speaker's aside.)
  const thing = story.replace('The exchange, transformed into', 'The shares, transformed into')
  assert.equal(who(thing, 'its guidance of strong growth'), '-')
})

test('"There are concerns among market participants that ...": the group holds the stance the noun names', () => {
  const story = 'Kovato slides\n\nShares of Kovato fell 5% on Monday.\n\nThere are concerns among market participants that a delisting may be next.'
  assert.equal(who(story, 'a delisting may be next'), 'market participants (anonymous)')
  // (Near misses: no group named, the writer's; a topic after the group, no content.)
  assert.equal(who(story.replace(' among market participants', ''), 'a delisting may be next'), '-')
  const topic = 'Kovato slides\n\nShares of Kovato fell 5% on Monday.\n\nThere are concerns among investors about the delisting rules.'
  assert.equal(who(topic, 'the delisting rules'), '-')
})
