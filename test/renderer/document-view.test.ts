import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildDoc, itemMarker } from '../../renderer/editor/document-view.ts'
import { ArticleDocument, blockOffsets, canonicalText } from '../../shared/model/document.ts'

const article = ArticleDocument.parse({
  id: 'briefing',
  meta: { title: 'Briefing' },
  blocks: [
    { type: 'heading', level: 2, text: 'Agenda' },
    { type: 'item', level: 1, text: 'Energy', ordered: true, number: 1 },
    { type: 'item', level: 2, text: 'Gas pipeline' },
    { type: 'item', level: 1, text: 'Arctic', ordered: true, number: 2, marks: [{ type: 'link', from: 0, to: 6, href: 'https://example.org/' }] },
    { type: 'quote', level: 1, text: 'We are partners.' },
    { type: 'quote', level: 2, text: 'Nested reply.' },
    { type: 'paragraph', text: 'Мы партнёры. 我们是伙伴。' },
  ],
})

test('quotes and list items are one node each, so offsets and positions map exactly', () => {
  const { doc, map } = buildDoc(article)
  assert.equal(doc.childCount, article.blocks.length)
  const text = canonicalText(article.blocks)
  const starts = blockOffsets(article.blocks)
  article.blocks.forEach((block, i) => {
    for (let offset = starts[i]!; offset <= starts[i]! + block.text.length; offset++) {
      assert.equal(map.toOffset(map.toPos(offset)), offset, `offset ${offset}`)
    }
  })
  for (const phrase of ['Gas pipeline', 'Nested reply.', 'Мы партнёры', '我们是伙伴']) {
    const start = text.indexOf(phrase)
    assert.equal(doc.textBetween(map.toPos(start), map.toPos(start + phrase.length)), phrase)
  }
})

test('markers: numbers for ordered items, bullets by depth otherwise', () => {
  assert.equal(itemMarker({ ordered: true, number: 7, level: 1 }), '7.')
  assert.equal(itemMarker({ level: 1 }), '•')
  assert.equal(itemMarker({ level: 2 }), '◦')
  assert.equal(itemMarker({ level: 4 }), '•')
  const { doc } = buildDoc(article)
  assert.equal(doc.child(1).attrs.marker, '1.')
  assert.equal(doc.child(2).attrs.marker, '◦')
  assert.equal(doc.child(5).attrs.level, 2)
})
