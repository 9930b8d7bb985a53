import { test, describe as suite } from 'node:test'
import assert from 'node:assert/strict'
import { annotator, sampleArticle } from '../helpers/annotate.ts'
import { ArticleDocument } from '../../shared/model/document.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { builtInSources, type Source } from '../../shared/model/source.ts'
import { CSV_COLUMNS, csvField, toCsv } from '../../shared/export/csv.ts'

// ---- Fixtures: the sample article and an edge-case document ----

const sample = sampleArticle({ title: 'Xi meets Mishustin: "expand the pie" of cooperation, in Beijing', publisher: 'GLOBE NEWSWIRE', published: '2025-11-05' })

const annotate = annotator()

const sampleAnnotations = [
  annotate(sample, 'ahead of this week\'s trip, the Kremlin said it placed \'very great\' importance on the talks', 'claim', ['cnbc', 'global-times'], 'CNBC via Global Times'),
  annotate(sample, 'Russia and China see each other as priority partners and will continue to strengthen cooperation across all fields, according to a joint communique adopted at a meeting between the two countries\' heads of government in the Chinese city of Hangzhou, Tass reported.', 'claim', ['tass']),
  annotate(sample, 'Such cooperation is built on complementary strengths and mutual benefit, forming a solid foundation for long-term growth.', 'claim', [], '+1, agree'),
  annotate(sample, '"As a new route for Eurasian trade, the Northern Sea Route is unlocking its potential at an accelerating pace, with China\'s expanding economic cooperation with regional partners serving as one of its main driving forces,"', 'claim', ['global-times'], 'Sun Xiuwen, Lanzhou University; "main driving forces" is vague,\nneeds a figure'),
  annotate(sample, 'Premier Li and Mishustin signed a joint communique', 'highlight', [], 'See **Tass**, [the communique](x)\r\n\r\n@editor: check'),
  { ...annotate(sample, 'the Russian Ministry of Transport said on its Telegram channel on Monday', 'claim', ['ru-transport-ministry']), via: ['tass', 'gone-relay'] },
  annotate(sample, 'per Xinhua.\n\nWhen Mishustin visited China in December 2023', 'highlight', ['xinhua'], '-5% vs. last year'),
]

const CHINESE = '习近平会见米舒斯京，双方同意深化合作。'
const edge = ArticleDocument.parse({
  id: 'edge-cases',
  meta: { title: '=HYPERLINK("http://evil.example", "click")' },
  blocks: [
    'Markup: *bold* _em_ # not a heading > q [link](x) `code`, with "quotes"',
    '=SUM(A1:A2) is a formula',
    CHINESE,
    'first line\nsecond line',
  ].map((text) => ({ type: 'paragraph', text })),
})
const chineseSource: Source = { id: 'xinhua-cn', name: '新华社', aliases: [], kind: 'news-agency', colour: '#aa0000' }
const formulaSource: Source = { id: 'at-source', name: '@source, inc.', aliases: [], kind: 'other', colour: '#000000' }
const edgeSources = [...builtInSources, chineseSource, formulaSource]
const edgeAnnotations = [
  annotate(edge, 'first line\nsecond line', 'highlight', ['xinhua-cn']),
  annotate(edge, 'Markup: *bold* _em_ # not a heading > q [link](x) `code`, with "quotes"', 'claim', ['tass'], 'a "quoted", note\nover two lines\r\nand a CRLF'),
  annotate(edge, '=SUM(A1:A2) is a formula', 'claim', ['at-source']),
  annotate(edge, CHINESE, 'claim', ['xinhua-cn', 'tass'], '\t中文笔记，重要'),
]

// ---- A strict RFC 4180 reader ----

