// The Export dialog: what to export (this document or the whole library),
// the format with a line on what the file holds, the Markdown notes' layout,
// and the file's name and where it goes, all said before anything is
// written. Choices are native radio groups, so the arrow keys move between
// them; Escape closes; the focus goes back to the button that opened it.

import { exportFileName, isLibraryExportFormat, type ExportFormat, type MarkdownOptions } from '../../shared/export/formats.ts'
import { h } from './dom.ts'

export interface ExportChoice { scope: 'document' | 'library'; format: ExportFormat; markdown?: MarkdownOptions }

const FORMATS: Record<ExportFormat, { name: string; about: string }> = {
  md: { name: 'Markdown notes', about: 'Your claims and highlights with their sources and notes, a coverage summary first; for Obsidian, Logseq or a report.' },
  csv: { name: 'CSV spreadsheet', about: 'One row per annotation: quote, sources, note, place in the text; for a spreadsheet or a script.' },
  readwise: { name: 'Readwise CSV', about: 'Highlights with notes, sources as tags, in the file Readwise imports.' },
  html: { name: 'HTML page', about: 'The article with its highlights coloured by source and numbered notes; opens offline and prints.' },
  jsonld: { name: 'W3C Web Annotations (JSON-LD)', about: 'Every annotation in the W3C standard; another copy of Sourcemark can import it back.' },
  hypothesis: { name: 'Hypothesis annotations (JSON)', about: 'Annotations in the Hypothesis API’s format, to move them into a Hypothesis group.' },
}

// The order shown: the notes first, then tables, then the interchange files.
const ORDER: readonly ExportFormat[] = ['md', 'csv', 'readwise', 'html', 'jsonld', 'hypothesis']

// Markdown layout switches and their defaults (shared/export/formats.ts).
const MARKDOWN: readonly { key: 'includeNotes' | 'context' | 'callouts' | 'dates'; label: string; on: boolean }[] = [
  { key: 'includeNotes', label: 'Include your notes', on: true },
  { key: 'context', label: 'The sentence around each short quote', on: false },
  { key: 'callouts', label: 'Obsidian callouts and block ids', on: false },
  { key: 'dates', label: 'The date of each annotation', on: true },
]

export interface ExportContext {
  documentId: string | null
  // What is chosen when it opens (a menu's Export As item); by default this
  // document (the library when none is open) as Markdown notes.
  initial?: { scope: 'document' | 'library'; format: ExportFormat }
  // The desktop app turns a download into a save dialog.
  desktop: boolean
}

let serial = 0

// Opens the dialog; resolves with the choice, or null when cancelled.
export function showExportDialog(context: ExportContext): Promise<ExportChoice | null> {
  const id = `export-${++serial}`
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
  const radio = (name: string, value: string, checked: boolean, disabled = false) =>
    h('input', { type: 'radio', name: `${id}-${name}`, value, checked, disabled })

  const library = context.documentId === null || context.initial?.scope === 'library'
  const scopes = [
    radio('scope', 'document', !library, context.documentId === null),
    radio('scope', 'library', library),
  ]
  const initialFormat = context.initial?.format ?? 'md'
  // Named by the format's name, described by the line on what it holds.
  const formats = ORDER.map((f) => {
    const input = radio('format', f, f === initialFormat)
    input.setAttribute('aria-labelledby', `${id}-${f}-name`)
    input.setAttribute('aria-describedby', `${id}-${f}-about`)
    return input
  })
  const groupBySource = h('input', { type: 'checkbox' })
  const switches = MARKDOWN.map((s) => ({ key: s.key, input: h('input', { type: 'checkbox', checked: s.on }), label: s.label }))
  const markdownNote = h('p', { class: 'export-note' })
  const markdownBox = h('fieldset', { class: 'export-markdown' },
    h('legend', {}, 'Markdown layout'),
    h('label', {}, groupBySource, ' One section per source (otherwise in reading order)'),
    switches.map((s) => h('label', {}, s.input, ` ${s.label}`)),
    markdownNote)
  const fileName = h('code', { class: 'export-file-name' })
  const destination = h('p', { class: 'export-destination', id: `${id}-destination`, 'aria-live': 'polite' })
  const exportButton = h('button', { type: 'submit', class: 'primary', 'aria-describedby': `${id}-destination` }, 'Export')

  const scope = (): 'document' | 'library' => scopes[1]!.checked ? 'library' : 'document'
  const format = (): ExportFormat => (formats.find((f) => f.checked)?.value ?? 'md') as ExportFormat

  // Keeps what is offered and said in step with the choices.
  const update = () => {
    const library = scope() === 'library'
    for (const f of formats) f.disabled = library && !isLibraryExportFormat(f.value)
    if (formats.find((f) => f.checked)?.disabled) formats[0]!.checked = true
    const md = format() === 'md'
    markdownBox.hidden = !md
    markdownBox.disabled = library
    markdownNote.textContent = library ? 'The whole library is written in reading order with the usual layout; these apply to one document.' : ''
    fileName.textContent = exportFileName(format(), library ? null : context.documentId)
    destination.replaceChildren(...(context.desktop
      ? ['Writes ', fileName, ': a save dialog asks where.']
      : ['Your browser downloads it as ', fileName, ', into its downloads folder.']))
  }

  const formatRows = ORDER.map((f, i) => h('label', { class: 'export-format' }, formats[i],
    h('span', {}, h('span', { class: 'export-format-name', id: `${id}-${f}-name` }, FORMATS[f].name),
      h('span', { class: 'export-format-about', id: `${id}-${f}-about` }, FORMATS[f].about))))

  const form = h('form', { method: 'dialog' },
    h('fieldset', { class: 'export-scope' }, h('legend', {}, 'Export'),
      h('label', {}, scopes[0], ' This document'),
      h('label', {}, scopes[1], ' The whole library (one file)')),
    h('fieldset', { class: 'export-formats' }, h('legend', {}, 'Format'), formatRows),
    markdownBox,
    // Kept in view at the foot while the choices scroll.
    h('div', { class: 'export-foot' }, destination,
      h('div', { class: 'dialog-actions' },
        h('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel'),
        exportButton)))
  const dialog = h('dialog', { class: 'export-dialog', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, 'Export annotations'), form)
  form.addEventListener('change', update)

  return new Promise((resolve) => {
    let chosen: ExportChoice | null = null
    form.addEventListener('submit', () => {
      const markdown: MarkdownOptions = { groupBy: groupBySource.checked ? 'source' : 'document' }
      for (const s of switches) markdown[s.key] = s.input.checked
      chosen = { scope: scope(), format: format(), ...(format() === 'md' && scope() === 'document' ? { markdown } : {}) }
    })
    dialog.addEventListener('close', () => {
      dialog.remove()
      opener?.focus()
      resolve(chosen)
    })
    update()
    document.body.append(dialog)
    dialog.showModal()
    ;(scopes.find((s) => s.checked) ?? exportButton).focus()
  })
}
