// Keyboard access to the commands. A key is written as the reader presses
// it: "Mod" is Ctrl (Cmd on a Mac); plain keys ignore Shift, so "H" marks a
// highlight as "h" does. Plain keys act only when the reader is not typing
// into a field.

export interface KeyBinding {
  key: string
  command: string
  args?: unknown
  // Keeps the browser's own use of the key (Ctrl+Z in a page, "/" quick find).
  // The keys that mark or tag (h, c, 1-9) set it too, though the page has no
  // use for them: then Chromium sends no keypress, which it would send only
  // after laying the page out again with the new mark and card, in the key's
  // own task (1-3 ms of CPU per claim on a 1 MB article). The frame lays
  // them out once instead.
  preventDefault?: boolean
}

export const keyBindings: readonly KeyBinding[] = [
  { key: 'Mod+z', command: 'history.undo', preventDefault: true },
  { key: 'Mod+Shift+z', command: 'history.redo', preventDefault: true },
  { key: 'Mod+y', command: 'history.redo', preventDefault: true },
  { key: 'Mod+Shift+y', command: 'history.redo', preventDefault: true },
  { key: 'Mod+Shift+f', command: 'search.focus', preventDefault: true },
  { key: 'h', command: 'annotation.markHighlight', preventDefault: true },
  { key: 'c', command: 'annotation.markClaim', preventDefault: true },
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ key: String(n), command: 'annotation.tagSource', args: { index: n - 1 }, preventDefault: true })),
  { key: 'n', command: 'annotation.editNote', preventDefault: true },
  { key: 's', command: 'annotation.pickSource', preventDefault: true },
  { key: 'j', command: 'annotation.next' },
  { key: 'k', command: 'annotation.previous' },
  { key: 'delete', command: 'annotation.delete' },
  { key: 'escape', command: 'view.dismiss' },
  { key: 'l', command: 'library.toggle' },
  { key: '/', command: 'search.focus', preventDefault: true },
  { key: ']', command: 'suggestions.next' },
  { key: '[', command: 'suggestions.previous' },
  { key: 'a', command: 'suggestions.accept' },
  { key: 'r', command: 'suggestions.reject' },
  { key: 'e', command: 'suggestions.edit', preventDefault: true },
  { key: 't', command: 'suggestions.toggle' },
  { key: ',', command: 'reading.settings', preventDefault: true },
  { key: 'Mod+,', command: 'reading.settings', preventDefault: true },
  { key: '+', command: 'reading.textSize', args: { step: 1 } },
  { key: '=', command: 'reading.textSize', args: { step: 1 } },
  { key: '-', command: 'reading.textSize', args: { step: -1 } },
  { key: '.', command: 'selection.sentence', args: { move: 'current' } },
  { key: ')', command: 'selection.sentence', args: { move: 'next' } },
  { key: '(', command: 'selection.sentence', args: { move: 'previous' } },
  { key: '?', command: 'help.shortcuts', preventDefault: true },
]

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

// The binding a key press means, if any.
export function bindingFor(press: KeyPress, bindings: readonly KeyBinding[] = keyBindings): KeyBinding | undefined {
  const key = press.key.toLowerCase()
  let name: string
  if (press.ctrlKey || press.metaKey) name = `Mod+${press.shiftKey ? 'Shift+' : ''}${key}`
  else if (press.altKey) return undefined
  else name = key
  return bindings.find((b) => b.key === name)
}

export function bindKeys(run: (command: string, args?: unknown) => void): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement
    if (target.closest('input, textarea, select, dialog')) return
    const binding = bindingFor(event)
    if (!binding) return
    if (binding.preventDefault) event.preventDefault()
    run(binding.command, binding.args)
  })
}
