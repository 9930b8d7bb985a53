// A file made by an export, saved: the browser saves it as a download; the
// desktop shell turns a download into a save dialog.

import { h } from './dom.ts'

export function downloadFile(file: { filename: string; mimeType: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }))
  h('a', { href: url, download: file.filename }).click()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
