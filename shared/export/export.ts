// Export formats by name, each a pure function of the document, its
// annotations and the sources, with the file name and type to save it as.

import type { Annotation } from '../model/annotation.ts'
import type { ArticleDocument } from '../model/document.ts'
import type { Source } from '../model/source.ts'
import { toCsv } from './csv.ts'
import { exportExtensions, exportFileName, type ExportFormat } from './formats.ts'
import { toHtml } from './html.ts'
import { toMarkdown } from './markdown.ts'
import { toWebAnnotations } from '../web-annotation/export.ts'
import { toHypothesis } from '../web-annotation/hypothesis.ts'
import type { MarkdownOptions } from './formats.ts'
import { toReadwiseCsv } from './readwise.ts'

export interface ExportInput {
  document: ArticleDocument
  annotations: Annotation[]
  sources: Source[]
  exported: string
  markdown?: MarkdownOptions // how the Markdown notes are laid out
}

export function renderExport(format: ExportFormat, input: ExportInput): string {
  switch (format) {
    case 'md': return toMarkdown({ ...input, ...input.markdown })
    case 'jsonld': return `${JSON.stringify(toWebAnnotations(input), null, 2)}\n`
    case 'html': return toHtml(input)
    case 'csv': return toCsv([input])
    case 'readwise': return toReadwiseCsv([input])
    case 'hypothesis': return `${JSON.stringify(toHypothesis(input), null, 2)}\n`
  }
}

export const fileTypes: Record<ExportFormat, { extension: string; mimeType: string }> = {
  md: { extension: exportExtensions.md, mimeType: 'text/markdown; charset=utf-8' },
  jsonld: { extension: exportExtensions.jsonld, mimeType: 'application/ld+json; charset=utf-8' },
  html: { extension: exportExtensions.html, mimeType: 'text/html; charset=utf-8' },
  csv: { extension: exportExtensions.csv, mimeType: 'text/csv; charset=utf-8' },
  readwise: { extension: exportExtensions.readwise, mimeType: 'text/csv; charset=utf-8' },
  hypothesis: { extension: exportExtensions.hypothesis, mimeType: 'application/json; charset=utf-8' },
}

export function exportFile(format: ExportFormat, input: ExportInput): { filename: string; mimeType: string; content: string } {
  const { mimeType } = fileTypes[format]
  return { filename: exportFileName(format, input.document.id), mimeType, content: renderExport(format, input) }
}
