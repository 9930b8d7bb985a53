// "Export" in the app bar: pick what (this document or the whole library)
// and a format, get a file (the file.export command). The HTML page is one
// annotated article, so it is offered for one document only.

import { exportFormats, isLibraryExportFormat, type ExportFormat } from '../../shared/export/formats.ts'
import { h } from './dom.ts'

const LABELS: Record<ExportFormat, string> = {
  md: 'Markdown notes', jsonld: 'W3C Web Annotations (JSON-LD)', html: 'HTML page', csv: 'CSV spreadsheet',
  readwise: 'Readwise CSV', hypothesis: 'Hypothesis annotations (JSON)',
}

export interface ExportChoice { scope: 'document' | 'library'; format: ExportFormat }

export function exportControl(chosen: (choice: ExportChoice) => void): HTMLElement {
  const scope = h('select', { 'aria-label': 'Export what' },
    h('option', { value: 'document' }, 'This document'),
    h('option', { value: 'library' }, 'Whole library'))
  const options = exportFormats.map((f) => h('option', { value: f }, LABELS[f]))
  const format = h('select', { 'aria-label': 'Export format' }, options)
  scope.addEventListener('change', () => {
    const library = scope.value === 'library'
    for (const option of options) option.disabled = library && !isLibraryExportFormat(option.value)
    if (format.selectedOptions[0]?.disabled) format.value = 'md'
  })
  const button = h('button', { type: 'button', onclick: () => chosen({
    scope: scope.value === 'library' ? 'library' : 'document',
    format: format.value as ExportFormat,
  }) }, 'Export')
  return h('div', { class: 'export-control' }, scope, format, button)
}

// The browser saves the file as a download; the desktop shell turns a
// download into a save dialog.
export function downloadFile(file: { filename: string; mimeType: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }))
  h('a', { href: url, download: file.filename }).click()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
