// Source naming and kinds (session 6): label conventions the lead decided
// (test/fixtures/attribution/README.md) and general causes of source misses
// read from the blind sets, each shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

const kindOf = (text: string, words: string) => {
  const at = text.indexOf(words)
  return suggestAttributions(text).find((x) => x.content.start < at + words.length && x.content.end > at)?.sourceKind ?? '-'
}

test('a colon headline is attributed to the speaker it names, in his fullest form', () => {
  const text = 'Varga: Hungary will veto the new fund\n\nHungarian Foreign Minister Istvan Varga said on Monday that Budapest would block the plan.'
  assert.equal(who(text, 'Hungary will veto'), 'Istvan Varga')
  // A country speaking as a state; a label that is no speaker ("Update:", "Published:") is not.
  assert.equal(who('Norway: Oil fund to sell tobacco stakes\n\nThe fund of Norway said it would sell.', 'Oil fund to sell'), 'Norway')
  assert.equal(who('Update: Storm closes ports along the coast\n\nThe storm hit on Monday.', 'Storm closes'), '-')
})

test('an unnamed spokesperson of a named body is anonymous, named after the body', () => {
  const text = 'The Nordic Council proposed a shared grid fund on Monday. A spokesperson said the fund would be ready by June.'
  assert.equal(who(text, 'ready by June'), 'Nordic Council spokesperson (anonymous)')
  assert.equal(kindOf(text, 'ready by June'), 'anonymous')
  const firm = 'A Volvera spokesperson said the company does not discuss future output.'
  assert.equal(who(firm, 'does not discuss'), 'Volvera spokesperson (anonymous)')
})

test('anonymous names drop counts and articles', () => {
  assert.equal(who('The merger was described by three officials who spoke on condition of anonymity.', 'merger'), 'officials (anonymous)')
  assert.equal(who('Some Western media claimed that the factory was closing.', 'factory'), 'Western media (unnamed)')
  assert.equal(who('Two people familiar with the matter said the deal was close.', 'deal was close'), 'people familiar with the matter (anonymous)')
})

test('a lone spokesperson belongs to the body the paragraph just named by a role noun', () => {
  const text = 'The Nordic Council is drawing up a grid fund.\n\nFinland has warned that the fund could be costly. Its minister, Aino Lehto, said in May that it was too big.\n\n' +
    'The council declined to comment on the draft. A spokesperson said the fund remained on the table.'
  assert.equal(who(text, 'remained on the table'), 'Nordic Council spokesperson (anonymous)')
})

test('a title-case headline and a photo credit give no name forms and no antecedents', () => {
  const text = 'Jury Finds Dana Rook Guilty In Church Case\n\nA jury in Salem has found Dana Rook guilty on all counts.\n\nTom Burt/Getty Images hide caption\n\nRook said he had acted alone. He also said he was sorry.'
  assert.equal(who(text, 'acted alone'), 'Dana Rook')
  assert.equal(who(text, 'was sorry'), 'Dana Rook')
  const investor = 'Investor Ikahn To Advise Trump On Finances\n\nThe team said investor Carl Ikahn will advise him.\n\n"I am proud to serve," Ikahn said.'
  assert.equal(who(investor, 'proud to serve'), 'Carl Ikahn')
})

test('initials the article spells out once name the body in full', () => {
  const text = "Valdia's NRF says it has taken the port\n\nValdia's paramilitary National Resistance Front (NRF) says it has captured the port of Osk. " +
    'The NRF said its forces were advancing.\n\nThe group said in a video that the town was calm.'
  assert.equal(who(text, 'has taken the port'), 'National Resistance Front')
  assert.equal(who(text, 'its forces were advancing'), 'National Resistance Front')
  assert.equal(kindOf(text, 'its forces were advancing'), 'organisation')
  assert.equal(who(text, 'the town was calm'), 'National Resistance Front')
  // A news agency keeps its short name.
  assert.equal(who('The Korean Central News Agency (KCNA) said the test succeeded. KCNA said more would follow.', 'more would follow'), 'KCNA')
})

