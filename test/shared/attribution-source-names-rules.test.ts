// Right source (session 9, E1): general causes of wrong sources read from
// the read set's misses, each shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a pronoun after a person who is the subject earlier in its sentence is that person, not the last speaker', () => {
  const text = 'Press Secretary Laura Finch welcomed the release. "We are grateful," said Laura Finch.\n\n' +
    'When Prime Minister Aziz Karimov first announced the exchange, he said the prisoners would stay home.'
  assert.equal(who(text, 'prisoners would stay home'), 'Aziz Karimov')
  const arrest = 'Defence lawyer Maria Lodge said her client regretted the call.\n\n' +
    'When Peter Hollins was approached, he told police he had been angry.'
  assert.equal(who(arrest, 'had been angry'), 'Peter Hollins')
})

test('a name inside the quotation or after another name leaves the pronoun to the speaker in reach', () => {
  const quoted = 'Michelle Dorsey said on Monday that the race was close.\n\n"Barack Dorsey never gave up on hope," she said.'
  assert.equal(who(quoted, 'never gave up'), 'Michelle Dorsey')
  const object = 'Senator Anne Kelly said on Monday the bill would pass.\n\nShe said Tom Reed would vote for it if she asked.'
  assert.equal(who(object, 'would vote for it'), 'Anne Kelly')
})

test('a pronoun opening a sentence is the person who opened the sentence before, in the same paragraph', () => {
  const text = 'Defence lawyer Maria Lodge said her client meant no harm.\n\n' +
    'Ilhan Noor asked for mercy in a letter posted on Tuesday. She added, "We must answer hate with care."'
  assert.equal(who(text, 'answer hate with care'), 'Ilhan Noor')
  // (Not across a paragraph break: there the last speaker stays.)
  const apart = 'Defence lawyer Maria Lodge said her client meant no harm.\n\nIlhan Noor was in court on Tuesday.\n\n"It was a mistake," she said.'
  assert.equal(who(apart, 'It was a mistake'), 'Maria Lodge')
})

test("unnamed staff of a named owner are named after the owner's fullest name, without the possessive", () => {
  const text = 'The singer Dana Whitfield left the label in May.\n\nWhitfield\'s rep told reporters that the claim was false.'
  assert.equal(who(text, 'claim was false'), 'Dana Whitfield rep (anonymous)')
  assert.equal(who('The probe reached orbit on Monday, as NASA’s scientists have confirmed.', 'probe reached orbit'), 'NASA scientists (anonymous)')
})

test('"agency officials" after a named agency are its officials', () => {
  const text = 'The Federal Aviation Administration opened a review of the engines.\n\nThe review will take a year, agency officials said.'
  assert.equal(who(text, 'take a year'), 'Federal Aviation Administration officials (anonymous)')
})

test('"the statement" paragraphs after a body issued one is that body\'s statement, not another text met since', () => {
  const text = 'A new report by the Daily Ledger says the deal is close.\n\nOn Monday, Harbor Records issued a statement that appeared to let the tour go ahead.\n\nA LONG HISTORY OF FEUDS\n\n' +
    'The statement claimed that the two labels had come to terms.'
  assert.equal(who(text, 'come to terms'), 'Harbor Records statement')
})

test('a first-person write-up reproduced as plain paragraphs after "X wrote in a blog post" is X\'s, every sentence', () => {
  const text = 'A flaw in a popular chat app lets anyone read private rooms, according to a researcher.\n\n' +
    '"I waited a year before writing this," developer Lena Ortiz wrote in a blog post on Friday.\n\n' +
    'The flaw sits in the way the app stores its keys. Ortiz has released code she said shows the problem. Here is how it works.\n\n' +
    'The server trusts any key the client sends. That lets us open any room we like.\n\n' +
    'In my tests, I opened forty rooms in an hour. The fix is simple.\n\n' +
    'The company did not answer a request for comment.'
  assert.equal(who(text, 'trusts any key'), 'Lena Ortiz')
  assert.equal(who(text, 'forty rooms'), 'Lena Ortiz')
  assert.equal(who(text, 'The fix is simple'), 'Lena Ortiz')
  // (The writer's narration after the write-up stays the writer's.)
  assert.equal(who(text, 'did not answer'), '-')
})

