// "Export" in the app bar: pick a format, get a file. The content comes from
// the API; the browser saves it as a download (the desktop shell turns a
// download into a save dialog).

import type { Api } from '../../shared/api/contract.ts'
import { exportFormats, type ExportFormat } from '../../shared/formats/export-formats.ts'
import { h } from './dom.ts'

const LABELS: Record<ExportFormat, string> = {
  md: 'Markdown notes', jsonld: 'W3C Web Annotations (JSON-LD)', html: 'HTML page', csv: 'CSV spreadsheet',
}

export function exportControl(api: Api, documentId: () => string, act: (action: () => Promise<unknown>, done: string) => void): HTMLElement {
  const format = h('select', { 'aria-label': 'Export format' },
    exportFormats.map((f) => h('option', { value: f }, LABELS[f]))) as HTMLSelectElement
  const button = h('button', { type: 'button', onclick: () => act(async () => {
    const file = await api.exportDocument({ documentId: documentId(), format: format.value as ExportFormat })
    const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }))
    const link = h('a', { href: url, download: file.filename })
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  }, 'Exported.') }, 'Export')
  return h('div', { class: 'export-control' }, format, button)
}
