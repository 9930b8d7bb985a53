// The export formats by name. Apart from the exporters so that the API
// contract (and with it the renderer) does not pull them in.

export const exportFormats = ['md', 'jsonld', 'html', 'csv'] as const
export type ExportFormat = (typeof exportFormats)[number]

export function isExportFormat(name: string): name is ExportFormat {
  return (exportFormats as readonly string[]).includes(name)
}

// The whole library in one file: the formats that hold many documents well.
// (The HTML page is one annotated article; it stays per document.)
export const libraryExportFormats = ['md', 'jsonld', 'csv'] as const satisfies readonly ExportFormat[]
export type LibraryExportFormat = (typeof libraryExportFormats)[number]

export function isLibraryExportFormat(name: string): name is LibraryExportFormat {
  return (libraryExportFormats as readonly string[]).includes(name)
}