test("the writer's own \"we\" after a speaker who did not write is no write-up", () => {
  const text = 'Senator Amy Ross said on Monday that the bill would pass.\n\nWe know from history how hard such bills are. Our readers deserve better.'
  assert.equal(who(text, 'We know from history'), '-')
  const us = 'Minister Karl Berg wrote in a letter that aid would flow.\n\nThe US sent two ships on Tuesday. The ships reached port.'
  assert.equal(who(us, 'sent two ships'), '-')
})

test('a job title before a full name is no part of the name ("NASA Administrator Jim Bridenstine", "Employee Steve Castro")', () => {
  assert.equal(who('"We are going back," Space Agency Administrator Carl Holm said on Monday.', 'going back'), 'Carl Holm')
  assert.equal(who('Employee Dana Reyes tells the paper that she chased the man away.', 'chased the man'), 'Dana Reyes')
})

test("an \"Office of ...\" owned by a name with no adjective keeps its owner (\"the Ohio Governor's Office of Budget\")", () => {
  assert.equal(who("The Ohio Governor's Office of Budget said in a letter that the plan was short of funds.", 'short of funds'), "Ohio Governor's Office of Budget")
  assert.equal(who("North Dakota's Department of Health reported that cases had doubled.", 'cases had doubled'), "North Dakota's Department of Health")
  // (A country's body is named with its adjective, as before.)
  assert.equal(who("Russia's Ministry of Finance said that revenue fell.", 'revenue fell'), 'Russian Ministry of Finance')
})

test('a hyphenated given name after a long office name stays whole ("... of Public Prosecution Eva-Marie Persson")', () => {
  const text = 'Deputy Director of Public Prosecution Anna-Lena Berg said the case was closed.\n\nMs Berg said: "The evidence has weakened."'
  assert.equal(who(text, 'case was closed'), 'Anna-Lena Berg')
  assert.equal(who(text, 'evidence has weakened'), 'Anna-Lena Berg')
})

test('"the executives" are the group the article described before ("Vantor executives"), "one executive" one of them', () => {
  const text = 'Vantor executives met transition officials on Friday, according to two people familiar with the talks.\n\n' +
    'The cost comes from the specifications, the executives said.\n\nOne executive said the price could fall.'
  assert.equal(who(text, 'comes from the specifications'), 'Vantor executives (anonymous)')
  assert.equal(who(text, 'price could fall'), 'Vantor executive (anonymous)')
  // (A bare group with no article is the group at large.)
  assert.equal(who('Vantor scientists built the probe.\n\nScientists believe the ice hides an ocean.', 'ice hides'), 'scientists (anonymous)')
})

test('a party member described with an indefinite article is an unnamed source ("an Iowa Republican said")', () => {
  assert.equal(who('"He has no ground game," said an Ohio Republican.', 'no ground game'), 'Ohio Republican (anonymous)')
  assert.equal(who('One Nevada Democrat added that the field was too crowded.', 'too crowded'), 'Nevada Democrat (anonymous)')
})

test('a person opening the sentence, with the body of the job in apposition, is the speaker, not the body', () => {
  const text = 'Dana Holt, president of Brick & Lane, a Denver design agency, said she thought the ad worked.'
  assert.equal(who(text, 'the ad worked'), 'Dana Holt')
  const analyst = 'Omar Rahim, a senior analyst at Geoscope, the Texas-based forecasting firm, told reporters that the base was small.'
  assert.equal(who(analyst, 'base was small'), 'Omar Rahim')
})
