// Notes being written: a draft per annotation, kept when the editor closes
// without a save (a click elsewhere, another annotation selected, another
// document opened) and offered again when the note is edited next. Only
// Cancel, or the stored note catching up with the draft, drops it. Keyed
// in a Map: annotation ids come from files.

import { NOTE_MAX } from '../../shared/model/annotation.ts'

export class NoteDrafts {
  #drafts = new Map<string, string>()

  get(id: string): string | undefined {
    return this.#drafts.get(id)
  }

  // A draft equal to the stored note is no draft.
  keep(id: string, text: string, stored: string): void {
    if (text === stored) this.#drafts.delete(id)
    else this.#drafts.set(id, text)
  }

  drop(id: string): void {
    this.#drafts.delete(id)
  }

  // Whether an unsaved draft differs from the note as stored; one that
  // caught up (it was saved) is forgotten.
  pending(id: string, stored: string): boolean {
    const draft = this.#drafts.get(id)
    if (draft === undefined) return false
    if (draft !== stored) return true
    this.#drafts.delete(id)
    return false
  }
}

// The counter shown under the editor: nothing while far from the limit,
// the characters left once within `warnWithin` of it, and by how many it
// is over once past (then Save is refused before any request is made).
export interface NoteLimit { text: string | null; over: boolean }

export function noteLimit(length: number, max = NOTE_MAX, warnWithin = Math.max(1, Math.round(max / 10))): NoteLimit {
  const words = (n: number) => n.toLocaleString('en-US')
  if (length > max) {
    const over = length - max
    return { text: `${words(over)} character${over === 1 ? '' : 's'} over the limit of ${words(max)}`, over: true }
  }
  if (max - length > warnWithin) return { text: null, over: false }
  const left = max - length
  return { text: `${words(left)} character${left === 1 ? '' : 's'} left of ${words(max)}`, over: false }
}
