// Keyboard access to every annotation action. Plain keys act only when the
// reader is not typing into a field.

export interface KeyActions {
  mark(kind: 'highlight' | 'claim'): void
  source(n: number): void
  note(): void
  remove(): void
  dismiss(): void
  undo(): void
  redo(): void
  library(): void
  search(): void
}

export function bindKeys(actions: KeyActions): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement
    if (target.closest('input, textarea, select, dialog')) return
    const command = event.ctrlKey || event.metaKey
    const key = event.key.toLowerCase()
    if (command && key === 'z') {
      event.preventDefault()
      return event.shiftKey ? actions.redo() : actions.undo()
    }
    if (command && event.shiftKey && key === 'f') {
      event.preventDefault()
      return actions.search()
    }
    if (command && key === 'y') {
      event.preventDefault()
      return actions.redo()
    }
    if (command || event.altKey) return
    if (key === 'h') actions.mark('highlight')
    else if (key === 'c') actions.mark('claim')
    else if (/^[1-9]$/.test(key)) actions.source(Number(key))
    else if (key === 'n') { event.preventDefault(); actions.note() }
    else if (key === 'delete') actions.remove()
    else if (key === 'escape') actions.dismiss()
    else if (key === 'l') actions.library()
    else if (key === '/') { event.preventDefault(); actions.search() }
    else return
  })
}
