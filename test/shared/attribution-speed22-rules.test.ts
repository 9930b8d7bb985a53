// Session 22's faster readings must give what they replace: glue points and
// legal forms read at the text's capitals (capital-index.ts) instead of a
// Unicode pattern tried at every character, and the library index asked
// without folding when it is empty. Each answer here is what the replaced
// code gave on the same input.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { unglueNames } from '../../shared/attribution/glued-names.ts'
import { legalForms } from '../../shared/attribution/legal-forms.ts'
import { SourceIndex } from '../../shared/attribution/registry.ts'

test('glue points are the capitals after a lower-case letter, a whole code point before them', () => {
  assert.deepEqual(unglueNames('ComradeKim Jong Unappeared at the plant. Kim Jong Un, the leader, spoke.'),
    { text: 'Comrade Kim Jong Un appeared at the plant. Kim Jong Un, the leader, spoke.', inserted: [7, 19] })
  // A lower-case letter outside ASCII, and one outside the first plane (two code units), glue too.
  assert.deepEqual(unglueNames('caféKim Jong Un met. Kim Jong Un, he said.'), { text: 'café Kim Jong Un met. Kim Jong Un, he said.', inserted: [4] })
  assert.deepEqual(unglueNames('𝐚Kim Jong Un met ofKim Jong Un. Kim Jong Un, he said.'),
    { text: '𝐚 Kim Jong Un met of Kim Jong Un. Kim Jong Un, he said.', inserted: [2, 21] })
  // A capital before the name, or half a surrogate pair, is no lower-case letter.
  assert.deepEqual(unglueNames('ÉKim Jong Un met ofKim Jong Un. Kim Jong Un, he said.'),
    { text: 'ÉKim Jong Un met of Kim Jong Un. Kim Jong Un, he said.', inserted: [19] })
  assert.deepEqual(unglueNames('\uDC00Kim Jong Un met ofKim Jong Un. Kim Jong Un, he said.'),
    { text: '\uDC00Kim Jong Un met of Kim Jong Un. Kim Jong Un, he said.', inserted: [19] })
  assert.equal(unglueNames('BlackRock Investment Institute said. BlackRock Investment Institute, it said.'), null)
})

test('legal forms are found from the capital each opens on, not inside a word', () => {
  const formed = (text: string, source: string) => {
    const out = [{ source, sourceKind: 'organisation', sourceId: null, otherSources: [] }]
    legalForms(out, text, () => null)
    return out[0]!.source
  }
  assert.equal(formed('Texaco Inc said on Monday. Later Texaco said more.', 'Texaco'), 'Texaco Inc')
  assert.equal(formed('But General Motors Corp said. GM said.', 'GM'), 'General Motors Corp')
  assert.equal(formed("Japan's Fujitsu Ltd said. Fujitsu said.", 'Fujitsu'), 'Fujitsu Ltd')
  assert.equal(formed('ÉDF SA said. ÉDF said.', 'ÉDF'), 'ÉDF SA')
  // ("xTexaco": a capital after a letter opens no name.)
  assert.equal(formed('xTexaco Inc said. Texaco said.', 'Texaco'), 'Texaco')
})

test('the library index matches by the name, then by the outlet it stands for; an empty one matches nothing', () => {
  const index = new SourceIndex([{ id: 'a', name: 'Reuters', aliases: ['Thomson Reuters'] }, { id: 'c', name: 'Jane Doe', aliases: ['Doe'] },
    { id: '', name: 'Empty Id', aliases: [] }, { id: 'd', name: 'the New York Times', aliases: ['NYT'] }])
  assert.equal(index.match('reuters'), 'a')
  assert.equal(index.match('Thomson Reuters'), 'a')
  assert.equal(index.match('Doe'), 'c')
  assert.equal(index.match('New York Times'), 'd')
  assert.equal(index.match('NYT'), 'd')
  assert.equal(index.match('Empty Id'), null)
  assert.equal(index.match('nobody'), null)
  assert.equal(new SourceIndex([]).match('Reuters'), null)
})
