import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { fold, searchLibraryLinear } from '../../shared/library/search.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { ArticleDocument, canonicalText } from '../../shared/model/document.ts'
import { annotator, sampleArticle } from '../helpers/annotate.ts'

const sample = sampleArticle({ title: 'Xi meets Mishustin', publisher: 'GlobeNewswire' })
const annotate = annotator()
const claim = annotate(sample, 'cooperation in traditional fields', 'claim', ['xinhua'], 'Compare with the TASS readout of the meeting.')
const russian = ArticleDocument.parse({
  id: 'ru', meta: { title: 'Встреча в Пекине' },
  blocks: [{ type: 'paragraph', text: 'Мишустин встретился с Си Цзиньпином. ИСТАНБУЛ İstanbul' }],
})
const library = [
  { document: sample, text: canonicalText(sample.blocks), annotations: [claim] },
  { document: russian, text: canonicalText(russian.blocks), annotations: [] },
]

describe('searchLibraryLinear', () => {
  test('finds a note and points at its annotation in the document', () => {
    const { hits } = searchLibraryLinear(library, builtInSources, 'tass readout')
    assert.equal(hits.length, 1)
    const [hit] = hits
    assert.equal(hit!.field, 'note')
    assert.equal(hit!.annotationId, claim.id)
    assert.equal(hit!.documentId, sample.id)
    assert.deepEqual([hit!.start, hit!.end], [claim.target.position.start, claim.target.position.end])
    assert.equal(hit!.match, 'TASS readout')
    assert.equal(hit!.before, 'Compare with the ')
    assert.equal(hit!.after, ' of the meeting.')
  })

  test('finds text case-insensitively, with offsets into the canonical text', () => {
    const { hits } = searchLibraryLinear(library, builtInSources, 'MISHUSTIN')
    const inText = hits.filter((h) => h.field === 'text' && h.documentId === sample.id)
    const text = canonicalText(sample.blocks)
    assert.ok(inText.length >= 2)
    for (const h of inText) assert.equal(text.slice(h.start, h.end).toLowerCase(), 'mishustin')
    assert.ok(hits.some((h) => h.field === 'title' && h.documentId === sample.id))
    assert.ok(hits.every((h) => h.documentId === sample.id), 'the Russian document spells it in Cyrillic')
  })

  test('a quote hit is narrowed to the words found, a source hit names the source', () => {
    const { hits } = searchLibraryLinear(library, builtInSources, 'cooperation')
    const quote = hits.find((h) => h.field === 'quote')!
    assert.equal(quote.annotationId, claim.id)
    assert.equal(canonicalText(sample.blocks).slice(quote.start, quote.end), 'cooperation')
    const source = searchLibraryLinear(library, builtInSources, 'xinhua').hits.filter((h) => h.field === 'source')
    assert.equal(source.length, 1)
    assert.equal(source[0]!.match, 'Xinhua')
  })

  test('Cyrillic matches across case; a letter whose lower case is longer keeps offsets right', () => {
    const text = canonicalText(russian.blocks)
    const hits = searchLibraryLinear(library, builtInSources, 'мишустин').hits.filter((h) => h.documentId === 'ru')
    assert.deepEqual(hits.map((h) => text.slice(h.start, h.end)), ['Мишустин'])
    // "İ" would lower-case to two code units; left as it is, what follows stays in place.
    const after = searchLibraryLinear(library, builtInSources, 'STANBUL').hits.filter((h) => h.documentId === 'ru')
    assert.deepEqual(after.map((h) => text.slice(h.start, h.end)), ['stanbul'])
    assert.equal(fold('İstanbul').length, 'İstanbul'.length)
  })

  test('stops at the limit and says so; blank queries find nothing', () => {
    const limited = searchLibraryLinear(library, builtInSources, 'the', 3)
    assert.equal(limited.hits.length, 3)
    assert.equal(limited.truncated, true)
    assert.deepEqual(searchLibraryLinear(library, builtInSources, '   '), { hits: [], truncated: false })
  })
})
