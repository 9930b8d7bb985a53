// Relay rules (GUIDE 5 and 6) found by reading the blind sets' misses by
// kind, each shown on made-up sentences, not fixture text. Kept apart from
// attribution-rules.test.ts, which holds the source-naming rules.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

// The suggestion whose content overlaps the given words, as "source" or "source via relay"; "-" when none.
test('an outlet is known by the shape of its description: "the X daily", "the X newspaper", "the X Telegram channel"', () => {
  assert.equal(who('Gas flows to the north will fall, the Vedomosti business daily reported, citing two sources.', 'Gas flows'), 'sources (anonymous) via Vedomosti')
  assert.equal(who('Ferry fares will double next year, the Ostlandet newspaper reported, citing a source.', 'Ferry fares'), 'source (anonymous) via Ostlandet')
  assert.equal(who('The bridge near the front was hit overnight, the Kamen Telegram channel reported, citing military sources.', 'The bridge'), 'military sources (anonymous) via Kamen')
  // A country describing an outlet does not name one.
  assert.equal(who('The dam near the border will be rebuilt, a Chinese state broadcaster reported.', 'The dam'), '-')
})

test('"X, citing Y, reported that": the cited source between commas speaks through the outlet', () => {
  assert.equal(who('The semi-official Mehr news agency, citing an informed source, reported that the ferry deal was signed.', 'ferry deal'),
    'informed source (anonymous) via Mehr')
})

test('a pronoun inside what a speaker said is not a relay: "the ministry said that it had ..." after an outlet', () => {
  const text = 'Two tankers were chartered for the winter, the Ostlandet newspaper reported, citing port sources.\n\n' +
    'The finance ministry said on Monday that it had added five ships to its list. The foreign ministry said the move was illegal under the treaty.'
  assert.equal(who(text, 'Two tankers'), 'port sources (anonymous) via Ostlandet')
  assert.equal(who(text, 'five ships'), 'finance ministry')
  assert.equal(who(text, 'the move was illegal'), 'foreign ministry')
})

test('data an outlet compiled is its own; a text it published for another is relayed', () => {
  assert.equal(who('Nine of the 20 analysts rate the stock a buy, according to data compiled by Bloomberg.', 'Nine of'), 'Bloomberg data')
  assert.equal(who('Both sides will expand trade in grain, according to a joint statement published by Xinhua.', 'Both sides'), 'joint statement via Xinhua')
})

test('an outlet named after the speaker\'s cue relays: "as quoted by", "in remarks carried by", "was quoted by X as saying"', () => {
  assert.equal(who('Grain prices will rise next year, Finance Minister Pavel Orlov said, as quoted by RIA Novosti.', 'Grain prices'), 'Pavel Orlov via RIA Novosti')
  assert.equal(who('Grain prices will rise next year, Finance Minister Pavel Orlov said, as cited by Interfax.', 'Grain prices'), 'Pavel Orlov via Interfax')
  assert.equal(who('The country will not give in to pressure, Foreign Minister Ali Navid said in remarks carried by IRNA.', 'will not give in'), 'Ali Navid via IRNA')
  assert.equal(who('Grain exports will grow sharply, the Kremlin said in a statement carried by Tass.', 'Grain exports'), 'Kremlin via TASS')
  assert.equal(who('Grain prices will rise next year, Finance Minister Pavel Orlov was quoted by RIA Novosti as saying.', 'Grain prices'), 'Pavel Orlov via RIA Novosti')
  assert.equal(who('Grain prices will rise next year, Orlov was cited as saying by Interfax.', 'Grain prices'), 'Orlov via Interfax')
  // The outlet reporting alone is still the source.
  assert.equal(who('Grain prices will rise next year, Interfax reported.', 'Grain prices'), 'Interfax')
})

test('"according to X, which cited Y" and "quoting Y": the outlet\'s own source speaks through it', () => {
  assert.equal(who('The talks will resume on Monday, according to Interfax, which cited a diplomatic source.', 'talks will resume'), 'diplomatic source (anonymous) via Interfax')
  assert.equal(who('The cabinet will resign this week, Kyodo news agency said, quoting a government official.', 'cabinet will resign'), 'government official (anonymous) via Kyodo')
  assert.equal(who('Citing two sources, Axios reported that the merger talks had collapsed.', 'merger talks'), 'sources (anonymous) via Axios')
  // "which cited" after a body that is no outlet names no relay.
  assert.equal(who('Exports fell in May, according to the Finance Ministry, which cited weaker demand.', 'Exports fell'), 'Finance Ministry')
})

test('a masthead is known by "The" before its name inside a sentence, or "the" before a one-word masthead', () => {
  assert.equal(who('Two people died in the fire, The Vale-Sentinel reported, citing County Sheriff Amos Hart.', 'Two people'), 'Amos Hart via Vale-Sentinel')
  assert.equal(who('Two people died in the fire, the Herald reported, citing a fire official.', 'Two people'), 'fire official (anonymous) via Herald')
})

