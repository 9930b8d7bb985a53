// The shortcuts help's content, made from the key table (renderer/keys.ts)
// so that it lists every bound key and cannot drift from it: one row per
// thing a key does, with all the keys that do it, in sections.

import type { KeyBinding } from './keys.ts'

interface ShortcutRow { label: string; keys: string[] }
export interface ShortcutSection { title: string; rows: ShortcutRow[] }

const SECTIONS: readonly [string, (command: string) => boolean][] = [
  ['Annotating', (c) => c.startsWith('annotation.') || c.startsWith('selection.')],
  ['Suggestions', (c) => c.startsWith('suggestions.')],
  ['Reading and finding', (c) => c.startsWith('reading.') || c.startsWith('search.') || c.startsWith('library.')],
  ['Everywhere', () => true],
]

// What a binding does, in words: the command's title, told apart where one
// command does different things by its arguments.
function labelOf(binding: KeyBinding, titleOf: (command: string) => string): string {
  const args = binding.args as { step?: number } | undefined
  if (binding.command === 'annotation.tagSource') return 'Attribute to source 1–9 (in the order Manage sources shows)'
  if (binding.command === 'selection.sentence') {
    const move = (binding.args as { move: string }).move
    return move === 'current' ? 'Select the sentence at the caret' : `Select the ${move} sentence`
  }
  if (binding.command === 'reading.textSize') return args?.step && args.step > 0 ? 'Larger text' : 'Smaller text'
  return titleOf(binding.command)
}

export function shortcutSections(bindings: readonly KeyBinding[], titleOf: (command: string) => string): ShortcutSection[] {
  const sections = SECTIONS.map(([title]) => ({ title, rows: [] as ShortcutRow[] }))
  const rows = new Map<string, ShortcutRow>()
  for (const binding of bindings) {
    const label = labelOf(binding, titleOf)
    let row = rows.get(label)
    if (!row) {
      row = { label, keys: [] }
      rows.set(label, row)
      sections[SECTIONS.findIndex(([, holds]) => holds(binding.command))]!.rows.push(row)
    }
    row.keys.push(binding.key)
  }
  return sections.filter((s) => s.rows.length > 0)
}

const NAMES: Record<string, string> = {
  escape: 'Esc', delete: 'Delete', arrowleft: '←', arrowright: '→', arrowup: '↑', arrowdown: '↓', home: 'Home', end: 'End',
}

// A key as printed on the keyboard: "Mod+Shift+z" is Ctrl+Shift+Z, or ⌘⇧Z
// on a Mac.
export function keyLabel(key: string, mac: boolean): string {
  const parts = key.split('+').filter((p, i, all) => p !== '' || i === all.length - 1).map((p) => p === '' ? '+' : p)
  const named = parts.map((p) => {
    if (p === 'Mod') return mac ? '⌘' : 'Ctrl'
    if (p === 'Shift') return mac ? '⇧' : 'Shift'
    // A plain letter as it is pressed ("h"); with a modifier as printed (Ctrl+Z).
    return NAMES[p.toLowerCase()] ?? (p.length === 1 && parts.length > 1 ? p.toUpperCase() : p)
  })
  return mac ? named.join('') : named.join('+')
}
