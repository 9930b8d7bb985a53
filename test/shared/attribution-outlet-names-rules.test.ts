// How outlets are named and how agencies relay others (session 12, E4):
// general shapes read from read12's misses, each shown on made-up sentences
// that fail without its rule, with a near miss the rule must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { OutletAliases, shortFor } from '../../shared/attribution/outlet-aliases.ts'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

const kindOf = (text: string, words: string) => suggestAttributions(text).find((x) => x.content.text.includes(words))?.sourceKind ?? '-'

test('an outlet\'s short form takes the full name the article gave it: "the Times" after "the New York Times", as source and as relay', () => {
  const text = 'Harbour board chief quits over dredging deal: NY Times\n\n' +
    'BOSTON (Reuters) - The chief of the city harbour board resigned after a row over a dredging contract, the New York Times reported on Friday. ' +
    'Mayor Ellen Cortland said the contract had been signed without a vote, the Times reported. ' +
    'The board had approved three such contracts since 2015, the Times said.'
  assert.equal(who(text, 'The chief of the city'), 'New York Times')
  assert.equal(who(text, 'signed without a vote'), 'Ellen Cortland via New York Times')
  assert.equal(who(text, 'three such contracts'), 'New York Times')
  assert.equal(who(text, 'Harbour board chief quits'), 'New York Times')
})

test('"the Post" after "The Washington Post", "the Journal" after "The Wall Street Journal"', () => {
  const post = 'The Washington Post reported on Monday that the agency had lost the files.\n\n' +
    'Two officials told the Post the files were never recovered. The files were found in March, the Post said.'
  assert.equal(who(post, 'files were found in March'), 'Washington Post')
  const journal = 'The Wall Street Journal reported that the bank would cut 400 jobs.\n\n' +
    'The cuts would fall mostly in London, the Journal reported.'
  assert.equal(who(journal, 'fall mostly in London'), 'Wall Street Journal')
})

test('near miss: "The Times" with no fuller Times in the article stays The Times, and the Financial Times is no "Times"', () => {
  assert.equal(who('The minister will resign before the summer, The Times reported.', 'will resign before'), 'The Times')
  const two = 'The Financial Times reported that the bank would be sold.\n\nThe minister will resign before the summer, The Times reported.'
  assert.equal(who(two, 'will resign before'), 'The Times')
})

test('short forms: last words or initials of the full name, the nearest mention before the words deciding', () => {
  assert.ok(shortFor(['Times'], ['New', 'York', 'Times']))
  assert.ok(shortFor(['NY', 'Times'], ['New', 'York', 'Times']))
  assert.ok(shortFor(['NYT'], ['New', 'York', 'Times']))
  assert.ok(shortFor(['LA', 'Times'], ['Los', 'Angeles', 'Times']))
  assert.ok(!shortFor(['Times'], ['Sunday', 'Times']))
  assert.ok(!shortFor(['York', 'Post'], ['New', 'York', 'Times']))
  assert.ok(!shortFor(['YT'], ['New', 'York', 'Times']))
  assert.ok(!shortFor(['New', 'York', 'Times'], ['New', 'York', 'Times']))
  const text = 'The Los Angeles Times said X. The New York Times said Y. The Times said Z.'
  const aliases = new OutletAliases(text)
  assert.equal(aliases.fold('The Times', text.indexOf('The Times said Z')), 'New York Times')
  assert.equal(aliases.fold('The Times', text.indexOf('said X')), 'Los Angeles Times')
  // (A run of capitals across a sentence's end is not one name: "the West. China Daily said".)
  assert.equal(new OutletAliases('Talks stalled in the West. China Daily said so.').fold('China Daily', 40), 'China Daily')
})

test('a masthead\'s head word after "the" is an outlet as subject or after "according to" ("the Post reported"); "the post" is a thing', () => {
  assert.equal(who('The plant would reopen, according to the Journal.', 'The plant would reopen'), 'Journal')
  assert.equal(who('The Post quoted Dana Holt as saying the plant would reopen.', 'the plant would reopen'), 'Dana Holt via Post')
  assert.equal(who('The files were found in March, the Post said.', 'files were found'), 'Post')
  // ("the post" is a text; "the Post Office" a body.)
  assert.equal(kindOf('The files were found in March, the post said.', 'files were found'), 'document')
  assert.equal(kindOf('The files were found in March, the Post Office said.', 'files were found'), 'organisation')
})

