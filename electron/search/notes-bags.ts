// The words of a document's notes, as the search index takes them
// (LibraryIndex.setNotes), kept for the few documents whose annotations
// were changed last: an annotation added, edited or removed then counts
// the words of that annotation's note alone, not of the thousands of notes
// a long document may have (indexer.ts). A document's kept words are used
// only at the very indexing they were kept at.

import type { Searchable } from '../../shared/library/search.ts'
import { addWords, emptyBag, removeWords, type WordBag } from '../../shared/library/word-bag.ts'

const KEEP = 4
// Notes counted anew at a time, between which other work gets in.
const NOTES_AT_A_TIME = 2000

interface Kept { version: string; notes: Map<string, string>; bag: WordBag }

export class NotesBags {
  readonly #kept = new Map<string, Kept>()
  // Notes whose words were counted (what tests count).
  counted = 0

  // The words of these annotations' notes, from those kept at `version`
  // when there are, and kept from now on at `next`.
  async bagOf(id: string, version: string | undefined, annotations: Searchable['annotations'], next: string): Promise<WordBag> {
    const kept = this.#kept.get(id)
    this.#kept.delete(id)
    const notes = new Map<string, string>()
    for (const { id: at, note } of annotations) notes.set(at, note)
    // (Two annotations of one id, in a file mended by hand: counted anew, not kept.)
    const whole = notes.size === annotations.length
    const bag = kept && kept.version === version && whole ? this.#changed(kept, notes) : await this.#count(annotations)
    if (whole) this.#kept.set(id, { version: next, notes, bag })
    while (this.#kept.size > KEEP) this.#kept.delete(this.#kept.keys().next().value!)
    return bag
  }

  // The kept words, less those of the notes changed or gone, with those of the notes changed or new.
  #changed(kept: Kept, notes: ReadonlyMap<string, string>): WordBag {
    const { bag } = kept
    for (const [at, note] of notes) {
      const was = kept.notes.get(at)
      kept.notes.delete(at)
      if (was === note) continue
      if (was) removeWords(bag, was)
      if (note) addWords(bag, note)
      this.counted++
    }
    for (const note of kept.notes.values()) if (note) removeWords(bag, note)
    this.counted += kept.notes.size
    return bag
  }

  async #count(annotations: Searchable['annotations']): Promise<WordBag> {
    const bag = emptyBag()
    for (let i = 0; i < annotations.length; i++) {
      const { note } = annotations[i]!
      if (note) addWords(bag, note)
      this.counted++
      if (i % NOTES_AT_A_TIME === NOTES_AT_A_TIME - 1) await new Promise((resolve) => setImmediate(resolve))
    }
    return bag
  }

  delete(id: string): void {
    this.#kept.delete(id)
  }
}
