// Test fixtures: the built-in sample as a document, and annotations made the
// way the reader makes them (describe() over the canonical text).

import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe } from '../../shared/anchoring/describe.ts'
import { importText } from '../../shared/import/text.ts'
import { Annotation } from '../../shared/model/annotation.ts'
import { ArticleDocument, canonicalText, type DocumentMeta } from '../../shared/model/document.ts'

export const SAMPLE_ID = 'xi-mishustin-2025-11-05'
export const SAMPLE_TEXT = readFileSync(join(__dirname, '..', '..', 'resources', 'samples', `${SAMPLE_ID}.txt`), 'utf8')

export function sampleArticle(meta: DocumentMeta): ArticleDocument {
  return ArticleDocument.parse({ id: SAMPLE_ID, meta, blocks: importText(SAMPLE_TEXT).blocks })
}

// Annotates the one occurrence of `phrase`; ids and times count up per
// annotator, so outputs are stable.
export function annotator() {
  let serial = 0
  return (doc: ArticleDocument, phrase: string, kind: 'claim' | 'highlight', sources: string[], note = ''): Annotation => {
    const text = canonicalText(doc.blocks)
    const start = text.indexOf(phrase)
    assert.notEqual(start, -1, `${JSON.stringify(phrase)} is not in ${doc.id}`)
    assert.equal(text.indexOf(phrase, start + 1), -1, `${JSON.stringify(phrase)} is not unique`)
    serial++
    return Annotation.parse({
      id: `ann-${String(serial).padStart(6, '0')}`, documentId: doc.id, kind,
      target: describe(text, start, start + phrase.length), sources, note,
      created: new Date(Date.UTC(2025, 10, 6, 9, serial)).toISOString(),
      modified: new Date(Date.UTC(2025, 10, 6, 10, serial)).toISOString(),
    })
  }
}