test('a body keeps the linkers inside its name: "Commission on ...", "Office for the ..."', () => {
  assert.equal(who('Police fired tear gas at the crowd, the Valdia National Commission on Civil Liberties said.', 'tear gas'), 'Valdia National Commission on Civil Liberties')
  assert.equal(who('The UN Office for the Protection of Coastal Waters said the spill had spread.', 'the spill'), 'UN Office for the Protection of Coastal Waters')
  assert.equal(who('Fishing stocks fell by a third, according to the Office for the Study of Northern Seas.', 'Fishing stocks'), 'Office for the Study of Northern Seas')
})

test('a person is named without the employer and job before the name, or the body after "of"', () => {
  assert.equal(who('"The rocket has broken up," said Orbita commentator Lena Dahl, after the broadcast ended.', 'has broken up'), 'Lena Dahl')
  assert.equal(who('Rates will rise next year, said Jan Berg of the Brookings Institution.', 'Rates will rise'), 'Jan Berg')
  // A state's name is no person's.
  assert.equal(who('Rates will rise next year, the Bank of England said.', 'Rates will rise'), 'Bank of England')
})

test('"General Staff" is a body, named after its country', () => {
  const text = "Poland's General Staff said on Saturday that its forces had struck the depot."
  assert.equal(who(text, 'its forces'), 'Polish General Staff')
  assert.equal(kindOf(text, 'its forces'), 'organisation')
})

test('"He" opening a sentence before a one-word name and a comma is a surname', () => {
  const text = 'He Lin, a spokesperson for the ministry, told a press conference on Thursday that Beijing opposed the curbs. He added that talks would go on.'
  assert.equal(who(text, 'Beijing opposed'), 'He Lin')
  assert.equal(kindOf(text, 'Beijing opposed'), 'person')
  assert.equal(who(text, 'talks would go on'), 'He Lin')
})

test('analysts at "the" firm are the firm; a body described by what it does before its role noun is the body', () => {
  assert.equal(who('Growth will slow next year, analysts at the Centre for Policy Analysis and Forecasting wrote in a review.', 'Growth'), 'Centre for Policy Analysis and Forecasting')
  const text = 'The Deepwater monitoring group, which tracks ships, said on Friday that the tanker had sailed.'
  assert.equal(who(text, 'the tanker'), 'Deepwater')
  assert.equal(kindOf(text, 'the tanker'), 'organisation')
  assert.equal(kindOf('Union negotiator Erik Janssen said the strike would go on.', 'the strike'), 'person')
})

test('a body named in part ("SoftBank", "the commission") takes its fullest name in the article', () => {
  const firm = 'Lumora Group said on Monday it had sold its stake. In its release, Lumora said it had sold all of its shares in October.'
  assert.equal(who(firm, 'sold all of its shares'), 'Lumora Group')
  const body = 'The Valdia National Commission on Civil Liberties said two people died. The commission said later that more were hurt.'
  assert.equal(who(body, 'more were hurt'), 'Valdia National Commission on Civil Liberties')
})

test('"they" are the group or body that spoke last, before a single person', () => {
  const text = 'Analysts at Parvus Bank said growth would slow. Katja Voss, an economist at the bank, said rates would fall. "Weakness is broadening," they wrote.'
  assert.equal(who(text, 'Weakness is broadening'), 'Parvus Bank')
})

test("an outlet's report is the outlet speaking", () => {
  const text = 'Stocks gained 0.4% after a report by the Harbour Times said the firm would list.'
  assert.equal(who(text, 'Stocks gained'), 'Harbour Times')
  assert.equal(kindOf(text, 'Stocks gained'), 'outlet')
})

test('investigators, authorities and prosecutors are unnamed groups, also opening a sentence', () => {
  assert.equal(who('Investigators believe that the man drove a van into the city before the blast.', 'drove a van'), 'investigators (anonymous)')
  assert.equal(who('Authorities said the shootout took place at about 3 a.m. on Friday.', 'shootout'), 'authorities (anonymous)')
})

