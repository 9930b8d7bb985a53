// Cue recall (session 10): attributed sentences where the engine found no
// cue at all. Each rule is general news grammar, shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a habit or manner word between subject and verb does not hide the subject', () => {
  const text = 'Lena Varga was charged in May.\n\nShe has always denied the claims, saying the money was a loan. She always argued that the fund was legal.'
  assert.equal(who(text, 'the money was a loan'), 'Lena Varga')
  assert.equal(who(text, 'the fund was legal'), 'Lena Varga')
  assert.equal(who('Hedda Lund flat-out denied the claims in a statement on Monday.', 'denied the claims'), 'Hedda Lund')
})

test('a participle hangs on the clause whose subject can speak, past a subordinate one', () => {
  const text = 'Omar Haddad runs the lander programme.\n\nHe declined to state when the lander would be ready, saying it would depend on each order.'
  assert.equal(who(text, 'depend on each order'), 'Omar Haddad')
  // The appositive and a noun the tagger read as a verb are passed over.
  const apposed = 'The council met in May.\n\nBut in April, Karl Brandt, the head of the council, quashed that hope, insisting instead that the plan stood.'
  assert.equal(who(apposed, 'the plan stood'), 'Karl Brandt')
  // Nothing that can speak: no source.
  assert.equal(who('Prices rose.\n\nShares fell after the storm hit the coast, citing nothing at all.', 'Shares fell'), '-')
})

test('a dash sets a reporting participle off as a comma does', () => {
  const text = 'Valtronix sued Norel.\n\nValtronix had waged a long public battle with Norel — claiming the retailer was acting as a bully.'
  assert.equal(who(text, 'acting as a bully'), 'Valtronix')
})

test('an inverted verb finds its speaker past lower-case job words, a mis-tagged first name and a setting', () => {
  assert.equal(who('The drug rewires the brain, said study co-author Paul Hansen, a physicist in Oslo.', 'rewires the brain'), 'Paul Hansen')
  // A plural agent noun closing the clause is unnamed people of a trade.
  assert.equal(who('The bay is shallow, say oceanographers, but currents are strong.', 'bay is shallow'), 'oceanographers (anonymous)')
  assert.equal(who('The bay is shallow, say numbers, but currents are strong.', 'bay is shallow'), '-')
  // "Don", "Fed" read as verbs open the name after "said".
  assert.equal(who('"We expect a boost for the city," said Don Marshall, the director.', 'boost for the city'), 'Don Marshall')
  assert.equal(who('"Rates will stay high," said Fed Vice Chair Lael Brainard in remarks on Monday.', 'Rates will stay high'), 'Lael Brainard')
  const hill = 'Sondland said he was in charge, said another witness in the inquiry, former adviser Fiona Hill.'
  assert.equal(who(hill, 'in charge'), 'Fiona Hill')
})

test('a question put next to its quotation reports; a request or a bare asking does not', () => {
  assert.equal(who('"So the plan has failed?" Senator Dana Whitfield asked.', 'the plan has failed'), 'Dana Whitfield')
  assert.equal(who('"Who pays for it?" asked Mayor Tom Berger.', 'Who pays'), 'Tom Berger')
  assert.equal(who('One Ohio delegate asked simply, "Who cares?"', 'Who cares'), 'Ohio delegate (anonymous)')
  assert.equal(who('The officer asked him to empty his pockets.', 'empty his pockets'), '-')
  assert.equal(who('Counsel Mark Ellis asked Jane Roe about the memo.', 'about the memo'), '-')
})

test('people placed across or around somewhere speak as a group', () => {
  assert.equal(who('Executives across the world say they have no choice but to wait.', 'no choice'), 'executives across the world (anonymous)')
})

test('"see" forecasts for those whose trade is forecasting only', () => {
  assert.equal(who('Forecasters see mostly dry weather into the weekend.', 'dry weather'), 'forecasters (anonymous)')
  assert.equal(who('Residents see the damage every day.', 'the damage'), '-')
})

test('a finding with its content reports for people and bodies, not for unnamed texts', () => {
  assert.equal(who('In past work, researchers at Lund University found that the drug calmed the brain.', 'calmed the brain'), 'Lund University researchers (anonymous)')
  assert.equal(who('Studies have also found that the drug calms the brain.', 'calms the brain'), '-')
  assert.equal(who('The police found the car near the river.', 'near the river'), '-')
})

test('a text before a relative "that" is the subject of the reporting verb', () => {
  assert.equal(who('Valtronix is appealing a ruling that said it had fixed prices.', 'fixed prices'), 'ruling')
  const data = 'Pilots have discussed unconfirmed radar data from Malaysia that suggested the jet was climbing too fast.'
  assert.equal(who(data, 'climbing too fast'), 'Malaysia data')
  assert.equal(who('The officials that said the vote was rigged were fired.', 'officials'), '-')
  assert.equal(who('The council approved a plan that calls for cutting 500 jobs.', 'cutting 500 jobs'), '-')
})

