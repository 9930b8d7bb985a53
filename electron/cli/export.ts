// Export formats by name, each a pure function of the document, its
// annotations and the sources.

import type { Annotation } from '../../shared/model/annotation.ts'
import type { ArticleDocument } from '../../shared/model/document.ts'
import type { Source } from '../../shared/model/source.ts'
import { toCsv } from '../../shared/formats/export-csv.ts'
import { toMarkdown } from '../../shared/formats/export-markdown.ts'
import { toWebAnnotations } from '../../shared/formats/export-web-annotation.ts'

export const exportFormats = ['md', 'jsonld', 'csv'] as const
export type ExportFormat = (typeof exportFormats)[number]

export interface ExportInput {
  document: ArticleDocument
  annotations: Annotation[]
  sources: Source[]
  exported: string
}

export function isExportFormat(name: string): name is ExportFormat {
  return (exportFormats as readonly string[]).includes(name)
}

export function renderExport(format: ExportFormat, input: ExportInput): string {
  switch (format) {
    case 'md': return toMarkdown(input)
    case 'jsonld': return `${JSON.stringify(toWebAnnotations(input), null, 2)}\n`
    case 'csv': return toCsv([input])
  }
}
