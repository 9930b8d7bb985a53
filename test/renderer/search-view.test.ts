// The search box asks at every key, with no pause, and keeps at most one
// question out: keys typed while it is answered only change what is asked
// next, and only the answer to what the box holds is shown. Drawn in
// linkedom's document over an Api whose answers the test releases.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { dom } from '../helpers/empty-screen-dom.ts'
import type { Api, Output } from '../../shared/api/contract.ts'

const viewModule = import('../../renderer/ui/search-view.ts')

function answerFor(query: string): Output<'search'> {
  return { hits: [{ documentId: 'd', documentTitle: `about ${query}`, field: 'title', start: 0, end: 0, before: '', match: query, after: '' }], truncated: false }
}

test('keys typed while a search is out ask once more, for the latest text, and the stale answer is not shown', async () => {
  const { SearchView } = await viewModule
  const asked: { query: string; answer: () => void }[] = []
  const api = {
    search: ({ query }: { query: string }) => new Promise<Output<'search'>>((resolve) => asked.push({ query, answer: () => resolve(answerFor(query)) })),
  } as unknown as Api
  const view = new SearchView(api, () => {})
  document.body.append(view.element)
  const box = view.element.querySelector('input')!
  const summary = view.element.querySelector('.search-summary')!
  const type = (text: string) => {
    box.value = text
    box.dispatchEvent(new dom.Event('input'))
  }
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

  type('g')
  // Asked at once, no pause.
  assert.deepEqual(asked.map((a) => a.query), ['g'])
  type('ga')
  type('gas')
  await settled()
  assert.deepEqual(asked.map((a) => a.query), ['g'], 'one question out at a time')
  asked[0]!.answer()
  await settled()
  assert.deepEqual(asked.map((a) => a.query), ['g', 'gas'], 'then the latest text, not every key between')
  assert.equal(view.element.querySelector('.hit-title'), null, 'the answer to "g" is stale: not shown')
  asked[1]!.answer()
  await settled()
  assert.equal(view.element.querySelector('.hit-title')?.textContent, 'about gas')
  assert.equal(summary.textContent, '1 result.')
})
