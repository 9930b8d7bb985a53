// Rules of session 26 (h-f31b), attributed sentences the engine missed
// because the cue was a form it did not know: headline credits by
// punctuation (", FT reports", "- Kyodo", ": Varnabank economist"), and
// frames of saying or stance (a name given with "called X Y" past a long
// object, ", analysts estimate,", "documented"/"counted" with a figure,
// "credited X with", "put X at" a figure, "reaffirmed" a position, the
// progressive of a verb of saying). Each on made-up text with a near miss
// that must stay unchanged.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"called X Y" past a possessive or a participle\'s phrase names X: a stance', () => {
  const owned = 'Mutiny\n\nIn a televised address, President Tomas Adler called the mutineers’ actions a betrayal.'
  assert.equal(who(owned, 'a betrayal'), 'Tomas Adler')
  const long = 'Court case\n\nLawyers for Mayor Ana Lopez on Tuesday called the events leading up to the indictment “shocking and absurd,” after a filing was pulled.'
  assert.notEqual(who(long, 'shocking and absurd'), '-')
  // (Near misses: a meeting called to order, and a call made a day later, name nothing.)
  assert.equal(who('Council\n\nMayor Ana Lopez called the meeting to order at noon.', 'meeting to order'), '-')
  assert.equal(who('Council\n\nMayor Ana Lopez called the city’s police chief a day later.', 'police chief'), '-')
})

test('a headline ending ", Outlet reports" credits the outlet', () => {
  const story = 'Varnia pushes neighbours to cut tariffs, Bloomberg News reports\n\nVarnia has asked its neighbours to cut tariffs.'
  assert.equal(who(story, 'pushes neighbours'), 'Bloomberg')
  // (Near miss: "reports" after a verb is no masthead's.)
  assert.equal(who('Varnia cuts tariffs, denying reports\n\nVarnia has cut tariffs.', 'cuts tariffs'), '-')
})

test('", analysts estimate," set off in commas is the group\'s verb', () => {
  const story = 'Chip profits\n\nNordwave is expected to report its smallest profit drop in a year, analysts estimate, as chip prices rise.'
  assert.equal(who(story, 'smallest profit drop'), 'analysts (anonymous)')
  // (Near miss: a list of things with a noun "estimates" in it has no speaker.)
  assert.equal(who('Wage report\n\nThe index covers wages, rent estimates, and fuel costs.', 'fuel costs'), '-')
})

test('a mixed-case title credits a known outlet after a spaced hyphen', () => {
  const story = 'Top Varnian diplomat proposes talks with neighbours - Kyodo\n\nTOKYO - Varnian Foreign Minister Ana Lopez proposed talks with Japan, Kyodo News reported.'
  assert.equal(who(story, 'proposes talks'), 'Kyodo')
  // (Near miss: a subtitle after the hyphen names no outlet.)
  assert.equal(who('Spider-Man stars in new film - Homecoming\n\nThe film opens on Friday.', 'stars in new film'), '-')
})

test('a headline crediting one unnamed person by a role noun, alone or after a firm\'s name', () => {
  const firm = 'Central bank may cut rates in June: Varnabank economist\n\nThe central bank of Varnia may cut rates in June, a senior economist at Varnabank said.'
  // (Session 29: in the lede's fuller words, headline-descriptions.ts, as labellers write "top State Bank of India economist".)
  assert.equal(who(firm, 'may cut rates in June:'), 'senior Varnabank economist (anonymous)')
  const bare = 'Varnia may buy launcher from US: expert\n\nThe Varnian army wants a launcher.'
  assert.equal(who(bare, 'buy launcher'), 'expert (anonymous)')
  // (Near miss: a subtitle after a dash is no person.)
  assert.equal(who('Elections in Varnia 2024 – Part 2\n\nThe vote is near.', 'Elections in Varnia'), '-')
})

