// The open document's attribution suggestions, as the reader works through
// them: the list (from suggestAttributions), the one in focus, the text's
// statement sentences (for the coverage view), and whether suggestions are
// shown at all (on by default, kept with the reading settings in the data
// folder, so browser mode on any port and the desktop app agree).
//
// The list is asked for once per document, with the suggestions its
// annotations cover, and filtered here (shared/model/suggestion-coverage.ts,
// the server's rule) whenever the annotations change: a claim added hides
// its suggestion, one deleted brings it back, without a new answer. Only a
// change of sources (matching) or an undone rejection asks again; an answer
// that arrives after a newer question is dropped.

import type { Api } from '../shared/api/contract.ts'
import type { Annotation } from '../shared/model/annotation.ts'
import type { Source } from '../shared/model/source.ts'
import type { Suggestion } from '../shared/model/suggestion.ts'
import { listChanges } from '../shared/model/list-changes.ts'
import { covers, uncovered } from '../shared/model/suggestion-coverage.ts'

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
  // The server's answer, covered suggestions included.
  #all: readonly Suggestion[] = []
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
    this.#all = []
    this.list = []
    this.sentences = []
    this.currentKey = null
    this.editingKey = null
    this.status = watched ? 'loading' : 'idle'
    this.#changed()
    return this.watch()
  }

  // Asks again when the watched sources are not those the list was made
  // for; filters again when only the annotations changed.
  watch(): Promise<void> {
    const w = this.#watched
    const seen = this.#seen
    if (!w || (seen && seen.annotations === w.annotations && seen.sources === w.sources)) return Promise.resolve()
    if (!seen || seen.sources !== w.sources || this.status === 'failed') return this.refresh()
    // While the answer is on its way it will be filtered as it arrives.
    if (this.status !== 'ready') return Promise.resolve()
    // Most new claims cover no suggestion: then nothing is drawn again.
    if (this.#filter(w, seen.annotations)) this.#changed()
    return Promise.resolve()
  }

  async refresh(): Promise<void> {
    const w = this.#watched
    if (!w) return
    const asked = ++this.#asked
    this.#seen = { annotations: w.annotations, sources: w.sources }
    try {
      const { suggestions, sentences } = await this.#api.suggestAttributions({ documentId: w.documentId, covered: true })
      if (asked !== this.#asked || this.#watched !== w) return
      this.#all = suggestions
      this.sentences = sentences
      this.status = 'ready'
      this.#filter(w)
    } catch (error) {
      if (asked !== this.#asked || this.#watched !== w) return
      this.status = 'failed'
      this.error = error instanceof Error ? error.message : String(error)
    }
    this.#changed()
  }

  // The list for the watched annotations; the focus stays put, or moves to
  // the one now in its place. False when the list is the same as before.
  // listed: the annotations the list is filtered for, when it is.
  #filter(w: Watched, listed?: readonly Annotation[]): boolean {
    this.#seen = { annotations: w.annotations, sources: this.#seen?.sources ?? w.sources }
    const at = this.list.findIndex((s) => s.key === this.currentKey)
    const list = (listed && this.#moreCovered(listed, w.annotations)) ?? uncovered(this.#all, w.annotations) as Suggestion[]
    if (list.length === this.list.length && list.every((s, i) => s === this.list[i])) return false
    this.list = list === this.#all ? [...list] : list
    const keys = new Set(list.map((s) => s.key))
    if (this.editingKey !== null && !keys.has(this.editingKey)) this.editingKey = null
    if (this.currentKey !== null && !keys.has(this.currentKey)) {
      this.currentKey = list[Math.min(Math.max(at, 0), list.length - 1)]?.key ?? null
    }
    return true
  }

  // The list less what new claims cover, when the change can only add
  // cover (claims added, or saved under their stored id): the new ones
  // against the list, not 10,000 annotations against the answer. The same
  // list when they cover none; null for any other change (a claim deleted
  // or its sources changed), filtered whole.
  #moreCovered(before: readonly Annotation[], after: readonly Annotation[]): Suggestion[] | null {
    const changed = listChanges(before, after, 16)
    if (!changed) return null
    const same = (a: Annotation, b: Annotation) => a.target.position.start === b.target.position.start &&
      a.target.position.end === b.target.position.end && a.sources.length === b.sources.length && a.sources.every((id, i) => id === b.sources[i])
    if (!changed.gone.every((g) => g.sources.length === 0 || changed.come.some((c) => same(g, c)))) return null
    const covering = changed.come.filter((a) => a.sources.length > 0)
    if (covering.length === 0) return this.list
    const list = this.list.filter((s) => !covering.some((a) => covers(a, s)))
    return list.length === this.list.length ? this.list : list
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

  // Suggestions dealt with (accepted or rejected): gone from the list at
  // once, and from the answer it is filtered from (an undo asks again), the
  // focus on the one that took the first one's place.
  drop(keys: readonly string[]): void {
    const gone = new Set(keys)
    const at = this.list.findIndex((s) => s.key === this.currentKey)
    const focusGoes = this.currentKey !== null && gone.has(this.currentKey)
    this.#all = this.#all.filter((s) => !gone.has(s.key))
    this.list = this.list.filter((s) => !gone.has(s.key))
    if (this.editingKey !== null && gone.has(this.editingKey)) this.editingKey = null
    if (focusGoes) this.currentKey = this.list[Math.min(at, this.list.length - 1)]?.key ?? null
    this.#changed()
  }

  #changed(): void {
    for (const listener of this.#listeners) listener()
  }
}
