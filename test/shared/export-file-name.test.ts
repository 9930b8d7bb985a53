// The export dialog says the file's name before anything is made
// (exportFileName); it must be the name the exporters then give the file.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { exportFile } from '../../shared/export/export.ts'
import { exportFileName, exportFormats, libraryExportFormats } from '../../shared/export/formats.ts'
import { exportLibrary } from '../../shared/export/library.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { sampleArticle } from '../helpers/annotate.ts'

const document = sampleArticle({ title: 'Xi meets Mishustin' })
const exported = '2025-11-25T08:00:00.000Z'

test('the name said for one document is the name of the file written, in every format', () => {
  for (const format of exportFormats) {
    const file = exportFile(format, { document, annotations: [], sources: [...builtInSources], exported })
    assert.equal(exportFileName(format, document.id), file.filename, format)
  }
  assert.equal(exportFileName('readwise', document.id), `${document.id}.readwise.csv`)
})

test('the name said for the whole library is the name of the file written', () => {
  for (const format of libraryExportFormats) {
    const file = exportLibrary(format, { documents: [{ document, annotations: [], sources: [...builtInSources] }], exported })
    assert.equal(exportFileName(format, null), file.filename, format)
  }
  assert.equal(exportFileName('hypothesis', null), 'sourcemark-library.hypothesis.json')
})
