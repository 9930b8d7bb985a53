// Every document's annotations in one file.
// - csv: one table, a block of rows per document (it has a document column).
// - jsonld: one AnnotationCollection; each annotation's target names its
//   own document, so nothing is lost by putting them together.
// - md: library front matter, then each document's notes as a section: its
//   Markdown export without front matter, every heading one level down.
//   Only our own headings start a line with "#": quotes start with "> " and
//   notes are indented inside list items.

import { flatten } from '../text/one-line.ts'
import { toCsv } from './csv.ts'
import type { ExportInput } from './export.ts'
import { fileTypes } from './export.ts'
import { exportFileName, type LibraryExportFormat } from './formats.ts'
import { escapeInline, toMarkdown, yamlString } from './markdown.ts'
import { ANNO_CONTEXT, toWebAnnotations, type WebAnnotationCollection } from '../web-annotation/export.ts'
import { hypothesisAnnotations } from '../web-annotation/hypothesis.ts'
import { toReadwiseCsv } from './readwise.ts'

export interface LibraryExportInput {
  documents: Omit<ExportInput, 'exported'>[]
  exported: string
}

export function exportLibrary(format: LibraryExportFormat, input: LibraryExportInput): { filename: string; mimeType: string; content: string } {
  const { mimeType } = fileTypes[format]
  return { filename: exportFileName(format, null), mimeType, content: renderLibrary(format, input) }
}

export function renderLibrary(format: LibraryExportFormat, { documents, exported }: LibraryExportInput): string {
  switch (format) {
    case 'csv': return toCsv(documents)
    case 'jsonld': return `${JSON.stringify(libraryCollection(documents, exported), null, 2)}\n`
    case 'md': return libraryMarkdown(documents, exported)
    case 'readwise': return toReadwiseCsv(documents)
    case 'hypothesis': {
      const annotations = documents.flatMap((d) => hypothesisAnnotations({ ...d, exported }))
      return `${JSON.stringify({ export_date: exported, generator: 'Sourcemark', annotations }, null, 2)}\n`
    }
  }
}

function libraryCollection(documents: LibraryExportInput['documents'], exported: string): WebAnnotationCollection {
  const items = documents.flatMap((d) => toWebAnnotations({ ...d, exported }).first.items)
  const id = 'urn:sourcemark:annotations:library'
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Sourcemark library',
    total: items.length,
    generated: exported,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  }
}

function libraryMarkdown(documents: LibraryExportInput['documents'], exported: string): string {
  const out = ['---', `title: ${yamlString('Sourcemark library')}`, `exported: ${yamlString(exported)}`, `documents: ${documents.length}`, '---', '']
  for (const d of documents) {
    const notes = toMarkdown({ ...d, exported })
    const body = notes.slice(notes.indexOf('\n---\n') + '\n---\n'.length).replace(/^(#{1,5}) /gm, '#$1 ')
    const facts = [d.document.meta.publisher, d.document.meta.author, d.document.meta.published, d.document.meta.url]
      .filter((f): f is string => !!f).map((f) => escapeInline(flatten(f)))
    // The facts the front matter held, under the document's heading.
    out.push(body.trim().replace(/^(## .*)$/m, (heading) => facts.length ? `${heading}\n\n${facts.join(' · ')}` : heading), '')
  }
  return `${out.join('\n').trimEnd()}\n`
}