test('a chart provided by its maker speaks as a text', () => {
  assert.equal(who('This graphic, provided by Statista, shows the states where the drug is legal.', 'the drug is legal'), 'Statista graphic')
})

test('an unnamed person described by a relative clause speaks', () => {
  assert.equal(who('A resident who did not want to be named said people stay indoors.', 'stay indoors'), 'resident (anonymous)')
})

test('a share of those polled says what they answered', () => {
  assert.equal(who('Sixty-six percent of those surveyed said they had doubts about the plan.', 'had doubts'), 'respondents (anonymous)')
  assert.equal(who('Most members were pleased: 47 percent said the plan worked.', 'the plan worked'), 'respondents (anonymous)')
  assert.equal(who('Prices rose 47 percent, said nothing of the plan.', 'Prices rose'), '-')
})

test('a participle after a text is no clause: the inverted verb names the text', () => {
  assert.equal(who('Staff are treated as second-class citizens, says a report highlighting casual contracts.', 'second-class'), 'report')
})

test('a verb needing "that" finds it past a time, or reads a clause with "that" left out', () => {
  assert.equal(who('Steve Jobs hinted last year that Apple might build a television.', 'might build'), 'Steve Jobs')
  assert.equal(who('Analysts hinted at a lawsuit if the bank did not pay.', 'a lawsuit'), 'analysts (anonymous)')
  assert.equal(who('Hong Kong students rallied.\n\nProtesters worry China is taking back their freedoms.', 'taking back'), 'protesters (anonymous)')
  assert.equal(who('Activist workers have demanded they stop selling to oil firms.', 'stop selling'), 'Activist workers (anonymous)')
  // A topic or a thing asked for is no content.
  assert.equal(who('Protesters worry about the costs of the plan.', 'the costs'), '-')
  assert.equal(who('Protesters demanded answers from the mayor.', 'answers'), '-')
})

test('people named by their trade report through a participle', () => {
  const text = 'Health care providers have protested longer detentions, warning that children would face more risks.'
  assert.equal(who(text, 'more risks'), 'Health care providers (anonymous)')
})

test('a reporting participle after a text or message speaks for its author', () => {
  const ad = 'Mara Lind, a council candidate, released a television ad saying that she would cut fares.'
  assert.equal(who(ad, 'cut fares'), 'Mara Lind')
  // No clause to hang on: nothing.
  assert.equal(who('Despite parliamentary reports urging new rules, little has changed.', 'little has changed'), '-')
})

test('"according to" a quoted title or a body\'s own web page names a text', () => {
  assert.equal(who('Five members boosted their outlook, according to the new “dot plot” of projections.', 'boosted their outlook'), 'dot plot')
  assert.equal(who('The agency was paid $9,000, according to the state\'s finances website.', 'was paid'), "state's finances website")
})

test('an inverted verb after the comma and mark that close a quotation reports, whatever its tag', () => {
  assert.equal(who('"The firm misled clients about its record," reports Corrie Driebusch.', 'misled clients'), 'Corrie Driebusch')
})

test('"another" speaks as one more of the group met before', () => {
  const text = 'Weibo users mocked the plan. Some said it was late. Another reportedly said: "It is a joke."'
  assert.notEqual(who(text, 'It is a joke'), '-')
})

test('a text claims a clause with no "that"', () => {
  const text = 'The report by the Nordic Teachers Union claims schools have created a pool of low-paid staff.'
  assert.equal(who(text, 'pool of low-paid'), 'Nordic Teachers Union report')
})

test('a newsletter credits the piece it quotes after a dash: the reporter, or the outlet', () => {
  assert.equal(who('RATE PATH — WSJ’s Nora Halden: “A senior official cautioned that cuts would take time.', 'cuts would take time'), 'Nora Halden')
  assert.equal(who('STORM BILL — Our Lena Varga and Tom Berger: “The storm will erase savings across the coast.', 'erase savings'), 'Lena Varga')
  assert.equal(who('CHIP RULES — Bloomberg: “The new rules could undercut the industry.”', 'undercut the industry'), 'Bloomberg')
  const closing = 'Oil markets\n\nExports fell by a third in May, traders said. Russia has lost most of its crude sales in Europe. — WSJ’s Nora Halden'
  assert.equal(who(closing, 'crude sales'), 'Nora Halden')
  // A dash inside a sentence is no credit.
  assert.equal(who('They range from the massive — SpaceX’s Starship vehicle — to small probes.', 'small probes'), '-')
})

test('a second verb shares a name set off after the role that opens the sentence', () => {
  const text = 'The mayor of Brest, Anne Kervella, comforted relatives and urged them to stay strong.'
  assert.equal(who(text, 'stay strong'), 'Anne Kervella')
})

test('forecasts the tagger read as nouns: after "had", and a bare form after a plural subject', () => {
  assert.equal(who('Economists polled by Reuters had forecast growth of 2.1 percent.', 'growth of 2.1'), 'economists (anonymous)')
  assert.equal(who('Independent analysts estimate its cost at about $1.6 trillion.', 'its cost'), 'Independent analysts (anonymous)')
})
