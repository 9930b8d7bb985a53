// The right entity in its canonical form (session 16, h-form): shapes of
// real news where the engine found the source but named it otherwise than
// the GUIDE and the label conventions do, each with a near miss it must
// leave alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('an unnamed source counted "one" and never told apart is named without the count', () => {
  const text = 'Shares in the retailer fell 4 percent on Monday.\n\nHowever, one dealer, who asked not to be named, told Reuters the sales were weak.'
  assert.equal(who(text, 'the sales were weak'), 'dealer (anonymous) via Reuters')
  const kin = 'The hunter was found on Sunday.\n\nOne relative said that his body was found beside the trail.'
  assert.equal(who(kin, 'his body was found'), 'relative (anonymous)')
  // (Near miss: "one of the people" is no count before a name.)
  const of = 'The deal was signed on Monday.\n\nThe price was too high, one of the people familiar with the talks said.'
  assert.notEqual(who(of, 'The price was too high'), 'of the people familiar with the talks (anonymous)')
  assert.match(who(of, 'The price was too high'), /people familiar with the talks/)
})

test('a party named by one word is named as the sentence names it, not lengthened to "X Party"', () => {
  const text = 'The Labour Party would not comment on the reports.\n\nLabour has always maintained that the chancellor would lead the campaign.'
  assert.equal(who(text, 'the chancellor would lead'), 'Labour')
  // (Near miss: a company's first word still stands for the company: "Nordwave" after "Nordwave Semiconductor".)
  const firm = 'Nordwave Semiconductor opened a plant in Dresden.\n\nNordwave said the plant would employ 800 people.'
  assert.equal(who(firm, 'the plant would employ'), 'Nordwave Semiconductor')
  // (Near miss: an adjective alone names no party: "Conservative" is the Conservative Party's.)
  const tory = 'The Conservative Party chose a new leader on Monday.\n\nThe chairman of the Conservative Party described the video as satire.'
  assert.notEqual(who(tory, 'described the video'), 'Conservative')
})