test('"both X and Y said": the first named speaker is the source', () => {
  const text = 'Orbitex said the craft fell over the steppe. But both Orbitex and NASA said the crash would have no impact on the station.'
  assert.equal(who(text, 'no impact'), 'Orbitex')
  // A body whose name has "and" in it stays whole.
  assert.equal(who('Harlow and Finch said sales rose in the quarter.', 'sales rose'), 'Harlow and Finch')
})

test('a job capitalised at the start of a sentence is no part of the name', () => {
  const text = 'In Brampton, realtor Sunil Ghosh said the market had cooled.\n\nRealtor Ghosh said prices had declined since spring.'
  assert.equal(who(text, 'prices had declined'), 'Sunil Ghosh')
  assert.equal(who('Bill Gates said the fund would grow. Gates said the bill Congress passed was weak.', 'the fund would grow'), 'Bill Gates')
})

test("a body named without its owner's initials takes the full name ('Northern Fleet Command' for 'the NVA Northern Fleet Command')", () => {
  const text = 'Northern Fleet Command says the drills will go on\n\nThe drills were announced on Monday by the NVA Northern Fleet Command. ' +
    'The Northern Fleet Command said the drills would last three days.'
  assert.equal(who(text, 'would last three days'), 'NVA Northern Fleet Command')
  assert.equal(kindOf(text, 'would last three days'), 'organisation')
})

test('"the government" is the government of the country the story is filed from, not another body', () => {
  const text = 'Police fire tear gas at protesters\n\nBy JANE DOE Associated Press\n\nNAIROBI, Kenya (AP) — Police fired tear gas on Tuesday, the national rights commission said.\n\n' +
    'The government has denied any role in the disappearances.'
  assert.equal(who(text, 'any role'), 'Kenyan government')
  assert.equal(kindOf(text, 'any role'), 'organisation')
})

test('a given name with a lower-case second syllable ("Kim Jong-un") is one person\'s name', () => {
  const text = 'North Korean leader Ri Song-chol inspected a factory on Wednesday, the agency said. Ri said the country was ready for action at any moment.'
  assert.equal(who(text, 'ready for action'), 'Ri Song-chol')
  assert.equal(kindOf(text, 'ready for action'), 'person')
  assert.equal(kindOf('Secretary Lee Un-hee said the talks were over.', 'the talks'), 'person')
})

test('"the press service of X" speaks for X', () => {
  const text = 'The Grain Board said exports rose. Interfax, citing the press service of the Transport Ministry, reported that the port had reopened.'
  assert.equal(who(text, 'the port had reopened'), 'Transport Ministry via Interfax')
  assert.equal(who('The port reopened on Monday, according to the press service of the Transport Ministry.', 'The port'), 'Transport Ministry')
})

test('a party adjective is a title; a name learnt from its cue gives later short forms their full name', () => {
  assert.equal(who('Republican President-elect Dana Whitlow said she did not need the briefings.', 'did not need'), 'Dana Whitlow')
  const text = 'White House press secretary Josh Earnest said the plan was bad.\n\nEarnest added that the vote was a worry.'
  assert.equal(who(text, 'the vote was a worry'), 'Josh Earnest')
  assert.equal(kindOf(text, 'the vote was a worry'), 'person')
})

test('a lower-case word is no masthead ("at the time" is not Time)', () => {
  assert.notEqual(who('The senator at the time called the plane "a waste of money."', 'a waste'), 'Time')
})

test('"the company" is the company named last, not a public body that spoke after it', () => {
  const text = 'Aerovance Co. said it would cut the price. The U.S. Air Force said the plane was late.\n\nThe company said in a statement that it was under contract.'
  assert.equal(who(text, 'under contract'), 'Aerovance Co.')
})

