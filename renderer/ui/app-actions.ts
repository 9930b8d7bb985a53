// The app bar's buttons: icons where a word is not needed (the names and
// keys stay for everyone), then Import… and Export…, which each open a
// dialog that says what they will do and runs the same commands as the
// menus and keys. Also where a file comes in: the pickers, a drop, a paste.

import { h } from './dom.ts'
import { iconButton, iconOnly, withIcon } from './icons.ts'
import { acceptDroppedFiles, acceptPastedArticles, annotationsPicker, articlePicker } from './import-actions.ts'
import { showImportDialog, type ImportDialog } from './import-dialog.ts'

export interface AppBarParts {
  run(id: string, args?: unknown): void
  // The open document, if any: the dialogs start from it.
  documentId(): string | null
  // The Import dialog shown, to be told when a document opens or closes.
  importDialogShown(dialog: ImportDialog): void
  libraryToggle: HTMLButtonElement
  annotationsToggle: HTMLButtonElement
  readingToggle: HTMLButtonElement
}

export function fillAppBar(bar: HTMLElement, parts: AppBarParts): void {
  const { run } = parts
  const importFiles = (files: File[]) => run('library.importArticles', { files })
  const articles = articlePicker(importFiles)
  const annotations = annotationsPicker((file) => run('file.importAnnotations', { file }))
  const importing = withIcon(h('button', { type: 'button', 'aria-haspopup': 'dialog', title: 'Import an article or annotations',
    onclick: () => parts.importDialogShown(showImportDialog({ article: articles, annotations, documentOpen: parts.documentId() !== null })) }, 'Import…'), 'trayIn')
  const exporting = withIcon(h('button', { type: 'button', 'aria-haspopup': 'dialog', title: 'Export annotations to a file',
    onclick: () => void run('file.exportDialog', { scope: parts.documentId() ? 'document' : 'library', format: 'md' }) }, 'Export…'), 'trayOut')
  bar.append(
    iconOnly(parts.libraryToggle, 'library', 'Library', 'L'),
    iconOnly(parts.annotationsToggle, 'panel', 'Annotations'),
    iconOnly(parts.readingToggle, 'settings', 'Reading settings', ','),
    iconButton('help', 'Keyboard shortcuts', { onclick: () => run('help.shortcuts'), 'aria-keyshortcuts': '?' }, '?'),
    h('span', { class: 'app-bar-divider', 'aria-hidden': 'true' }),
    importing,
    exporting,
    articles.input,
    annotations.input,
  )
  document.getElementById('empty-import')!.addEventListener('click', () => articles.choose())
  acceptDroppedFiles(importFiles)
  acceptPastedArticles(importFiles)
}
