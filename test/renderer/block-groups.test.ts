import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Node } from 'prosemirror-model'
import { buildDoc } from '../../renderer/editor/document-view.ts'
import { ArticleDocument, blockOffsets, canonicalText, type Block } from '../../shared/model/document.ts'

// A long article (over 100,000 characters): a title, then paragraphs with a
// quote pair and a list every few blocks, and one run of 300 items.
function longArticle(): ArticleDocument {
  const blocks: Block[] = [{ type: 'title', text: 'A long briefing' }]
  for (let i = 0; blocks.length < 700; i++) {
    blocks.push({ type: 'paragraph', text: `Paragraph ${i} says the pipeline will be finished next year, officials said on Tuesday.` })
    if (i % 7 === 3) blocks.push({ type: 'quote', level: 1, text: `Quote ${i}.` }, { type: 'quote', level: 2, text: `Reply ${i}.` })
    if (i % 11 === 5) blocks.push({ type: 'item', level: 1, text: `Item ${i}` }, { type: 'item', level: 1, text: `Item ${i} again` })
    if (i % 13 === 0) blocks.push({ type: 'heading', level: 2, text: `Part ${i}` })
    if (i === 200) for (let k = 0; k < 300; k++) blocks.push({ type: 'item', level: 1, text: `Run item ${k}` })
  }
  while (canonicalText(blocks).length <= 100_000) blocks.push({ type: 'paragraph', text: 'More of the same text, to make it long enough. '.repeat(20) })
  return ArticleDocument.parse({ id: 'long', meta: { title: 'Long' }, blocks })
}

const article = longArticle()
const { doc, map, long } = buildDoc(article)

test('a long article is grouped: the title first, every other block in a group, in order', () => {
  assert.equal(long, true)
  assert.equal(doc.firstChild!.type.name, 'title')
  const flat: Node[] = []
  doc.forEach((node, _pos, index) => {
    if (index === 0) { flat.push(node); return }
    assert.equal(node.type.name, 'group')
    node.forEach((block) => flat.push(block))
  })
  assert.deepEqual(flat.map((n) => n.textContent), article.blocks.map((b) => b.text))
  // A few dozen groups where there were hundreds of blocks.
  assert.ok(doc.childCount < article.blocks.length / 10, `${doc.childCount} top-level nodes`)
})

test('groups end between two paragraphs, or after 128 blocks of a run without such a place', () => {
  let previous: Node | null = null
  doc.forEach((node, _pos, index) => {
    if (index === 0) return
    if (previous) {
      const before = previous.lastChild!.type.name, after = node.firstChild!.type.name
      assert.ok((before === 'paragraph' && after === 'paragraph') || previous.childCount === 128, `a group ends between ${before} and ${after}`)
    }
    previous = node
  })
})

test('offsets and positions map exactly through the groups', () => {
  const text = canonicalText(article.blocks)
  const starts = blockOffsets(article.blocks)
  article.blocks.forEach((block, i) => {
    const start = starts[i]!, end = start + block.text.length
    for (const offset of [start, start + 1, end - 1, end]) assert.equal(map.toOffset(map.toPos(offset)), offset, `offset ${offset}`)
    assert.equal(doc.textBetween(map.toPos(start), map.toPos(end)), block.text)
    assert.equal(doc.resolve(map.toPos(start)).parent.textContent, block.text)
  })
  // Text across a group's end reads as it does in the canonical text, with
  // the blocks' separator once.
  const second = doc.child(2)
  const edge = map.toOffset(doc.child(1).nodeSize + doc.child(0).nodeSize + 1)
  assert.equal(second.type.name, 'group')
  assert.equal(doc.textBetween(map.toPos(edge - 20), map.toPos(edge + 20), '\n\n'), text.slice(edge - 20, edge + 20))
})

test('a short article is not grouped', () => {
  const short = buildDoc(ArticleDocument.parse({ id: 's', meta: { title: 'S' }, blocks: article.blocks.slice(0, 40) }))
  assert.equal(short.long, false)
  assert.equal(short.doc.childCount, 40)
})
