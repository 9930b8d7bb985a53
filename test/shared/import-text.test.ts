import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { importText } from '../../shared/import/text.ts'
import { ArticleDocument, canonicalText } from '../../shared/model/document.ts'

const samplePath = fileURLToPath(new URL('../../resources/samples/xi-mishustin-2025-11-05.txt', import.meta.url))
const sampleRaw = readFileSync(samplePath, 'utf8')
const DATELINE = 'Beijing, China, Nov. 05, 2025 (GLOBE NEWSWIRE)'

describe('importText on the built-in sample', () => {
  const imported = importText(sampleRaw)
  const { blocks } = imported

  test('marks the dateline on the first paragraph without changing its text', () => {
    const first = blocks[0]!
    assert.equal(first.type, 'paragraph')
    assert.ok(first.text.startsWith(`${DATELINE} -- Chinese President Xi Jinping`), first.text.slice(0, 80))
    assert.deepEqual(first.marks, [{ type: 'dateline', from: 0, to: DATELINE.length }])
    assert.equal(first.text.slice(0, DATELINE.length), DATELINE)
    assert.equal(imported.dateline, DATELINE)
  })

  test('"Deepen cooperation" is a heading and every other block is a paragraph', () => {
    const headings = blocks.filter((b) => b.type === 'heading')
    assert.deepEqual(headings.map((b) => b.text), ['Deepen cooperation'])
    assert.equal(headings[0]!.level, 2)
    const others = blocks.filter((b) => b.text !== 'Deepen cooperation')
    assert.equal(others.length, blocks.length - 1)
    for (const b of others) assert.equal(b.type, 'paragraph', `block ${JSON.stringify(b.text.slice(0, 40))} is ${b.type}`)
  })

  test('has no title block (its first line is a long paragraph)', () => {
    assert.equal(imported.title, undefined)
    assert.ok(!blocks.some((b) => b.type === 'title'))
  })

  test('only the first paragraph carries a mark', () => {
    assert.deepEqual(blocks.slice(1).filter((b) => b.marks !== undefined), [])
  })

  test('canonical text equals the file paragraphs joined by a blank line', () => {
    const paragraphs = sampleRaw.replace(/\r\n?/g, '\n').trim().split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean)
    assert.equal(blocks.length, paragraphs.length)
    assert.equal(blocks.length, 25)
    assert.equal(canonicalText(blocks), paragraphs.join('\n\n'))
    assert.equal(canonicalText(blocks), sampleRaw.trim())
  })

  test('the imported sample is a valid ArticleDocument', () => {
    const parsed = ArticleDocument.safeParse({ id: 'sample', meta: { title: 'Sample' }, blocks })
    assert.ok(parsed.success, parsed.success ? '' : parsed.error.message)
  })
})

