// The right-click menu as a pure function of what was clicked: Electron's
// context-menu params (the selected text, whether it is a field) and the
// page's hint of the annotation under the pointer. In a field: the editing
// roles. On an annotation: edit its note, remove it. On selected words of
// the article: copy, mark, attribute to a source, search the library.

import type { ShellCommand, ShellCommandId } from './commands.ts'
import { SEARCH_TEXT } from './commands.ts'
import { separator, type MenuItem } from './menu-item.ts'

export interface ContextState {
  selectionText: string
  isEditable: boolean
  annotationId: string | null
  sources: readonly { id: string; name: string }[]
  available(id: ShellCommandId): boolean
}

// Submenus past this many sources get long; the picker (s) finds any.
const MAX_SOURCES = 30
const SEARCH_LABEL_CHARS = 30

export function contextMenuTemplate(state: ContextState, send: (command: ShellCommand) => void): MenuItem[] {
  const item = (command: ShellCommand, label: string): MenuItem => ({ label, enabled: state.available(command.id), click: () => send(command) })
  if (state.isEditable) {
    return [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, separator, { role: 'selectAll' }]
  }
  const items: MenuItem[] = []
  const text = state.selectionText.trim()
  if (text) {
    items.push(
      { role: 'copy' },
      separator,
      item({ id: 'annotation.markHighlight' }, 'Highlight'),
      item({ id: 'annotation.markClaim' }, 'Claim'),
    )
    const sources = state.sources.slice(0, MAX_SOURCES)
    if (sources.length > 0) {
      items.push({
        label: 'Attribute to',
        enabled: state.available('annotation.tagSource'),
        submenu: sources.map((source) => item({ id: 'annotation.tagSource', args: { sourceId: source.id } }, menuLabel(source.name))),
      })
    }
    const query = text.slice(0, 500)
    items.push(separator, item({ id: SEARCH_TEXT, args: { query } }, `Search the Library for “${menuLabel(clip(text))}”`))
  }
  if (state.annotationId) {
    if (items.length > 0) items.push(separator)
    items.push(
      item({ id: 'annotation.editNote', args: { id: state.annotationId } }, 'Edit Note'),
      item({ id: 'annotation.delete', args: { id: state.annotationId } }, 'Remove Annotation'),
    )
  }
  return items
}

// One line, no control characters, and "&" not taken as a mnemonic marker
// on Windows and Linux.
function menuLabel(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ').trim().replace(/&/g, '&&')
}

function clip(text: string): string {
  const chars = [...text.slice(0, 4 * SEARCH_LABEL_CHARS).replace(/\s+/g, ' ')]
  return chars.length > SEARCH_LABEL_CHARS ? `${chars.slice(0, SEARCH_LABEL_CHARS - 1).join('')}…` : chars.join('')
}
