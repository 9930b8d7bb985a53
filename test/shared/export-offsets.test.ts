// One definition of offsets across every export (issue 16): Unicode code
// points into the canonical text. Proven on text with emoji (two UTF-16
// units each) and CJK (one each), and read back with a CSV parser.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parse } from 'csv-parse/sync'
import { annotator } from '../helpers/annotate.ts'
import { ArticleDocument } from '../../shared/model/document.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { toCsv } from '../../shared/export/csv.ts'
import { READWISE_COLUMNS, toReadwiseCsv } from '../../shared/export/readwise.ts'
import { toWebAnnotations } from '../../shared/web-annotation/export.ts'

const doc = ArticleDocument.parse({
  id: 'emoji',
  meta: { title: 'Emoji 😀, "quotes" and 中文', author: 'A. Writer', url: 'https://example.org/e' },
  blocks: [{ type: 'paragraph', text: '😀😀 Smile. 新华社说：合作深化。 Then 👍🏽 the end.' }],
})
const annotate = annotator()
const annotations = [
  annotate(doc, '合作深化', 'claim', ['xinhua', 'tass'], 'a, "note"\nsecond line'),
  annotate(doc, 'the end', 'highlight', []),
]
const input = { document: doc, annotations, sources: [...builtInSources] }
const codePointsBefore = (phrase: string) => [...doc.blocks[0]!.text.slice(0, doc.blocks[0]!.text.indexOf(phrase))].length

test('CSV, Readwise and JSON-LD count the same code points', () => {
  const expected = ['合作深化', 'the end'].map(codePointsBefore)
  assert.notDeepEqual(expected, ['合作深化', 'the end'].map((p) => doc.blocks[0]!.text.indexOf(p)), 'the fixture has surrogate pairs before the quotes')
  const csv = parse(toCsv([input]).slice(1), { columns: true }) as Record<string, string>[]
  assert.deepEqual(csv.map((r) => Number(r.start)), expected)
  assert.deepEqual(csv.map((r) => Number(r.end) - Number(r.start)), [4, 7])
  const readwise = parse(toReadwiseCsv([input]), { columns: true }) as Record<string, string>[]
  assert.deepEqual(readwise.map((r) => Number(r.Location)), expected)
  const jsonld = toWebAnnotations({ ...input, exported: '2025-11-07T12:00:00.000Z' })
  assert.deepEqual(jsonld.first.items.map((a) => a.target.selector[1].start), expected)
})

test('the Readwise CSV has its columns, sources as .tags in the note, and reads back', () => {
  const text = toReadwiseCsv([input])
  assert.ok(text.startsWith('Highlight,Title,Author,URL,Note,Location,Date\r\n'), 'no byte order mark, Readwise header')
  const rows = parse(text, { columns: true }) as Record<string, string>[]
  assert.deepEqual(Object.keys(rows[0]!), [...READWISE_COLUMNS])
  assert.deepEqual(rows[0], {
    Highlight: '合作深化',
    Title: doc.meta.title,
    Author: 'A. Writer',
    URL: 'https://example.org/e',
    Note: '.xinhua .tass .claim\na, "note"\nsecond line',
    Location: String(codePointsBefore('合作深化')),
    Date: '2025-11-06 09:01:00',
  })
  assert.equal(rows[1]!.Note, '')
})
