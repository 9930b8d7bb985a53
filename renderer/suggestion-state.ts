// The open document's attribution suggestions, as the reader works through
// them: the list (from suggestAttributions), the one in focus, the text's
// statement sentences (for the coverage view), and whether suggestions are
// shown at all (on by default, kept with the reading settings in the data
// folder, so browser mode on any port and the desktop app agree).
//
// The list is asked for again whenever the document's annotations or
// sources change (a claim deleted brings its suggestion back), and an
// answer that arrives after a newer question is dropped.

import type { Api } from '../shared/api/contract.ts'
import type { Annotation } from '../shared/model/annotation.ts'
import type { Source } from '../shared/model/source.ts'
import type { Suggestion } from '../shared/model/suggestion.ts'

export interface Range { start: number; end: number }

// What the state asks of the Api: suggestions, and the reading settings
// that keep the on/off choice.
export type SuggestionApi = Pick<Api, 'suggestAttributions' | 'getSettings' | 'updateSettings'>

// What the state watches: a session's annotations and sources.
export interface Watched {
  readonly documentId: string
  readonly annotations: readonly Annotation[]
  readonly sources: readonly Source[]
}

export class SuggestionState {
  list: Suggestion[] = []
  sentences: Range[] = []
  currentKey: string | null = null
  // The suggestion whose edit form is open.
  editingKey: string | null = null
  // Set when the focus moved on the reader's request, so the view scrolls
  // the text to it; the view clears it.
  revealKey: string | null = null
  // "loading" until the first answer for the document, "failed" with its message.
  status: 'idle' | 'loading' | 'ready' | 'failed' = 'idle'
  error = ''
  #api: SuggestionApi
  #shown = true
  #watched: Watched | null = null
  #seen: { annotations: readonly Annotation[]; sources: readonly Source[] } | null = null
  #asked = 0
  #listeners: (() => void)[] = []

  constructor(api: SuggestionApi) {
    this.#api = api
  }

  // The saved on/off choice. Best-effort like the reading settings: when
  // they cannot be read, suggestions stay on.
  async load(): Promise<void> {
    try {
      const { suggestions } = await this.#api.getSettings({})
      if (suggestions === this.#shown) return
      this.#shown = suggestions
      this.#changed()
    } catch { /* the default stands */ }
  }

  get documentId(): string | null {
    return this.#watched?.documentId ?? null
  }

  get shown(): boolean {
    return this.#shown
  }

  get current(): Suggestion | null {
    return this.list.find((s) => s.key === this.currentKey) ?? null
  }

  onChange(listener: () => void): void {
    this.#listeners.push(listener)
  }

  // Shown at once; saved with the reading settings (a failed save loses
  // the choice for the next start only, never the reader's work).
  async setShown(shown: boolean): Promise<void> {
    this.#shown = shown
    this.#changed()
    try { await this.#api.updateSettings({ suggestions: shown }) } catch { /* not remembered */ }
  }

  // A document was opened (or none is left).
  use(watched: Watched | null): Promise<void> {
    this.#watched = watched
    this.#seen = null
    this.list = []
    this.sentences = []
    this.currentKey = null
    this.editingKey = null
    this.status = watched ? 'loading' : 'idle'
    this.#changed()
    return this.watch()
  }

  // Asks again when the watched annotations or sources are not those the
  // list was made for.
  watch(): Promise<void> {
    const w = this.#watched
    if (!w || (this.#seen && this.#seen.annotations === w.annotations && this.#seen.sources === w.sources)) return Promise.resolve()
    return this.refresh()
  }

  async refresh(): Promise<void> {
    const w = this.#watched
    if (!w) return
    const asked = ++this.#asked
    this.#seen = { annotations: w.annotations, sources: w.sources }
    try {
      const { suggestions, sentences } = await this.#api.suggestAttributions({ documentId: w.documentId })
      if (asked !== this.#asked || this.#watched !== w) return
      const at = this.list.findIndex((s) => s.key === this.currentKey)
      this.list = suggestions
      this.sentences = sentences
      this.status = 'ready'
      // The focus stays put, or moves to the one now in its place.
      if (this.editingKey !== null && !suggestions.some((s) => s.key === this.editingKey)) this.editingKey = null
      if (this.currentKey !== null && !suggestions.some((s) => s.key === this.currentKey)) {
        this.currentKey = suggestions[Math.min(Math.max(at, 0), suggestions.length - 1)]?.key ?? null
      }
    } catch (error) {
      if (asked !== this.#asked || this.#watched !== w) return
      this.status = 'failed'
      this.error = error instanceof Error ? error.message : String(error)
    }
    this.#changed()
  }

  select(key: string | null, reveal = false): void {
    this.currentKey = key !== null && this.list.some((s) => s.key === key) ? key : null
    if (this.editingKey !== this.currentKey) this.editingKey = null
    this.revealKey = reveal ? this.currentKey : null
    this.#changed()
  }

  // Opens (or, with null, closes) the edit form of a suggestion.
  edit(key: string | null): void {
    if (key !== null) this.select(key, true)
    this.editingKey = key !== null && this.currentKey === key ? key : null
    this.#changed()
  }

  // The next (or previous) suggestion, wrapping; the first when none is.
  move(by: 1 | -1): Suggestion | null {
    if (this.list.length === 0) return null
    const at = this.list.findIndex((s) => s.key === this.currentKey)
    const next = at === -1 ? (by === 1 ? 0 : this.list.length - 1) : (at + by + this.list.length) % this.list.length
    this.select(this.list[next]!.key, true)
    return this.current
  }

  // Suggestions dealt with: gone from the list at once (the next answer
  // agrees), the focus on the one that took the first one's place.
  drop(keys: readonly string[]): void {
    const gone = new Set(keys)
    const at = this.list.findIndex((s) => s.key === this.currentKey)
    const focusGoes = this.currentKey !== null && gone.has(this.currentKey)
    this.list = this.list.filter((s) => !gone.has(s.key))
    if (this.editingKey !== null && gone.has(this.editingKey)) this.editingKey = null
    if (focusGoes) this.currentKey = this.list[Math.min(at, this.list.length - 1)]?.key ?? null
    this.#changed()
  }

  #changed(): void {
    for (const listener of this.#listeners) listener()
  }
}