// Records end in CRLF; a field is either bare (no quote, comma, CR or LF)
// or quoted with quotes doubled inside. Anything else throws.
function parseCsv(input: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let i = 0
  while (i < input.length) {
    let field = ''
    if (input[i] === '"') {
      i++
      for (;;) {
        if (i >= input.length) throw new Error('unterminated quoted field')
        if (input[i] === '"') {
          if (input[i + 1] === '"') { field += '"'; i += 2; continue }
          i++
          break
        }
        field += input[i++]
      }
    } else {
      while (i < input.length && input[i] !== ',' && input[i] !== '\r' && input[i] !== '\n') {
        if (input[i] === '"') throw new Error(`quote inside a bare field at ${i}`)
        field += input[i++]
      }
    }
    record.push(field)
    if (input[i] === ',') { i++; continue }
    if (input.startsWith('\r\n', i)) { records.push(record); record = []; i += 2; continue }
    throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(input.slice(i, i + 10))}`)
  }
  if (record.length > 0) throw new Error('the last record does not end in CRLF')
  return records
}

const guarded = (value: string): string => (/^[\t\r\n]|^[\s\u200b\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(value) ? `'${value}` : value)

function expectedRow(doc: ArticleDocument, a: Annotation, sources: Source[]): string[] {
  const name = (id: string) => sources.find((s) => s.id === id)?.name ?? `${id} (removed source)`
  return [
    doc.id, doc.meta.title, a.kind, a.target.quote.exact, a.sources.map(name).join('; '), a.note,
    String(a.target.position.start), String(a.target.position.end), a.created, a.modified, a.id, a.via.map(name).join('; '),
  ].map(guarded)
}

const byPosition = (list: Annotation[]): Annotation[] => [...list].sort((a, b) => a.target.position.start - b.target.position.start)

// ---- Tests ----

suite('toCsv', () => {
  const csv = toCsv([
    { document: sample, annotations: sampleAnnotations, sources: [...builtInSources] },
    { document: edge, annotations: edgeAnnotations, sources: edgeSources },
  ])

  test('starts with a UTF-8 byte order mark and a header row', () => {
    assert.equal(csv.charCodeAt(0), 0xfeff)
    assert.ok(csv.startsWith('\uFEFFdocument_id,document_title,kind,quote,sources,note,start,end,created,modified,annotation_id,via\r\n'))
  })

  test('relays are the last column, named as sources are', () => {
    const row = parseCsv(csv.slice(1)).find((r) => r[3] === 'the Russian Ministry of Transport said on its Telegram channel on Monday')!
    assert.equal(row[4], 'ru-transport-ministry (removed source)')
    assert.equal(row.at(-1), 'Tass; gone-relay (removed source)')
  })

  test('parses back, field by field, with a strict RFC 4180 reader', () => {
    const records = parseCsv(csv.slice(1))
    assert.deepEqual(records[0], [...CSV_COLUMNS])
    const expected = [
      ...byPosition(sampleAnnotations).map((a) => expectedRow(sample, a, [...builtInSources])),
      ...byPosition(edgeAnnotations).map((a) => expectedRow(edge, a, edgeSources)),
    ]
    assert.equal(records.length, 1 + expected.length)
    expected.forEach((row, i) => {
      assert.equal(records[i + 1]!.length, CSV_COLUMNS.length)
      CSV_COLUMNS.forEach((column, j) => assert.equal(records[i + 1]![j], row[j], `row ${i + 1}, ${column}`))
    })
  })

  test('commas, quotes, CR and LF survive in quotes and notes', () => {
    const records = parseCsv(csv.slice(1))
    const note = (id: string) => records.find((r) => r[10] === id)![5]
    assert.equal(note(sampleAnnotations[3]!.id), 'Sun Xiuwen, Lanzhou University; "main driving forces" is vague,\nneeds a figure')
    assert.equal(note(edgeAnnotations[1]!.id), 'a "quoted", note\nover two lines\r\nand a CRLF')
    const across = records.find((r) => r[10] === sampleAnnotations[6]!.id)!
    assert.equal(across[3], 'per Xinhua.\n\nWhen Mishustin visited China in December 2023')
    assert.ok(csv.includes(',"Sun Xiuwen, Lanzhou University; ""main driving forces"" is vague,\nneeds a figure",'))
  })

  test('sources are names joined with "; ", primary first; removed ones show their id', () => {
    const records = parseCsv(csv.slice(1))
    const sources = (a: Annotation) => records.find((r) => r[10] === a.id)![4]
    assert.equal(sources(sampleAnnotations[0]!), 'CNBC; Global Times')
    assert.equal(sources(sampleAnnotations[2]!), '')
    assert.equal(sources(sampleAnnotations[5]!), 'ru-transport-ministry (removed source)')
    assert.equal(sources(edgeAnnotations[3]!), '新华社; Tass')
  })

  test('Chinese text is written as is', () => {
    assert.ok(csv.includes(`,claim,${CHINESE},新华社; Tass,'\t中文笔记，重要,`))
  })

  test('cells that a spreadsheet would run as formulas start with an apostrophe', () => {
    const records = parseCsv(csv.slice(1))
    const edgeRows = records.filter((r) => r[0] === 'edge-cases')
    assert.ok(edgeRows.every((r) => r[1] === '\'=HYPERLINK("http://evil.example", "click")'))
    const row = (a: Annotation) => records.find((r) => r[10] === a.id)!
    assert.equal(row(edgeAnnotations[2]!)[3], '\'=SUM(A1:A2) is a formula')
    assert.equal(row(edgeAnnotations[2]!)[4], '\'@source, inc.')
    assert.equal(row(edgeAnnotations[3]!)[5], '\'\t中文笔记，重要')
    assert.equal(row(sampleAnnotations[2]!)[5], '\'+1, agree')
    assert.equal(row(sampleAnnotations[6]!)[5], '\'-5% vs. last year')
    // Only the first character counts: "@editor" inside a note is fine.
    assert.equal(row(sampleAnnotations[4]!)[5], 'See **Tass**, [the communique](x)\r\n\r\n@editor: check')
    for (const record of records) for (const cell of record) assert.doesNotMatch(cell, /^[=+\-@\t\r\n]/, cell)
  })

  test('rows follow the documents, then document order; other documents\' annotations are left out', () => {
    const records = parseCsv(csv.slice(1)).slice(1)
    assert.deepEqual(records.map((r) => r[10]), [
      ...byPosition(sampleAnnotations).map((a) => a.id),
      ...byPosition(edgeAnnotations).map((a) => a.id),
    ])
    const stray = { ...edgeAnnotations[0]!, documentId: 'another-document' }
    assert.equal(toCsv([{ document: edge, annotations: [...edgeAnnotations, stray], sources: edgeSources }]),
      toCsv([{ document: edge, annotations: edgeAnnotations, sources: edgeSources }]))
  })

  test('no documents gives just the header', () => {
    assert.equal(toCsv([]), `\uFEFF${CSV_COLUMNS.join(',')}\r\n`)
  })
})

suite('csvField', () => {
  test('quotes only when needed and doubles quotes', () => {
    assert.equal(csvField('plain text'), 'plain text')
    assert.equal(csvField('a,b'), '"a,b"')
    assert.equal(csvField('say "hi"'), '"say ""hi"""')
    assert.equal(csvField('line\nbreak'), '"line\nbreak"')
    assert.equal(csvField('cr\rhere'), '"cr\rhere"')
    assert.equal(csvField(''), '')
  })

  test('guards = + - @ tab CR LF at the start', () => {
    for (const lead of ['=', '+', '-', '@', '\t']) assert.equal(csvField(`${lead}1`), `'${lead}1`)
    assert.equal(csvField('\r1'), '"\'\r1"')
    assert.equal(csvField('=1,2'), '"\'=1,2"')
    assert.equal(csvField('a=1'), 'a=1')
  })

  test('guards a formula behind leading spaces and in fullwidth signs', () => {
    for (const value of [' =1+1', '  +1', ' -1', ' @SUM(A1)', '\u00a0=1', '\u3000=1', '\u200b=1', '\ufeff=1']) {
      assert.equal(csvField(value), `'${value}`, JSON.stringify(value))
    }
    for (const value of ['\uff1d1+1', '\uff0b1', '\uff0d1', '\uff20SUM(A1)', ' \uff1d1']) {
      assert.equal(csvField(value), `'${value}`, JSON.stringify(value))
    }
    assert.equal(csvField(' a=1'), ' a=1')
    assert.equal(csvField('  '), '  ')
  })
})