test('an agency or broadcast picked up elsewhere: "X, monitored by the BBC, quoted Y as saying", "The agency, received in London, quoted him": Y via X', () => {
  const text = 'The two countries will swap crude for fuel, IRNA said.\n\n' +
    'IRNA, monitored in Nicosia, quoted Oil Minister Reza Tabari as saying the deal was signed in Moscow.\n\n' +
    'The agency, received in London, quoted him as saying that the first cargo would sail in May.'
  assert.equal(who(text, 'the deal was signed'), 'Reza Tabari via IRNA')
  assert.equal(who(text, 'the first cargo'), 'Reza Tabari via IRNA')
  assert.equal(who('The statement, carried by the Kuwait News Agency KUNA, said the boats were fishing.', 'the boats were fishing'), 'statement via KUNA')
  // Near miss: an aside that is no reception leaves the subject search as it was.
  assert.equal(who('The minister, speaking in London, said the deal was signed.', 'the deal was signed'), 'minister (anonymous)')
})

test('"Tehran radio", "Kabul television": a capital\'s broadcaster keeps its medium in its name, and "the radio" is it to the end of the story', () => {
  const text = 'Iran will close the strait if attacked, Tehran radio said.\n\nThe navy chief spoke at a news conference.\n\nHe listed new missiles.\n\n' +
    'Oil prices rose on the news.\n\nTankers waited at the mouth of the Gulf.\n\n"We shall confront any move," the radio quoted Commander Ali Rostami as saying.'
  assert.equal(who(text, 'close the strait'), 'Tehran radio')
  assert.equal(who(text, 'We shall confront'), 'Ali Rostami via Tehran radio')
  // Near miss: a masthead's own name before "radio" stays the name ("Mayak radio" is Mayak).
  assert.equal(who('Prices rose, Mayak radio said.', 'Prices rose'), 'Mayak')
})

test('outlets known by shape: "Ming Pao newspaper of Hong Kong", "the Kuwait daily al-Qabas", "remarks published in the daily Al-Qabas"', () => {
  assert.equal(who('China will not import more grain, Ming Pao newspaper of Hong Kong said.', 'will not import'), 'Ming Pao')
  assert.equal(who('Prices will fall, the Kuwait daily al-Qabas said.', 'Prices will fall'), 'al-Qabas')
  assert.equal(who('The minister said in remarks published in the daily Al-Qabas that no meeting was planned.', 'no meeting was planned'), 'minister (anonymous) via Al-Qabas')
  // Near miss: a body "of" a place is the body; "an article published in the journal Nature" is no outlet's relay.
  assert.equal(who('Prices will fall, the Bank of England said.', 'Prices will fall'), 'Bank of England')
  assert.equal(who('The minister said in an article published in the journal Nature that the drug works.', 'the drug works'), 'minister (anonymous)')
})

test('a headline crediting an outlet by its kind takes the lede\'s outlet ("KUWAITI DAILY SAYS ...", "..., PAPER SAYS")', () => {
  const daily = 'KUWAITI DAILY SAYS OPEC CREDIBILITY AT STAKE\n\nKUWAIT, April 13 - OPEC faces scrutiny, the Kuwait daily al-Qabas said.'
  assert.equal(who(daily, 'OPEC CREDIBILITY'), 'al-Qabas')
  const paper = 'TANAKA SETS LIMIT TO RICE IMPORTS, PAPER SAYS\n\nTOKYO, March 23 - Farm Minister Kenji Tanaka said Japan must not import more rice, the Asahi Shimbun said.'
  assert.equal(who(paper, 'SETS LIMIT'), 'Kenji Tanaka via Asahi Shimbun')
  const opening = 'PAPER SAYS U.S. MAY CURB TAKEOVERS\n\nNEW YORK, March 18 - The administration may curb takeovers, the New York Times said, quoting an unnamed official.'
  assert.equal(who(opening, 'MAY CURB'), 'New York Times')
  // Near miss: a headline crediting no outlet noun is left to the other rules.
  assert.equal(who('OPEC OUTPUT RISES\n\nKUWAIT, April 13 - OPEC output rose, the Kuwait daily al-Qabas said.', 'OPEC OUTPUT RISES'), '-')
})

