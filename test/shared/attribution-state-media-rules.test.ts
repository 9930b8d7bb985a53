// State-media house formats (session 10): TASS and Xinhua datelines, TASS's
// digests of one speaker's statements, diplomats' postings and job words
// before names, web domains and agencies' long names, each shown on
// made-up sentences in the agencies' shapes.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

test('a diplomat posted to a city: the city is no part of his name', () => {
  const text = 'SOFIA, May 4. /TASS/. The new port deal suits both sides, Russian Ambassador to Lagos Ivan Petrov said.\n\n"It opens the market," Petrov told reporters.'
  assert.equal(who(text, 'new port deal'), 'Ivan Petrov')
  assert.equal(who(text, 'opens the market'), 'Ivan Petrov')
  assert.equal(who('The talks went well, Chinese Envoy to Caracas Li Wei said.', 'talks went well'), 'Li Wei')
})

test('a capitalised job word before a name is no part of it, and the surname alone is the full name', () => {
  const text = 'On Monday, Kremlin Aide Yury Ushakov said that the summit was a success.\n\nNine countries have already confirmed their status, Ushakov said.'
  assert.equal(who(text, 'summit was a success'), 'Yury Ushakov')
  assert.equal(who(text, 'their status'), 'Yury Ushakov')
})

test('a TASS dateline with a region joins the sentence after it', () => {
  const text = 'ZELENOGRADSK /Kaliningrad Region/, May 4. /TASS/. The bridge will open in June, Russian Transport Minister Roman Starovoit told reporters.'
  const got = suggestAttributions(text)
  assert.equal(got.length, 1)
  assert.equal(got[0]!.source, 'Roman Starovoit')
  assert.ok(got[0]!.content.text.startsWith('ZELENOGRADSK'))
})

test('a digest of key statements gives every later sentence to its owner, quotes and reported speakers included', () => {
  const text = 'IN BRIEF: Lavrov meets the press in Minsk\n\n' +
    'MINSK, May 4. /TASS/. Russia is open to talks on grain, Russian Foreign Minister Sergey Lavrov told reporters.\n\n' +
    'Below are Lavrov’s key statements that TASS put together.\n\n' +
    'Russia will keep shipping grain to Africa. The ports are working at full capacity.\n\n' +
    'Talks with Ankara will go on. "We are ready to meet at any time."\n\n' +
    'Last year the Turkish president suggested "a new corridor through the strait."'
  assert.equal(who(text, 'shipping grain'), 'Sergey Lavrov')
  assert.equal(who(text, 'full capacity'), 'Sergey Lavrov')
  assert.equal(who(text, 'ready to meet'), 'Sergey Lavrov')
  const reported = suggestAttributions(text).find((s) => s.content.text.includes('new corridor'))
  assert.equal(reported?.source, 'Sergey Lavrov')
  assert.equal(reported?.contentIn, 'next')
  // The frame itself carries nothing.
  assert.equal(who(text, 'Below are'), '-')
})

test('a list of plan points is no digest of statements', () => {
  const text = 'The city council approved the budget on Monday.\n\nBelow are the plan’s main points.\n\nBus fares rise by ten cents. Parks get more money.\n\nRoads will be resurfaced.'
  assert.equal(who(text, 'Bus fares'), '-')
})

test('a digest ends where the writer reports another speaker', () => {
  const text = 'MINSK, May 4. /TASS/. Russia is open to talks, Russian Foreign Minister Sergey Lavrov told reporters.\n\n' +
    'Below are Lavrov’s key statements.\n\nRussia will keep shipping grain. The ports are working.\n\n' +
    'Deputy Minister Ivan Orlov said the talks would resume in June. They will be held in Minsk, he added.'
  assert.equal(who(text, 'keep shipping grain'), 'Sergey Lavrov')
  assert.equal(who(text, 'talks would resume'), 'Ivan Orlov')
  assert.equal(who(text, 'held in Minsk'), 'Ivan Orlov')
})

test('a web site named by its domain is an outlet named as written', () => {
  const text = 'The drill shows how fast factories can switch, sohu.com said.\n\n' +
    'The trucks were refitted in two days, according to a report by nbtv.cn. It was the first such drill.'
  assert.equal(who(text, 'factories can switch'), 'sohu.com')
  assert.equal(who(text, 'trucks were refitted'), 'nbtv.cn')
  const kinds = suggestAttributions(text).map((s) => s.sourceKind)
  assert.deepEqual(kinds, ['outlet', 'outlet'])
  // A dot between words that are no domain splits sentences as before.
  assert.equal(suggestAttributions('Prices rose in the U.S. Officials said the rise would slow.').length, 1)
})

test('agencies go by their short names: the German Press Agency is dpa', () => {
  assert.equal(who('The bill passed by a wide margin, the German Press Agency reported.', 'bill passed'), 'dpa')
  assert.equal(who('The plant will reopen, China National Radio reported.', 'plant will reopen'), 'CNR')
  assert.equal(who('The port is closed, China Global Television Network reported.', 'port is closed'), 'CGTN')
})

