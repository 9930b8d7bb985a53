import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { renderLibrary, exportLibrary } from '../../shared/export/library.ts'
import { toMarkdown } from '../../shared/export/markdown.ts'
import { importWebAnnotations } from '../../shared/web-annotation/import.ts'
import { ArticleDocument, canonicalText } from '../../shared/model/document.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { annotator, sampleArticle } from '../helpers/annotate.ts'

const sources = [...builtInSources]
const annotate = annotator()
const sample = sampleArticle({ title: 'Xi meets Mishustin', publisher: 'GlobeNewswire', published: '2025-11-05' })
const second = ArticleDocument.parse({
  id: 'grain-talks', meta: { title: 'Grain *talks* resume', url: 'https://example.org/grain' },
  blocks: [{ type: 'title', text: 'Grain talks resume' }, { type: 'paragraph', text: 'Negotiators met in Istanbul, Tass said.' }],
})
const documents = [
  { document: sample, annotations: [annotate(sample, 'Tass reported', 'claim', ['tass'], 'check')], sources },
  { document: second, annotations: [annotate(second, 'Negotiators met in Istanbul', 'claim', [], '')], sources },
]
const exported = '2025-11-25T08:00:00.000Z'

describe('exportLibrary', () => {
  test('Markdown: one front matter for the library, then each document as a section one level down', () => {
    const md = renderLibrary('md', { documents, exported })
    assert.ok(md.startsWith('---\ntitle: "Sourcemark library"\nexported: "2025-11-25T08:00:00.000Z"\ndocuments: 2\n---\n\n## Xi meets Mishustin\n\nGlobeNewswire · 2025-11-05\n'), md.slice(0, 200))
    assert.equal(md.match(/^---$/gm)!.length, 2, 'only the library front matter')
    assert.match(md, /^## Grain \\\*talks\\\* resume\n\nhttps:\/\/example\.org\/grain$/m)
    // Each document's own export, headings demoted, is in there whole.
    const own = toMarkdown({ ...documents[1]!, exported })
    const body = own.slice(own.indexOf('\n---\n') + 5).replace(/^(#{1,5}) /gm, '#$1 ').trim()
    assert.ok(md.includes(body.replace(/^## .*\n/, '')), 'the second document\'s notes')
    assert.doesNotMatch(md, /^# /m)
  })

  test('JSON-LD: one collection with every annotation, re-importable document by document', () => {
    const out = JSON.parse(renderLibrary('jsonld', { documents, exported }))
    assert.equal(out.type, 'AnnotationCollection')
    assert.equal(out.total, 2)
    assert.deepEqual(out.first.items.map((i: { target: { source: string } }) => i.target.source), ['urn:sourcemark:document:xi-mishustin-2025-11-05', 'https://example.org/grain'])
    const back = importWebAnnotations(out, { text: canonicalText(second.blocks), sources })
    assert.deepEqual(back.annotations.map((a) => a.target.quote.exact), ['Negotiators met in Istanbul'])
  })

  test('CSV: one header and a row per annotation of every document; file name and type', () => {
    const file = exportLibrary('csv', { documents, exported })
    assert.equal(file.filename, 'sourcemark-library.csv')
    assert.equal(file.mimeType, 'text/csv; charset=utf-8')
    const lines = file.content.trimEnd().split('\r\n')
    assert.equal(lines.length, 3)
    assert.match(lines[1]!, /^xi-mishustin-2025-11-05,Xi meets Mishustin,claim,Tass reported,Tass,check,/)
    assert.match(lines[2]!, /^grain-talks,Grain \*talks\* resume,claim,Negotiators met in Istanbul,,,/)
  })
})
