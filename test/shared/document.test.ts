import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ArticleDocument, Block, BLOCK_SEPARATOR, blockOffsets, canonicalText } from '../../shared/model/document.ts'

const blocks = [
  { type: 'title' as const, text: 'Music 𝄞 notes' },
  { type: 'paragraph' as const, text: 'Smile 😀 and 中文.' },
  { type: 'paragraph' as const, text: 'End' },
]

test('"𝄞" and emoji count as two UTF-16 code units', () => {
  assert.equal('𝄞'.length, 2)
  assert.equal('😀'.length, 2)
  assert.equal(blocks[0]!.text.length, 14)
})

test('canonicalText joins block texts with a blank line and adds nothing else', () => {
  assert.equal(BLOCK_SEPARATOR, '\n\n')
  assert.equal(canonicalText(blocks), 'Music 𝄞 notes\n\nSmile 😀 and 中文.\n\nEnd')
  assert.equal(canonicalText([]), '')
  assert.equal(canonicalText([{ text: 'only' }]), 'only')
})

test('blockOffsets counts UTF-16 units, including non-BMP characters', () => {
  const offsets = blockOffsets(blocks)
  assert.deepEqual(offsets, [0, 16, 34])
  const text = canonicalText(blocks)
  blocks.forEach((b, i) => {
    const at = offsets[i]!
    assert.equal(text.slice(at, at + b.text.length), b.text)
  })
  assert.equal(offsets.at(-1)! + blocks.at(-1)!.text.length, text.length)
  assert.deepEqual(blockOffsets([]), [])
})

const valid = {
  id: 'doc-1',
  meta: { title: 'A document' },
  blocks: [{ type: 'paragraph', text: 'Hello 𝄞 world', marks: [{ type: 'em', from: 6, to: 8 }] }],
}

function issues(value: unknown): string {
  const result = ArticleDocument.safeParse(value)
  assert.equal(result.success, false, 'expected the document to be rejected')
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
}

test('ArticleDocument accepts a valid document, marks counted in UTF-16 units', () => {
  const result = ArticleDocument.safeParse(valid)
  assert.ok(result.success, result.success ? '' : result.error.message)
  // A mark reaching exactly to the end of the block is allowed.
  assert.ok(Block.safeParse({ type: 'paragraph', text: 'a𝄞', marks: [{ type: 'strong', from: 1, to: 3 }] }).success)
})

test('ArticleDocument rejects a block containing a blank line', () => {
  const message = issues({ ...valid, blocks: [{ type: 'paragraph', text: 'one\n\ntwo' }] })
  assert.match(message, /blocks\.0: a block cannot contain a blank line/)
  // A single newline is not a blank line.
  assert.ok(ArticleDocument.safeParse({ ...valid, blocks: [{ type: 'paragraph', text: 'one\ntwo' }] }).success)
})

test('ArticleDocument rejects a mark past the end of its block', () => {
  // "a𝄞" is 3 UTF-16 units; a mark to 4 is past the end.
  const message = issues({ ...valid, blocks: [{ type: 'paragraph', text: 'a𝄞', marks: [{ type: 'em', from: 1, to: 4 }] }] })
  assert.match(message, /blocks\.0: a mark reaches past the end of its block/)
})

test('ArticleDocument rejects empty marks, empty blocks, no blocks and bad ids', () => {
  assert.match(issues({ ...valid, blocks: [{ type: 'paragraph', text: 'abc', marks: [{ type: 'em', from: 2, to: 2 }] }] }), /at least one character/)
  assert.match(issues({ ...valid, blocks: [{ type: 'paragraph', text: '' }] }), /blocks\.0\.text/)
  assert.match(issues({ ...valid, blocks: [] }), /^blocks:/)
  assert.match(issues({ ...valid, id: 'Doc' }), /^id:/)
})