test('an interview given to a wire agency reaches the reader through it: "In comments to the X news agency"', () => {
  assert.equal(who('In comments to the Interfax news agency, Deputy Minister Oleg Marin said grain exports would rise.', 'grain exports'), 'Oleg Marin via Interfax')
})

test('an unnamed source met again in a later paragraph keeps the relay it came through; a named one does not', () => {
  const text = 'Beijing wants a lower price, the Financial Times reported, citing a Western official briefed on the talks.\n\n' +
    'The official also said payments could be made in yuan through a clearing bank.\n\n' +
    'Energy Minister Sergei Lavin said on Monday that the deal was close to being signed.'
  assert.equal(who(text, 'payments could be made'), 'Western official briefed on the talks (anonymous) via Financial Times')
  assert.equal(who(text, 'the deal was close'), 'Sergei Lavin')
})

test("the story's own outlet, named by its dateline, is never a relay of itself", () => {
  assert.equal(who('HANOI, May 3 (Xinhua) -- Premier Pham Van Long said on Monday that rice exports would keep growing, according to Xinhua.', 'rice exports'), 'Pham Van Long')
  assert.equal(who('OSLO, May 3 (Reuters) - Ferry fares will double next year, Reuters reported, citing three sources at the operator.', 'Ferry fares'),
    'sources at the operator (anonymous)')
  // Another outlet in the same story still relays.
  assert.equal(who('OSLO, May 3 (Reuters) - Ferry fares will double next year, Bloomberg reported, citing three sources at the operator.', 'Ferry fares'),
    'sources at the operator (anonymous) via Bloomberg')
})

test('within a paragraph a sentence takes the nearest relay, not the first', () => {
  const text = 'Ferry fares will double next year, the Ostlandet newspaper reported, citing a port source. ' +
    'The source said the operator had run out of cash. Separately, Bloomberg reported, citing two bankers, that a buyer was near. ' +
    'The bankers said the talks were at an early stage.'
  assert.equal(who(text, 'run out of cash'), 'port source (anonymous) via Ostlandet')
  assert.equal(who(text, 'an early stage'), 'bankers (anonymous) via Bloomberg')
})

test('a name that reports what it cites is an outlet: "Haaretz reported, citing"; a note "seen by" an outlet the story relays is relayed', () => {
  assert.equal(who('The border crossing was closed overnight, Kavkaz Uzel reported, citing local residents.', 'border crossing'), 'local residents (anonymous) via Kavkaz Uzel')
  assert.equal(who('The border crossing was closed overnight, the Al Mayadeen channel reported, citing local residents.', 'border crossing'), 'local residents (anonymous) via Al Mayadeen')
  // (In a story that relays Reuters elsewhere; alone, "seen by Reuters" is the writer's own outlet: attribution-via-rules.test.ts.)
  assert.equal(who('Zinc output fell, Reuters reported, citing officials. Copper prices will rise, analysts at Mercer Capital wrote in a note seen by Reuters.', 'Copper prices'), 'Mercer Capital via Reuters')
  // A body that reports stays the source.
  assert.equal(who('The border crossing was closed overnight, the Interior Ministry reported, citing local police.', 'border crossing'), 'Interior Ministry')
})

test('an interview given to an outlet described as a newspaper or an agency is relayed through it (another outlet than the writer\'s)', () => {
  const text = '"We need to act before summer," Economy Minister Taro Ishida said in an interview with the Kansai Shimpo newspaper. He added that wages were still too weak.'
  assert.equal(who(text, 'act before summer'), 'Taro Ishida via Kansai Shimpo')
  assert.equal(who(text, 'wages were'), 'Taro Ishida via Kansai Shimpo')
  assert.equal(who('Exports of grain will reach a record, Farm Minister Olga Reut told the Vestnik daily.', 'Exports of grain'), 'Olga Reut via Vestnik')
  // Told reporters, or told a broadcaster the story does not call another outlet: a venue at most.
  assert.equal(who('Exports of grain will reach a record, Farm Minister Olga Reut told reporters.', 'Exports of grain'), 'Olga Reut')
})

test('more outlet shapes: "the French weekly Le Point", "France Info radio", a known masthead ending in "Post"; "the paper" is a role noun', () => {
  const c = 'The bridge was closed overnight after the attack'
  assert.equal(who(`${c}, the French weekly Le Matin reported, citing a security official.`, 'The bridge'), 'security official (anonymous) via Le Matin')
  assert.equal(who(`${c}, Radio Kolo radio reported, citing a security official.`, 'The bridge'), 'security official (anonymous) via Radio Kolo')
  assert.equal(who(`${c}, the Washington Post reported Monday, citing three U.S. officials.`, 'The bridge'), 'U.S. officials (anonymous) via Washington Post')
  const study = 'A study in Lausanne found that walking helps. Participants were mostly older adults from cities, the paper acknowledged.'
  assert.notEqual(who(study, 'Participants'), 'The Paper')
})

