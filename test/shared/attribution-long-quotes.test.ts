// "..., he said" closing a quotation that runs over several paragraphs is the
// last to speak before it, a little further back than a pronoun reaches,
// never a lone word merely named inside the quotation (session 28,
// pronoun-resolve.ts). Made-up sentences, with near misses.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

const speech = 'The Ogun State Commissioner of Police, Tunde Bakare, confirmed this on Monday.\n\n' +
  'He said 300 suspects were arrested in the month.\n\n' +
  'In a breakdown of the figure, Mr Bakare said that three suspects who robbed a taxi driver were caught.\n\n' +
  '"On 2 March, the suspects booked a taxi at Ibara heading to Kuto.\n\n' +
  '"On reaching Kuto at night, they robbed the driver and fled on foot.\n\n' +
  '"With the help of passersby, two of the suspects were caught at once.\n\n' +
  '"The car and two knives were recovered from them," he said.'

test('"he said" after a four-paragraph quotation is its speaker, not a place named in it', () => {
  assert.equal(who(speech, 'The car and two knives'), 'Tunde Bakare')
  assert.equal(who(speech, 'booked a taxi at Ibara'), 'Tunde Bakare')
})

test('near misses: a person named in reach is still whom "he" takes up; "she" never takes a man further back', () => {
  const near = speech.replace('"With the help of passersby, two of the suspects were caught at once.',
    'Inspector Kola Ade led the team that made the arrests.')
  assert.equal(who(near, 'The car and two knives'), 'Kola Ade')
  const she = speech.replace('," he said.', '," she said.')
  assert.notEqual(who(she, 'The car and two knives'), 'Tunde Bakare')
})
