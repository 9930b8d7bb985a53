import { z } from 'zod'

// The export formats by name. Apart from the exporters so that the API
// contract (and with it the renderer) does not pull them in.

// md: Markdown notes; jsonld: W3C Web Annotations; html: an annotated page;
// csv: the analytic table; readwise: a Readwise import CSV; hypothesis:
// annotations in the Hypothesis API's format.
export const exportFormats = ['md', 'jsonld', 'html', 'csv', 'readwise', 'hypothesis'] as const
export type ExportFormat = (typeof exportFormats)[number]

export function isExportFormat(name: string): name is ExportFormat {
  return (exportFormats as readonly string[]).includes(name)
}

// What the file is called: the document's id (the library's name for the
// whole library) and the format's extension. Here, apart from the
// exporters, so that the export dialog can say it before anything is made.
export const exportExtensions: Record<ExportFormat, string> = {
  md: 'md', jsonld: 'jsonld', html: 'html', csv: 'csv', readwise: 'readwise.csv', hypothesis: 'hypothesis.json',
}

export function exportFileName(format: ExportFormat, documentId: string | null): string {
  return `${documentId ?? 'sourcemark-library'}.${exportExtensions[format]}`
}

// The whole library in one file: the formats that hold many documents well.
// (The HTML page is one annotated article; it stays per document.)
export const libraryExportFormats = ['md', 'jsonld', 'csv', 'readwise', 'hypothesis'] as const satisfies readonly ExportFormat[]
export type LibraryExportFormat = (typeof libraryExportFormats)[number]

export function isLibraryExportFormat(name: string): name is LibraryExportFormat {
  return (libraryExportFormats as readonly string[]).includes(name)
}

// How the Markdown notes are laid out (markdown.ts); every field optional.
export const MarkdownOptions = z.strictObject({
  groupBy: z.enum(['document', 'source']).optional(), // reading order (default) or one section per source
  includeNotes: z.boolean().optional(), // default true
  context: z.boolean().optional(), // the sentence around a short quote; default false
  callouts: z.boolean().optional(), // Obsidian callouts and block ids; default false
  dates: z.boolean().optional(), // each annotation's date; default true
})
export type MarkdownOptions = z.infer<typeof MarkdownOptions>