test('"it said" after "The statement, carried by KUNA, said" is the statement again, not the agency that carried it', () => {
  const text = 'The Foreign Ministry statement, carried by the Kuwait News Agency KUNA, said the boats were fishing.\n\n' +
    'Tehran had held back vessels before, it said.'
  assert.equal(who(text, 'held back vessels'), 'Foreign Ministry statement via KUNA')
})

test('a rank or religious title before a name is no part of it ("Commodore", "Hojatoleslam", "Sheikh"); the name is', () => {
  const text = 'Commodore Reza Hoseyni said the fleet was ready. Hojatoleslam Akbar Nateq said talks would go on. Sheikh Ali al-Khalifa al-Sabah said no meeting was planned.'
  assert.equal(who(text, 'the fleet was ready'), 'Reza Hoseyni')
  assert.equal(who(text, 'talks would go on'), 'Akbar Nateq')
  assert.equal(who(text, 'no meeting was planned'), 'Ali al-Khalifa al-Sabah')
  // Near miss: a body named after a person keeps the title in its name.
  assert.equal(who('The Sheikh Zayed Foundation said the fund was ready.', 'the fund was ready'), 'Sheikh Zayed Foundation')
})

test('"a spokesman ... quoted in China Daily", "was quoted in Kommersant as saying": the speaker via the outlet that quoted him', () => {
  assert.equal(who('"We will not allow it," said Xing Wangli, a spokesman for the regulator quoted in China Daily.', 'We will not allow'), 'Xing Wangli via China Daily')
  assert.equal(who('The minister was quoted in Kommersant as saying the talks failed.', 'the talks failed'), 'minister (anonymous) via Kommersant')
  // Near miss: quoted in a text that is no outlet relays nothing.
  assert.equal(who('"We will not allow it," said Xing Wangli, whose words were quoted in the report.', 'We will not allow'), 'Xing Wangli')
})

test('"a Japanese daily paper reported" is an unnamed outlet relaying the speaker, named by the outlet the next sentences give it; "the paper" is that newspaper', () => {
  const text = 'TOKYO, April 7 - Finance Minister Kenji Tanaka said he would back the bonds, a Japanese daily paper reported.\n\n' +
    'The Sankei Shimbun quoted Tanaka as saying in an interview that the idea was feasible.\n\n' +
    'The market still trusts the dollar, Tanaka said, the paper reported.'
  assert.equal(who(text, 'would back the bonds'), 'Kenji Tanaka via Sankei Shimbun')
  assert.equal(who(text, 'still trusts'), 'Kenji Tanaka via Sankei Shimbun')
  assert.equal(who('Prices will rise, a Kuwaiti newspaper said.', 'Prices will rise'), 'Kuwaiti newspaper (unnamed)')
  // Near misses: a journal's paper is a text; with no later name the description stays.
  assert.equal(who('Prices will fall, a Nature paper found.', 'Prices will fall'), 'Nature paper')
  assert.equal(who('Tanaka said he would back the bonds, a Japanese daily paper reported.', 'back the bonds'), 'Tanaka via Japanese daily paper (unnamed)')
})

test('state agencies under their full names fold to the names the GUIDE uses ("New China News Agency" is Xinhua); "Pravda reported" is the outlet', () => {
  assert.equal(who('Grain output rose, the New China News Agency said.', 'Grain output rose'), 'Xinhua')
  assert.equal(who('Nazer said the pact holds, the Saudi Press Agency reported.', 'the pact holds'), 'Nazer via SPA')
  assert.equal(who('Pravda reported that the harvest was poor.', 'the harvest was poor'), 'Pravda')
  // Near miss: another paper with "Pravda" in its name stays itself.
  assert.equal(who('The harvest was poor, Komsomolskaya Pravda said.', 'The harvest was poor'), 'Komsomolskaya Pravda')
})