test('the outlet of a portal credit line or a late dateline writes the story: "told Xinhua" is no relay', () => {
  const credit = 'Economist sees steady growth in Asia\n\n( Xinhua ) 09:09, October 25, 2020\n\n' +
    'Growth in Asia will stay steady next year, economist Mary Stone told Xinhua in a recent interview.'
  const got = suggestAttributions(credit).find((s) => s.content.text.includes('Growth in Asia'))
  assert.equal(got?.source, 'Mary Stone')
  assert.equal(got?.via, null)
  assert.equal(got?.venue, 'Xinhua')
  const late = 'Economist sees steady growth in Asia\n\n"Asia will be fine," says Mary Stone. BOSTON, Oct. 24 (Xinhua) -- ' +
    'Growth in Asia will stay steady next year, economist Mary Stone told Xinhua in a recent interview.'
  assert.equal(who(late, 'stay steady'), 'Mary Stone')
})

test('words said in another outlet\'s programme come via that outlet', () => {
  const text = 'Jet maker plans new trainer\n\n( Global Times ) 09:38, November 16, 2020\n\n' +
    'In a China Central Television (CCTV) program aired on Friday, Li Ming, chief designer of the jet, said that the jet is ready. The jet can fly far, Li said.\n\n' +
    'The trainer is likely to be armed, Li said in the CCTV program.'
  assert.equal(who(text, 'jet is ready'), 'Li Ming via CCTV')
  assert.equal(who(text, 'fly far'), 'Li Ming via CCTV')
  assert.equal(who(text, 'likely to be armed'), 'Li Ming via CCTV')
  assert.equal(who('The wings are new, Li Ming said on Monday in Beijing.', 'wings are new'), 'Li Ming')
})

test('a wire headline and summary take the fuller name the body gives their speaker', () => {
  const text = 'Grain deal stays on the table — Foreign Ministry\n\nThe talks will go on, the president said\n\n' +
    'MOSCOW, May 4. /TASS/. The grain deal remains possible, the Russian Foreign Ministry said. ' +
    'Talks will resume in June, Russian President Ivan Sokolov told reporters.'
  assert.equal(who(text, 'Grain deal stays'), 'Russian Foreign Ministry')
  assert.equal(who(text, 'talks will go on'), 'Ivan Sokolov')
  // With no dateline the story's top is not a wire summary, but the role is still the one person the article
  // names with it (GUIDE 4, role-descriptions.ts); two presidents leave it unnamed.
  assert.equal(who('The talks will go on, the president said\n\nTalks will resume, President Ivan Sokolov said.', 'talks will go on'), 'Ivan Sokolov')
  assert.equal(who('The talks will go on, the president said\n\nTalks will resume, President Ivan Sokolov said. President Anna Berg agreed.', 'talks will go on'), 'president (anonymous)')
})

test('a headline closed by a role speaks for the body\'s speaker of that role', () => {
  const text = 'Port deal reflects trust between the two nations — Russian envoy\n\n' +
    'LIMA, May 4. /TASS/. The port deal shows the trust between both nations, Russian Ambassador to Lima Ivan Petrov said.'
  assert.equal(who(text, 'Port deal reflects'), 'Ivan Petrov')
  const colon = 'New trainer jet could carry AI: top designer\n\nThe jet will learn each pilot\'s habits, Li Ming, the jet\'s chief designer, said.'
  assert.equal(who(colon, 'New trainer jet'), 'Li Ming')
  assert.equal(who('Markets calm after the vote: analysis\n\nPrices held, Li Ming said.', 'Markets calm'), '-')
})

test('"the report" of an outlet named before speaks as that outlet', () => {
  const text = 'Factories in the city switched to making trucks in two days, according to a report by nbtv.cn. ' +
    'The trucks were refitted with new axles, the report said.'
  assert.equal(who(text, 'refitted with new axles'), 'nbtv.cn')
  const kind = suggestAttributions(text).find((s) => s.content.text.includes('new axles'))?.sourceKind
  assert.equal(kind, 'outlet')
  // A document an outlet relays by its own name stays the document.
  assert.equal(who('The two nations are partners, according to a joint statement, TASS reported.', 'two nations'), 'joint statement via TASS')
})

test('unnamed media that quote or cite someone relay that one\'s words, and only those', () => {
  const text = 'Local media quoted officials as saying that the base would close by May. ' +
    'The base was opened in 1990, Defense Minister Omar Haddad said on Monday.'
  assert.equal(who(text, 'base would close'), 'officials (anonymous) via Local media (unnamed)')
  assert.equal(who(text, 'opened in 1990'), 'Omar Haddad')
  assert.equal(who('Local media reported, citing police, that the bridge had collapsed.', 'bridge had collapsed'), 'police via Local media (unnamed)')
  // Media reporting with no inner speaker stay the source.
  assert.equal(who('State media reported that the bridge had collapsed.', 'bridge had collapsed'), 'State media (unnamed)')
})

test('a body\'s name run into its head\'s name: the person is named in full', () => {
  const text = 'The president on Monday appointed the director of the National Drought Center Laura Bennett as acting minister.\n\n' +
    'Soon after taking office, Bennett said that the program would go on.'
  assert.equal(who(text, 'program would go on'), 'Laura Bennett')
})