describe('importText on small inputs', () => {
  test('a short first line followed by text is the title', () => {
    const r = importText('Leaders Meet in Beijing\n\nThe two leaders met on Tuesday.\n\nThey talked.')
    assert.equal(r.title, 'Leaders Meet in Beijing')
    assert.deepEqual(r.blocks.map((b) => b.type), ['title', 'paragraph', 'paragraph'])
    assert.equal(r.blocks[0]!.text, 'Leaders Meet in Beijing')
  })

  test('a lone short line is a paragraph, not a title', () => {
    const r = importText('Just a line')
    assert.equal(r.title, undefined)
    assert.deepEqual(r.blocks, [{ type: 'paragraph', text: 'Just a line' }])
  })

  test('CRLF and CR line endings are normalised', () => {
    const r = importText('First line of one paragraph,\r\nsecond line.\r\n\r\nAnother paragraph.\r\rThird paragraph.\r\n')
    assert.deepEqual(r.blocks.map((b) => b.text), [
      'First line of one paragraph, second line.',
      'Another paragraph.',
      'Third paragraph.',
    ])
    for (const b of r.blocks) assert.ok(!/[\r\n]/.test(b.text), JSON.stringify(b.text))
  })

  test('a byte order mark is dropped', () => {
    const r = importText('\uFEFFOne paragraph.\n\nTwo paragraphs.')
    assert.equal(r.blocks[0]!.text, 'One paragraph.')
    assert.ok(!canonicalText(r.blocks).includes('\uFEFF'))
  })

  test('wrapped lines are joined with a single space and blank lines with spaces split paragraphs', () => {
    const r = importText('  The quick brown fox\njumps over\n   the lazy dog.  \n \t \nNext one.')
    assert.deepEqual(r.blocks.map((b) => b.text), ['The quick brown fox jumps over the lazy dog.', 'Next one.'])
  })

  test('Chinese and Russian text is kept intact', () => {
    const zh = '中国国家主席习近平在北京会见俄罗斯总理米舒斯京，双方就深化合作交换了意见。'
    const ru = 'Председатель КНР Си Цзиньпин встретился с премьер-министром России Михаилом Мишустиным в Пекине.'
    const r = importText(`${zh}\n\n${ru}\n\n😀 𝄞 emoji stays too.`)
    assert.deepEqual(r.blocks.map((b) => b.text), [zh, ru, '😀 𝄞 emoji stays too.'])
    assert.deepEqual(r.blocks.map((b) => b.type), ['paragraph', 'paragraph', 'paragraph'])
  })

  test('short sentences ending in CJK full-width punctuation are paragraphs, not headings', () => {
    const r = importText('第一段很长的文字，说明会谈的背景和内容，以及双方的立场和看法。\n\n双方签署了联合公报。\n\n他们还讨论了北极航线吗？\n\n最后一段。')
    assert.deepEqual(r.blocks.map((b) => b.type), ['paragraph', 'paragraph', 'paragraph', 'paragraph'])
  })

  test('a short quotation in guillemets is a paragraph, not a heading', () => {
    const r = importText('Мишустин заявил журналистам в Пекине следующее.\n\n«Россия и Китай — партнёры»\n\nКонец.')
    assert.deepEqual(r.blocks.map((b) => b.type), ['paragraph', 'paragraph', 'paragraph'])
  })

  test('a short line without punctuation between paragraphs is a heading', () => {
    const r = importText('A first paragraph ends here.\n\nЭкономическое сотрудничество\n\nA closing paragraph.')
    assert.deepEqual(r.blocks.map((b) => b.type), ['paragraph', 'heading', 'paragraph'])
  })

  test('a last short line is not a heading', () => {
    const r = importText('A long enough first paragraph with a full stop.\n\nAnother paragraph.\n\nReporting by Jane Doe')
    assert.deepEqual(r.blocks.map((b) => b.type), ['paragraph', 'paragraph', 'paragraph'])
    assert.equal(r.blocks.at(-1)!.text, 'Reporting by Jane Doe')
  })

  test('a dateline after a title is marked on the first paragraph', () => {
    const r = importText('Talks in Moscow\n\nMOSCOW, Jan. 2, 2026 (Reuters) -- Officials met.\n\nMore text.')
    assert.equal(r.title, 'Talks in Moscow')
    assert.equal(r.dateline, 'MOSCOW, Jan. 2, 2026 (Reuters)')
    assert.deepEqual(r.blocks[1]!.marks, [{ type: 'dateline', from: 0, to: 'MOSCOW, Jan. 2, 2026 (Reuters)'.length }])
    assert.equal(r.blocks[1]!.text, 'MOSCOW, Jan. 2, 2026 (Reuters) -- Officials met.')
  })

  test('no dateline is marked when there is none', () => {
    const r = importText('Officials met on Tuesday -- and talked.\n\nMore text.')
    assert.equal(r.dateline, undefined)
    assert.equal(r.blocks[0]!.marks, undefined)
  })

  test('empty input gives no blocks', () => {
    assert.deepEqual(importText('\uFEFF \n\n\r\n').blocks, [])
  })
})
