// Business news with analysts, firms and data (session 23, h-attr-c, set
// lab25-c): a firm's analysts named before their noun, "the analysts" after
// them, a verb of warning, a passive owned by a later verb, talk no one
// signs, the owner of a sentence's subject as "he", and a job between
// commas before the employer; each with a near miss, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"JPMorgan analysts" and "the Barclays analysts" are the firm; a place or a people before the noun is none (firm-staff.ts)', () => {
  assert.equal(who('Shares of Zentor fell.\n\n"Demand is weak," JPMorgan analysts wrote in a note.', 'Demand is weak'), 'JPMorgan')
  assert.equal(who('Shares of Zentor fell.\n\nDemand will fall, the Barclays analysts said.', 'Demand will fall'), 'Barclays')
  assert.equal(who('Shares of Zentor fell.\n\nMargins will shrink, Goldman Sachs economists said.', 'Margins will'), 'Goldman Sachs')
  // Near misses: where the analysts sit, or who they are, is no employer.
  assert.equal(who('Shares of Zentor fell.\n\nDemand will fall, Chinese analysts said.', 'Demand will fall'), 'Chinese analysts (anonymous)')
  assert.equal(who('Shares of Zentor fell.\n\nDemand will fall, Wall Street analysts said.', 'Demand will fall'), 'Wall Street analysts (anonymous)')
})

test('"the analysts" after "analysts at Barclays" are the firm again, unless unnamed analysts came since (firm-staff.ts)', () => {
  assert.equal(who('Shares of Zentor fell, according to analysts at Barclays.\n\nDemand will fall, the analysts said.', 'Demand will fall'), 'Barclays')
  assert.equal(who('Shares of Zentor fell, Barclays analysts said.\n\nDemand will fall, the analysts said.', 'Demand will fall'), 'Barclays')
  // Near miss: an unnamed group of analysts met after the firm's is whom "the analysts" take up.
  assert.equal(who('Shares of Zentor fell, according to analysts at Barclays.\n\nMargins are safe, analysts polled by Reuters said.\n\nDemand will fall, the analysts said.', 'Demand will fall'), 'analysts (anonymous)')
})

test('"flagged" reports what the analysts warned of (lexicon.ts)', () => {
  assert.equal(who('Zentor grew.\n\nCyclical stocks will shrink, the Barclays analysts flagged.', 'Cyclical stocks'), 'Barclays')
  // Near miss: a flagged ship is no speaker's word.
  assert.equal(who('Zentor grew.\n\nA Panama-flagged tanker docked at the port on Monday.', 'tanker docked'), '-')
})

test('a "by" after "viewed as ... swayed" is the agent of the later verb, not of the viewing (verb-phrases.ts)', () => {
  assert.equal(who('Zentor grew.\n\nStocks, which are viewed as easily swayed by broader trends, will shrink, the Barclays analysts said.', 'will shrink'), 'Barclays')
  // Near miss: "described as ... by" with no verb between names who described it.
  assert.equal(who('Zentor grew.\n\nThe plan has been described as heartbreaking by the Zentor union.', 'The plan'), 'Zentor')
})

test('unsigned talk is an unnamed source named as written, which no later "he" stands for (talk-speakers.ts)', () => {
  assert.equal(who('Mark Liu resigned.\n\nSpeculation in the industry suggested Liu was pushed out.', 'Liu was pushed'), 'speculation in the industry (anonymous)')
  assert.equal(who('Mark Liu resigned.\n\nMarket rumours suggested Liu was pushed out.', 'Liu was pushed'), 'market rumours (anonymous)')
  const later = 'Mark Liu resigned.\n\nSpeculation in the industry suggested Liu was pushed out.\n\nThe move came at the meeting, where he reiterated his outlook, Bloomberg reported.'
  assert.equal(who(later, 'The move came'), 'Mark Liu via Bloomberg')
  // Near miss: a talk-show host is a person.
  assert.equal(who('Rates will rise, talk show host Mark Liu said.', 'Rates will rise'), 'Mark Liu')
})

test('the owner of the subject opening the sentence is whom a later "he" stands for (pronoun-subjects.ts)', () => {
  const owner = 'Mark Liu resigned on Monday.\n\nC.C. Wei\'s appointment was announced at the meeting, where he reiterated his outlook, Bloomberg reported.'
  assert.equal(who(owner, 'appointment was announced'), 'C.C. Wei via Bloomberg')
  // Near miss: a name after a preposition opening the sentence owns no subject ("After meeting Wei, he said").
  const after = 'Mark Liu spoke on Monday.\n\nAfter meeting C.C. Wei, he said the outlook was bright.'
  assert.equal(who(after, 'the outlook was'), 'Mark Liu')
})

test('"Name, job, Employer said": the person, the employer only describing him (chain-persons.ts)', () => {
  assert.equal(who('Zentor grew.\n\nNadia Lovell, senior equity strategist, UBS Global Wealth Management said that demand is strong.', 'demand is strong'), 'Nadia Lovell')
  // Near miss: a list of names before the body is no job; the body speaks.
  assert.equal(who('Zentor grew.\n\nAfter talks with Nadia Lovell, Mark Olsen, UBS said that demand is strong.', 'demand is strong'), 'UBS')
})

test('"the contract chipmaker" is a role noun for the firm named before, its describing words in no name (role-speakers.ts)', () => {
  const text = 'Taiwan Semiconductor Manufacturing Company (TSMC) grew.\n\nThe contract chipmaker said it expects a strong recovery this year.'
  assert.equal(who(text, 'strong recovery'), 'Taiwan Semiconductor Manufacturing Company')
  // Near miss: a state body described by its country stands as a name.
  assert.equal(who('Zentor grew.\n\nExports will fall, the Dutch economy ministry said.', 'Exports will'), 'Dutch economy ministry')
})

test('initials spelt by a name with an owner\'s "\'s" stand for the name without it (acronyms.ts)', () => {
  assert.equal(who('London Stock Exchange Group\'s income rose.\n\nLSEG said its venture was moving ahead.', 'venture was moving'), 'London Stock Exchange Group')
  // Near miss: a body whose own name ends in "'s" is no owner's ("Moody's").
  assert.equal(who('The outlook is stable, the ratings agency Moody\'s said.', 'outlook is stable'), 'Moody\'s')
})

test('a mixed-case title credits after a spaced hyphen a firm whose analysts the story quotes (headline-credit.ts)', () => {
  assert.equal(who('Profits to fall in the second quarter - Barclays\n\nProfits will fall, analysts at Barclays said.', 'Profits to fall'), 'Barclays')
  // Near miss: a word after a hyphen that the story never gives analysts is no credit ("- Review").
  assert.equal(who('Profits to fall in the second quarter - Review\n\nProfits will fall, analysts at Barclays said.', 'Profits to fall'), '-')
})

test('a second verb after "and" shares a subject placed by "at", past a participle\'s aside (shared-subjects.ts)', () => {
  assert.equal(who('Zentor grew.\n\nAnalysts at Bernstein lowered their target and described the strategy as an "expensive offensive".', 'expensive offensive'), 'Bernstein')
  assert.equal(who('Zentor grew.\n\nAnalysts at Bernstein, retaining their rating, reduced their target to $565, and described the strategy as an "expensive offensive".', 'expensive offensive'), 'Bernstein')
  // Near miss: a second verb with its own subject after "and" is that subject's.
  assert.equal(who('Zentor grew.\n\nAnalysts at Bernstein lowered their target and Mark Olsen described the strategy as an "expensive offensive".', 'expensive offensive'), 'Mark Olsen')
})
