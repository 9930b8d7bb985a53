// The export formats by name. Apart from the exporters so that the API
// contract (and with it the renderer) does not pull them in.

export const exportFormats = ['md', 'jsonld', 'html', 'csv'] as const
export type ExportFormat = (typeof exportFormats)[number]

export function isExportFormat(name: string): name is ExportFormat {
  return (exportFormats as readonly string[]).includes(name)
}