test('a church is a body, no person a pronoun stands for; "the Fed" is the Federal Reserve the article names', () => {
  const text = 'Dana Rook entered Grace AME Church in June.\n\n"I am guilty," he said.'
  assert.equal(who(text, 'I am guilty'), 'Dana Rook')
  const fed = 'The U.S. Federal Reserve raised rates on Wednesday.\n\nRisks remain balanced, the Fed said.'
  assert.equal(who(fed, 'Risks remain'), 'U.S. Federal Reserve')
})

test('kinds: a firm whose analysts speak, a "Motor" company, a country of two words and a "Media" publisher', () => {
  assert.equal(kindOf('Growth will slow next year, analysts at Harwell Sachs said.', 'Growth'), 'organisation')
  assert.equal(kindOf('Kenzo Motor said on Monday that it would build hybrids in Ohio.', 'build hybrids'), 'organisation')
  assert.equal(kindOf('The United States said on Monday that it would send aid.', 'send aid'), 'organisation')
  assert.equal(kindOf('Prices rose 3% in May, according to Argo Media.', 'Prices rose'), 'outlet')
})

test("a lower-case description between a country's possessive and a body's name is no part of the name", () => {
  const text = "Valdia's paramilitary Northern Defence Forces said they had captured the town of Osk."
  assert.equal(who(text, 'captured the town'), 'Northern Defence Forces')
  assert.equal(kindOf(text, 'captured the town'), 'organisation')
})

test('"a" cannot go with a plural: "a backpack investigators believe" is the investigators', () => {
  const text = 'Video showed him wearing a backpack investigators believe contained a bomb. Investigators believe that he drove a van into the city.'
  assert.equal(who(text, 'drove a van'), 'investigators (anonymous)')
})

test('"reported Alexa Olgin of Carolina Public Radio": the reporter of a station is a person', () => {
  const text = 'As the verdict was read, Rook stood still, reported Alexa Olgin of Carolina Public Radio, who was in court.'
  assert.equal(who(text, 'Rook stood still'), 'Alexa Olgin')
  assert.equal(kindOf(text, 'Rook stood still'), 'person')
})

test('a spokesperson "at" a body is its anonymous spokesperson, and a part of the body\'s name is the whole', () => {
  const text = 'A spokesperson at Ridgeway Mobility Command told reporters they did not know why the plane was there.\n\n' +
    'A Ridgeway Mobility spokesperson told reporters they were trying to reach the Guard.'
  assert.equal(who(text, 'did not know why'), 'Ridgeway Mobility Command spokesperson (anonymous)')
  assert.equal(who(text, 'trying to reach'), 'Ridgeway Mobility Command spokesperson (anonymous)')
  // A body's own name stays itself ("United Nations" beside "United Nations Security Council").
  const un = 'The United Nations Security Council met on Monday.\n\nThe United Nations said aid would resume next week.'
  assert.equal(who(un, 'aid would resume'), 'United Nations')
})

test('"the U.S." speaking is the United States; initials of a body named in full name it ("IMF")', () => {
  assert.equal(who('The U.S. hoped it might keep the minister in power for two more years.', 'keep the minister'), 'United States')
  const text = 'The International Monetary Fund cut its forecast on Tuesday.\n\nThe IMF said rate hikes would come in 2023.'
  assert.equal(who(text, 'rate hikes'), 'International Monetary Fund')
})

test('reports nobody is named for are unnamed sources; "watchers" and "pollsters" are groups', () => {
  assert.equal(who('About 50 other people were wounded, according to local news reports.', 'wounded'), 'local news reports (anonymous)')
  assert.equal(kindOf('About 50 other people were wounded, according to local news reports.', 'wounded'), 'anonymous')
  assert.equal(who('Market watchers said the rally would fade by March.', 'the rally'), 'market watchers (anonymous)')
})

test('"it" is a body in reach before a country merely named; a possessive read into a name is dropped', () => {
  const text = 'The Global Lending Fund is cutting its outlook for 2027, including Canada’s, citing labour shortages.\n\n' +
    'Growth will slow to 2.7% next year, down from the 2.9% it had estimated in July.'
  assert.equal(who(text, 'Growth will slow'), 'Global Lending Fund')
})
