// The Suggestions region draws incrementally: moving through the list (a
// key press each) rebuilds only the items whose drawing changed, the old
// current one and the new one; the others stay the same nodes. Drawn in
// linkedom's document, over the in-memory Api.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import '../helpers/empty-screen-dom.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { suggestionKey, type Suggestion } from '../../shared/model/suggestion.ts'
import { harness, TEXT } from './fake-context.ts'

const viewModule = import('../../renderer/ui/suggestions.ts')

function suggestion(words: string, source: string): Suggestion {
  const start = TEXT.indexOf(words)
  const end = start + words.length
  return {
    key: suggestionKey(start, end, source, null), content: { text: words, start, end }, cue: { text: `${source} said`, start, end: start + 3 },
    source, sourceKind: 'outlet', via: null, venue: null, confidence: 0.9, sourceMatch: { sourceId: source.toLowerCase() }, viaMatch: null,
    target: describeRange(TEXT, start, end),
  }
}

const list = [suggestion('the talks went well', 'Xinhua'), suggestion('so too', 'Tass'), suggestion('was not sure', 'CNBC')]

test('moving through the suggestions redraws only the two items whose focus changed', async () => {
  const { SuggestionsView } = await viewModule
  const h = await harness()
  h.fake.suggestions = list
  const view = new SuggestionsView(h.suggestions, () => {}, () => [])
  h.suggestions.onChange(() => view.render())
  await h.suggestions.use(h.reader.session)
  const items = () => [...view.element.querySelectorAll('.suggestion-item')]
  const first = items()
  assert.equal(first.length, 3)

  h.suggestions.move(1)
  const second = items()
  assert.equal(second[0]!.classList.contains('current'), true)
  assert.notEqual(second[0], first[0])
  assert.equal(second[1], first[1])
  assert.equal(second[2], first[2])

  h.suggestions.move(1)
  const third = items()
  assert.notEqual(third[0], second[0])
  assert.notEqual(third[1], second[1])
  assert.equal(third[2], second[2])
  assert.equal(view.element.querySelectorAll('.suggestion-item.current').length, 1)

  // One dealt with: its item goes, the rest stay.
  h.suggestions.drop([list[0]!.key])
  const fourth = items()
  assert.equal(fourth.length, 2)
  assert.equal(fourth[1], third[2])
  assert.deepEqual(fourth.map((e) => e.getAttribute('data-suggestion-key')), [list[1]!.key, list[2]!.key])
})

test('hidden, then shown again: the list is drawn whole once more', async () => {
  const { SuggestionsView } = await viewModule
  const h = await harness()
  h.fake.suggestions = list
  const view = new SuggestionsView(h.suggestions, () => {}, () => [])
  h.suggestions.onChange(() => view.render())
  await h.suggestions.use(h.reader.session)
  await h.suggestions.setShown(false)
  assert.equal(view.element.querySelectorAll('.suggestion-item').length, 0)
  await h.suggestions.setShown(true)
  assert.equal(view.element.querySelectorAll('.suggestion-item').length, 3)
})