test('an outlet\'s own text is the outlet: "according to a report in the X", unless it cites someone', () => {
  const c = 'The bridge was closed overnight after the attack'
  assert.equal(who(`${c}, according to a report in the Washington Post.`, 'The bridge'), 'Washington Post')
  assert.equal(who(`${c}, according to an article published on Tuesday by the Vestnik daily.`, 'The bridge'), 'Vestnik')
  assert.equal(who(`${c}, according to a report by the Washington Post that cited three U.S. officials.`, 'The bridge'), 'U.S. officials (anonymous) via Washington Post')
})

test('a named speaker met again through a pronoun in a later paragraph keeps the relay all their words came through', () => {
  const text = 'Grain exports will reach a record, Farm Minister Olga Reut told the Vestnik daily.\n\nShe added that the harvest was the best in a decade.\n\n' +
    'Trade Minister Ivan Lenk said on Monday that ports were full.\n\nHe added that new berths would open in May.'
  assert.equal(who(text, 'the harvest was'), 'Olga Reut via Vestnik')
  assert.equal(who(text, 'new berths'), 'Ivan Lenk')
})

test('"said on CNN\'s programme", "in an interview on NBC": the programme\'s outlet is the venue, relayed in another outlet\'s story', () => {
  assert.equal(who('DENVER (AP) — The pipeline is safe, Senator Jim Roe said on CNN\'s "State of the Union."', 'pipeline is safe'), 'Jim Roe via CNN')
  assert.equal(who('DENVER (AP) — The pipeline is safe, Senator Jim Roe said in an interview on NBC.', 'pipeline is safe'), 'Jim Roe via NBC News')
  assert.equal(who('DENVER (AP) — The pipeline is safe, Senator Jim Roe said on Tuesday.', 'pipeline is safe'), 'Jim Roe')
  // The story's own outlet is a venue only.
  assert.equal(who('DENVER (AP) — The pipeline is safe, Senator Jim Roe said in an interview with The Associated Press.', 'pipeline is safe'), 'Jim Roe')
})

test("the story's own outlet is also known from a byline, a two-word dateline credit or a closing copyright line", () => {
  const body = 'Premier Pham Van Long said on Monday that rice exports would keep growing, according to Reuters.'
  assert.equal(who(`Rice exports to grow\n\nBy Anna Keller, Reuters\n\n${body}`, 'rice exports would'), 'Pham Van Long')
  assert.equal(who(`Rice exports to grow\n\n${body}\n\nCopyright 2026 Thomson Reuters. All rights reserved.`, 'rice exports would'), 'Pham Van Long')
  assert.equal(who(`HANOI, May 3 (RIA Novosti) - ${body.replace('Reuters', 'RIA Novosti')}`, 'rice exports would'), 'Pham Van Long')
  assert.equal(who(`Rice exports to grow\n\nBy Anna Keller\n\n${body}`, 'rice exports would'), 'Pham Van Long via Reuters')
})

test('"citing its own sources" names the outlet\'s own unnamed sources, not a group met before', () => {
  const text = 'A source in the port authority said the berth was closed. The Vestnik daily, citing its own sources, said the ferry would not sail this week.'
  assert.equal(who(text, 'the ferry would'), 'Vestnik sources (anonymous) via Vestnik')
})

test('"the newspaper said" is the outlet that reported before, not one merely named in a dateline', () => {
  const text = 'OSLO, Oct 2 (Reuters) - Nordfjord is in talks to buy its rival Kestrel, the Financial Times reported, citing people familiar with the matter.\n\n' +
    'A deal could be announced as soon as next week, the newspaper said.'
  assert.equal(who(text, 'A deal could'), 'Financial Times')
})

test('"X, quoted by an outlet, said" and "the outlet cited X as saying": X speaks through the outlet', () => {
  assert.equal(who('Foreign Minister Ivo Marn, quoted by RIA Novosti, said that the talks would resume in May.', 'the talks would'), 'Ivo Marn via RIA Novosti')
  assert.equal(who('RIA Novosti cited Ivo Marn as saying the talks would resume in May.', 'the talks would'), 'Ivo Marn via RIA Novosti')
  assert.equal(who('Ivo Marn, speaking to reporters, said that the talks would resume in May.', 'the talks would'), 'Ivo Marn')
})

test('a press-release distributor in the dateline is no outlet of the story', () => {
  assert.equal(who('Oslo, Norway, May 3, 2026 (GLOBE NEWSWIRE) -- The fund will double, Ivo Marn told the Vestnik Times.', 'The fund'), 'Ivo Marn')
})

test('a source the writer quoted directly before does not take another outlet\'s relay from its paragraph', () => {
  const text = '"The curbs cut both ways," Li Hong, a research fellow, told the Global Times.\n\n' +
    'The Wall Street Journal reported last week, citing people familiar with the matter, that new curbs were planned. Such a move would raise tensions, Li said.'
  assert.equal(who(text, 'new curbs'), 'people familiar with the matter (anonymous) via Wall Street Journal')
  assert.equal(who(text, 'Such a move'), 'Li Hong')
})