test('"documented"/"counted" with a figure: a record is the recorder\'s', () => {
  const story = 'Press freedom\n\nOutside the capital, the Varnia Press Union documented the killing of 39 journalists in 16 towns.'
  assert.equal(who(story, 'killing of 39'), 'Varnia Press Union')
  const count = 'Press freedom\n\nThe Varnia Press Union has counted at least 15 journalists killed since the invasion.'
  assert.equal(who(count, 'at least 15'), 'Varnia Press Union')
  // (Near misses: counting on someone, documenting a trip.)
  assert.equal(who('Vote\n\nSenator Ana Lopez counted on her allies to pass the bill.', 'her allies'), '-')
  assert.equal(who('Travel\n\nThe photographer Ana Lopez documented her travels across the Andes.', 'her travels'), '-')
})

test('"credited X with ..." is X\'s credit given: a stance', () => {
  const story = 'Strike\n\nForeign Minister Ana Lopez credited news organisations that had learned in advance about the raid on the port with not putting the mission in jeopardy.'
  assert.equal(who(story, 'not putting the mission'), 'Ana Lopez')
  // (Near miss: a goal credited to a player is passive and no one's stance.)
  assert.equal(who('Match\n\nThe goal was credited to Lopez for his header.', 'his header'), '-')
})

test('"put X at" a figure is an estimate', () => {
  const story = 'Flood\n\nThe Varnia Health Ministry put the death toll at 42.'
  assert.equal(who(story, 'death toll'), 'Varnia Health Ministry')
  // (Near miss: no figure after "at".)
  assert.equal(who('Move\n\nThe Varnia Health Ministry put the boxes at the door.', 'the boxes'), '-')
})

test('"reaffirmed" a target, an outlook or a pledge is a position kept', () => {
  const story = 'Results\n\nNordwave Group on Thursday reaffirmed financial targets for the year.'
  assert.equal(who(story, 'financial targets'), 'Nordwave Group')
  // (Near miss: ties are a relation, not a position.)
  assert.equal(who('Results\n\nThe Varnia Bank reaffirmed ties with its partners.', 'ties with'), '-')
})

test('the progressive of a verb of saying with its "that" reports', () => {
  const story = 'Recognition\n\nPresident Ana Lopez had been signalling for weeks that recognition by a neighbour was imminent.'
  assert.equal(who(story, 'recognition by a neighbour'), 'Ana Lopez')
  // (Near miss: a signal with no content.)
  assert.equal(who('Policy\n\nGovernor Ana Lopez is signalling a turn in policy.', 'a turn in policy'), '-')
})

test('"denied access" refuses a grant; "denied the allegations" stays a denial', () => {
  assert.equal(who('Site\n\nThe Varnia Steel Company denied access to the site.', 'access to the site'), '-')
  assert.equal(who('Site\n\nThe Varnia Steel Company denied the allegations.', 'the allegations'), 'Varnia Steel Company')
})

test('greetings or condolences extended or sent are a message with its content', () => {
  const story = 'Holiday\n\nPresident Ana Lopez on Monday extended festive greetings to veterans of the war.'
  assert.equal(who(story, 'festive greetings'), 'Ana Lopez')
  // (Near miss: extending a deadline is an act.)
  assert.equal(who('Deadline\n\nThe Varnia Health Ministry extended the deadline to Friday.', 'the deadline'), '-')
})

test('a stance verb under "according to" a text is the text\'s content', () => {
  const story = 'Energy\n\nSeparately, the Varnian government reaffirmed its commitment to the pipeline, according to a joint statement published after the talks.'
  assert.notEqual(who(story, 'commitment to the pipeline'), 'Varnian government')
})

test('a firm named by an ".ai" domain is one name, as ".com" is', () => {
  const story = 'Coffee visits\n\nThe loyalty plan was beginning to work, Footfall.ai said.'
  assert.equal(who(story, 'loyalty plan'), 'Footfall.ai')
  // (Near miss: a sentence ending before a name with a space between is no domain.)
  const apart = 'Art show\n\nThe show opened in Dubai. Ai Weiwei sent a new work.'
  assert.equal(who(apart, 'sent a new work'), '-')
})
