// Unnamed sources, groups and relays in wire copy, session 20 (h-anon):
// each rule on made-up text in the manner of 1980s wire stories, with a
// near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a wire story with a bare dateline that tells the wire things, and names it nowhere else, is the wire\'s own: "told Reuters" is no relay', () => {
  const own = 'BANK SEES NO RATE CUT\n\nFRANKFURT, June 2 - The central bank will not cut rates this month, dealers said.\n\n' +
    'Its vice-president Hans Keller told Reuters in Tokyo that growth was picking up.\n\n"We see no need to act," he said.\n'
  assert.equal(who(own, 'growth was picking up'), 'Hans Keller')
  assert.equal(who(own, 'We see no need'), 'Hans Keller')
  // (A story that also names the wire reporting is another's, relaying its interview.)
  const relayed = 'BANK SEES NO RATE CUT\n\nFRANKFURT, June 2 - The central bank will not cut rates this month, Reuters reported.\n\n' +
    'Its vice-president Hans Keller told Reuters in Tokyo that growth was picking up.\n'
  assert.equal(who(relayed, 'growth was picking up'), 'Hans Keller via Reuters')
  // (No dateline: nothing says whose copy it is.)
  const undated = 'The central bank will not cut rates this month, dealers said.\n\n' +
    'Its vice-president Hans Keller told Reuters in Tokyo that growth was picking up.\n'
  assert.equal(who(undated, 'growth was picking up'), 'Hans Keller via Reuters')
})

test('a later mention of a group in some of its words, in their order, takes the first mention\'s name', () => {
  const text = 'TOKYO, Oct 19 - Saudi Arabia will remain the main supplier of gas to Japan, oil industry sources said.\n\n' +
    'Industry sources said imports would not rise much next year.\n\n' +
    'Oil sources said prices were unlikely to surge.\n'
  assert.equal(who(text, 'imports would not rise'), 'oil industry sources (anonymous)')
  assert.equal(who(text, 'prices were unlikely'), 'oil industry sources (anonymous)')
  const far = 'TOKYO, June 29 - Spot prices should rise, Far East oil industry sources said.\n\nOil sources said output was above quota.\n'
  assert.equal(who(far, 'output was above quota'), 'Far East oil industry sources (anonymous)')
  // (Words that only place a group do not carry over; a mention with a word the first lacks is another group.)
  const placed = 'GENEVA, May 3 - The talks will fail, Washington-based trade experts said.\n\nTrade experts said tariffs would rise.\n'
  assert.equal(who(placed, 'tariffs would rise'), 'Trade experts (anonymous)')
  const other = 'TOKYO, June 29 - Spot prices should rise, oil industry sources said.\n\nShipping industry sources said freight was cheap.\n'
  assert.equal(who(other, 'freight was cheap'), 'Shipping industry sources (anonymous)')
})

test('an unnamed dealer or trader keeps the phrase that tells where he works, without the count', () => {
  const text = 'ZURICH, April 9 - Markets were calm.\n\nOne dealer at a German bank said the dollar was supported.\n\n' +
    '"You could argue prices will rise," said one international oil trader in Tokyo.\n\n"It will be bought back," he added.\n\n' +
    'An economist at ABN Bank said rates would fall.\n\nAn official in Kyiv said the talks failed.\n'
  assert.equal(who(text, 'the dollar was supported'), 'dealer at a German bank (anonymous)')
  assert.equal(who(text, 'You could argue'), 'international oil trader in Tokyo (anonymous)')
  assert.equal(who(text, 'It will be bought'), 'international oil trader in Tokyo (anonymous)')
  // (A body with a proper name names its staff; a capital stands for its state: unchanged.)
  assert.equal(who(text, 'rates would fall'), 'ABN Bank economist (anonymous)')
  assert.equal(who(text, 'the talks failed'), 'Ukrainian official (anonymous)')
})

test('a "News Service" is an outlet, and "was quoted by" one is a relay ("Kyodo News Service" is Kyodo)', () => {
  const text = 'TOKYO, Oct 20 - Stocks fell.\n\nPrime Minister Yasuhiro Nakasone was quoted by Kyodo News Service as saying he was watching the market.\n\n' +
    'The minister was quoted by the Kuwait News Service as saying talks had failed.\n'
  assert.equal(who(text, 'watching the market'), 'Yasuhiro Nakasone via Kyodo')
  assert.equal(who(text, 'talks had failed'), 'Yasuhiro Nakasone via Kuwait News Service')
})

test('a country\'s adjective before a kind\'s noun and a plural noun ("South Korean bank loans") names no bank for "a bank official"', () => {
  const loans = 'SEOUL, June 2 - Loans will be cut. South Korean bank loans are costly.\n\n"Many firms prefer to borrow," a bank official said.\n'
  assert.equal(who(loans, 'Many firms prefer'), 'bank official (anonymous)')
  // (The body itself, speaking or acting, still names its staff.)
  const navy = 'JAKARTA, June 2 - The Indonesian navy seized a boat.\n\n"It was smuggling," a navy spokesman said.\n'
  assert.equal(who(navy, 'It was smuggling'), 'Indonesian navy spokesman (anonymous)')
})
