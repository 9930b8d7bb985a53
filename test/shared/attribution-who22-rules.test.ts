// Sources named as the labellers write them (session 22, h-who2): shapes of
// unseen news where the engine found the right party but named it in another
// form than the GUIDE's canonical one (a scorer that folds less than ours
// would count it wrong), or resolved a headline's role or a state's figures
// to no one; each with a near miss, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { unnamedMedia } from '../../shared/attribution/media-groups.ts'

test('unnamed media are "(unnamed)", other unnamed groups stay "(anonymous)" (media-groups.ts)', () => {
  assert.equal(who('Ports stayed shut on Monday.\n\nThe strike will spread, state media reported.', 'strike will spread'), 'state media (unnamed)')
  assert.equal(who('Ports stayed shut on Monday.\n\nThe strike will spread, local newspapers said.', 'strike will spread'), 'local newspapers (unnamed)')
  assert.equal(unnamedMedia('U.S. television networks (anonymous)'), 'U.S. television networks (unnamed)')
  assert.equal(unnamedMedia('foreign media #2 (anonymous)'), 'foreign media #2 (unnamed)')
  assert.equal(unnamedMedia('foreign media (anonymous) #2'), 'foreign media (unnamed) #2')
  // Near misses: people who hide their names stay anonymous, and a press officer is no press.
  assert.equal(who('Ports stayed shut on Monday.\n\nThe strike will spread, analysts said.', 'strike will spread'), 'analysts (anonymous)')
  assert.equal(unnamedMedia('press secretary (anonymous)'), 'press secretary (anonymous)')
  assert.equal(unnamedMedia('retail outlets (anonymous)'), 'retail outlets (anonymous)')
})

test('a masthead of several words after "The" is named without it; a one-word masthead keeps it (outlets.ts)', () => {
  assert.equal(who('The port will close, the New York Times reported.', 'port will close'), 'New York Times')
  assert.equal(who('The port will close, The Wall Street Journal reported.', 'port will close'), 'Wall Street Journal')
  // Near miss: "The Times" and "The Guardian" are the whole name.
  assert.equal(who('The port will close, The Guardian reported.', 'port will close'), 'The Guardian')
})

test('"the UK said" is the United Kingdom speaking as a state, as "the U.S." is the United States (entity-picks.ts)', () => {
  assert.equal(who('Troops are training in the east, the UK said on Thursday.', 'Troops are training'), 'United Kingdom')
  // Near miss: "Britain" speaks under its own name.
  assert.equal(who('Troops are training in the east, Britain said on Thursday.', 'Troops are training'), 'Britain')
})

test('a capitals headline crediting one office-holder is the holder the body names under either name of the office (headline-caps.ts)', () => {
  const premier = 'PREMIER SAYS OSTRAVIA WILL PAY ITS DEBTS\n\nVELGRAD, March 23 - Ostravia will keep paying its debts, Prime Minister Tomas Varek said.\n\nVarek said creditors should be patient.'
  assert.equal(who(premier, 'OSTRAVIA WILL PAY'), 'Tomas Varek')
  const envoy = 'MOSCOW BACKS FREE NAVIGATION, ENVOY SAYS\n\nBAHRAIN, March 24 - Moscow supports free navigation in the Gulf, its ambassador to Kuwait, Igor Belkin, said.'
  assert.equal(who(envoy, 'MOSCOW BACKS'), 'Igor Belkin')
  // Near misses: a body whose named speaker holds another office, and a role many hold, leave the headline's role unnamed.
  const other = 'PREMIER SAYS OSTRAVIA WILL PAY ITS DEBTS\n\nVELGRAD, March 23 - Ostravia will keep paying its debts, Finance Minister Tomas Varek said.'
  assert.notEqual(who(other, 'OSTRAVIA WILL PAY'), 'Tomas Varek')
  const economist = 'TRADE GAP WILL NARROW, ECONOMIST SAYS\n\nVELGRAD, March 23 - The trade gap will narrow, chief economist Tomas Varek said.'
  assert.notEqual(who(economist, 'TRADE GAP WILL NARROW'), 'Tomas Varek')
})

test('a state\'s figures named by no body are the state\'s, the country the sentence names or the dateline\'s (state-figures.ts)', () => {
  const text = 'GRAIN IMPORTS TO BE CAPPED\n\nPEKING, March 23 - Imports will be capped, the ministry said.\n\nCustoms figures show that China imported 7.7 mln tonnes of grain in 1986.'
  assert.equal(who(text, 'imported 7.7 mln'), 'Chinese customs figures')
  const owned = 'TRADE SURPLUS WIDENS\n\nTAIPEI, April 11 - Exports rose again.\n\nThe surplus widened to 3.6 billion dlrs, Taiwan\'s official figures show.'
  assert.equal(who(owned, 'surplus widened'), 'Taiwanese official figures')
  // Near miss: figures with an issuer of their own keep its name.
  const issued = 'OUTPUT FALLS\n\nPEKING, March 23 - Output fell.\n\nIHS figures show that China imported 7.7 mln tonnes of grain in 1986.'
  assert.notEqual(who(issued, 'imported 7.7 mln'), 'Chinese customs figures')
  assert.ok(!who(issued, 'imported 7.7 mln').startsWith('Chinese'))
})

test('a book is named with the author the article gives it, past the words that describe him and a word of time (document-issuers.ts)', () => {
  const text = 'Ministers fell out in 2003, a new book claims.\n\nThe book, by Evening Post journalist Mark Lorne, said the pair had quarrelled.'
  assert.equal(who(text, 'Ministers fell out'), 'Mark Lorne book')
  assert.equal(who(text, 'the pair had quarrelled'), 'Mark Lorne book')
  // Near miss: a book the article gives no author stays a book.
  assert.equal(who('Ministers fell out in 2003, a new book claims.\n\nThe pair had quarrelled, the book said.', 'Ministers fell out'), 'new book')
})
