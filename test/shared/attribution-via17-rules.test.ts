// Relays, session 17 (h-via): each rule on made-up text in the manner of
// real wire copy and pages, with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

const whoOn = (text: string, words: string, publisher: string): string => {
  const at = text.indexOf(words)
  assert.ok(at >= 0, `not in the text: ${words}`)
  const s = suggestAttributions(text, { publisher }).find((x) => x.content.start < at + words.length && x.content.end > at)
  return s ? `${s.source}${s.via ? ` via ${s.via}` : ''}` : '-'
}

test('a wire lede whose speaker the next paragraph shows quoted by a paper takes that paper as relay, and so does the headline', () => {
  const text = 'HUBEI OFFICIAL CONDEMNS COTTON POLICY\n\n' +
    'PEKING, May 2 - Cotton output in a major growing province is falling because farmers lack seed, the province\'s vice-governor said.\n\n' +
    'The China Daily quoted Li Wenhai, vice-governor of Hubei, as saying farmers could earn more growing rice.\n\n' +
    'He said costs had doubled since 1982.\n\nREUTER\n'
  assert.equal(who(text, 'Cotton output in a major'), 'Li Wenhai via China Daily')
  assert.equal(who(text, 'CONDEMNS COTTON POLICY'), 'Li Wenhai via China Daily')
})

test('a lede before an interview the outlet held, or before another speaker, stays the writer\'s own', () => {
  const interview = 'HUBEI OFFICIAL CONDEMNS COTTON POLICY\n\n' +
    'PEKING, May 2 - Cotton output in a major growing province is falling because farmers lack seed, the province\'s vice-governor said.\n\n' +
    '"Costs have doubled," Li Wenhai, vice-governor of Hubei, told the China Daily in an interview.\n\nREUTER\n'
  assert.equal(who(interview, 'Cotton output in a major'), 'Li Wenhai')
  const other = 'PEKING, May 2 - Cotton output in Hubei is falling because farmers lack seed, Vice-Governor Li Wenhai said.\n\n' +
    'The China Daily quoted Agriculture Minister He Kang as saying the state would buy more cotton.\n\nREUTER\n'
  assert.equal(who(other, 'Cotton output in Hubei'), 'Li Wenhai')
})

test('a page published under its site\'s address is not its own relay: "told the Independent" on Independent.co.uk is a venue', () => {
  const text = 'Ministers feared the exams would lower standards, newly released files show.\n\n' +
    'Asked about the files, Lord Smith told the Independent: "She was worried about coursework."\n\n' +
    '"It was a long fight," he added.'
  assert.equal(whoOn(text, 'worried about coursework', 'Independent.co.uk'), 'Lord Smith')
  // (Another site's page: the Independent's interview reaches the reader through it.)
  assert.equal(whoOn(text, 'worried about coursework', 'Courier.com'), 'Lord Smith via The Independent')
})

test('an outlet named with its country glued on is the outlet alone, as relay and as source', () => {
  assert.equal(who('According to Taiwan\'s Evening Times, officials said the plan was delayed.', 'the plan was delayed'), 'officials (anonymous) via Evening Times')
  assert.equal(who('Officials said the plan was delayed, Britain\'s Daily Telegraph reported.', 'the plan was delayed'), 'officials (anonymous) via Daily Telegraph')
  assert.equal(who('According to the Daily Mail of Britain, officials said the plan was delayed.', 'the plan was delayed'), 'officials (anonymous) via Daily Mail')
  assert.equal(who('The Japanese Osaka Shimbun said that the plan was delayed.', 'the plan was delayed'), 'Osaka Shimbun')
})

test('a masthead that opens on its country\'s adjective or names a country inside keeps its whole name', () => {
  assert.equal(who('The Turkish Daily News said that the plan was delayed.', 'the plan was delayed'), 'Turkish Daily News')
  assert.equal(who('The Saudi Gazette said that the plan was delayed.', 'the plan was delayed'), 'Saudi Gazette')
  assert.equal(who('The plan was delayed, said the Times of India.', 'The plan was delayed'), 'The Times of India')
  // (A person's job after a demonym is no outlet: "Swiss economist" is not The Economist.)
  assert.equal(who('The plan was delayed, said Swiss economist Rudi Keller.', 'The plan was delayed'), 'Rudi Keller')
})

test('whoever an outlet quoted "as saying" speaks through it, though the noun is in no list of speakers', () => {
  assert.equal(who('The Daily Mail quoted a fisherman as saying nobody would buy their fish.', 'nobody would buy'), 'fisherman (anonymous) via Daily Mail')
  assert.equal(who('The official news agency INA quoted a correspondent in the field as saying troops were advancing.', 'troops were advancing'),
    'correspondent in the field (anonymous) via INA')
  // (A phrase that opens on no indefinite article is left to the usual reading: no speaker made of it.)
  assert.equal(who('The Daily Mail quoted extensively as saying nobody would buy their fish.', 'nobody would buy'), '-')
})

test('unnamed media passing on a named speaker\'s words relay him; reporting alone, they are the source', () => {
  assert.equal(who('Japanese media reported that Prime Minister Fumio Kishida said the matter would be studied.', 'the matter would be studied'),
    'Fumio Kishida via Japanese media (unnamed)')
  assert.equal(who('According to foreign media, Antony Blinken said that the U.S. would not be on the menu.', 'not be on the menu'),
    'Antony Blinken via foreign media (unnamed)')
  assert.equal(who('Local media reported that the bridge collapsed on Monday.', 'the bridge collapsed'), 'Local media (unnamed)')
})
