// The reader's annotations and sources for one document, and every change
// to them. A change is sent to the API first; the state moves on only with
// the answer, then listeners repaint (a new annotation is shown at once,
// once its save is on its way). Each change is recorded for undo in
// the reader's one history, as a step of this document.

import type { Api } from '../shared/api/contract.ts'
import type { Annotation, AnnotationKind, Target } from '../shared/model/annotation.ts'
import type { Source } from '../shared/model/source.ts'
import type { Step, UndoHistory } from './history.ts'
import { loadRemovedNames, removedName } from './removed-sources.ts'
import { SourceTally } from './source-tally.ts'

// Local ids of annotations shown before their save answers.
let pendingSerial = 0

export type Patch = Partial<Pick<Annotation, 'kind' | 'sources' | 'note'>>

// What changed, when it is one annotation made or the current one changed:
// listeners paint and list that one (or two) rather than all (10,000 on a
// long document). Any other change comes without one, and listeners draw
// the whole state.
export type Change =
  // Shown before its save answers; `previous` was current before it.
  | { kind: 'added'; annotation: Annotation; previous: string | null }
  // The one shown under `localId` is stored as `annotation`.
  | { kind: 'saved'; annotation: Annotation; localId: string }
  // Another annotation (or none) made current; `previous` was current
  // before. Listeners repaint those two, not all (a key that selects,
  // Escape, j and k, on a document of 10,000).
  | { kind: 'current'; previous: string | null }

// One annotation made or saved.
export type AnnotationChange = Exclude<Change, { kind: 'current' }>

export class Session {
  readonly documentId: string
  annotations: Annotation[]
  sources: Source[]
  current: string | null = null
  #api: Api
  #history: UndoHistory
  #listeners: ((change?: Change) => void)[] = []
  #pending = new Set<string>()
  // Local id -> stored id, once saved.
  #saved = new Map<string, string>()
  // The tally and the lists it counted.
  #tally: { tally: SourceTally; annotations: readonly Annotation[]; sources: readonly Source[] } | null = null

  constructor(api: Api, history: UndoHistory, documentId: string, annotations: Annotation[], sources: Source[]) {
    this.#api = api
    this.#history = history
    this.documentId = documentId
    this.annotations = annotations
    this.sources = sources
  }

  // The annotations per source: counted again when first asked after the
  // annotations or sources changed, except for one annotation added or
  // saved, which it follows by itself.
  get tally(): SourceTally {
    const kept = this.#tally
    if (kept && kept.annotations === this.annotations && kept.sources === this.sources) return kept.tally
    const tally = new SourceTally(this.sources, this.annotations)
    this.#tally = { tally, annotations: this.annotations, sources: this.sources }
    return tally
  }

  onChange(listener: (change?: Change) => void): void {
    this.#listeners.push(listener)
  }

  select(id: string | null): void {
    const previous = this.current
    this.current = id === null ? null : this.idOf(id)
    this.#changed({ kind: 'current', previous })
  }

  // Looked for from the end: one just made, current, is last (10,000 on a
  // long document are gone through otherwise, in every frame that places
  // the toolbar).
  currentAnnotation(): Annotation | undefined {
    return this.current === null ? undefined : this.annotations.findLast((a) => a.id === this.current)
  }

  // The annotation is shown (painted, listed, current) at once under a
  // local id, before the save answers; the stored one takes its place when
  // it does. A refused save takes it off again and throws, so the error is
  // reported and nothing unsaved stays on screen. The save is sent first:
  // drawing it takes longer than sending it.
  async create(kind: AnnotationKind, target: Target, sources: string[] = []): Promise<Annotation> {
    const saving = this.#api.createAnnotation({ documentId: this.documentId, kind, target, sources })
    const at = new Date().toISOString()
    const before = this.current
    const shown: Annotation = { id: `pending-${++pendingSerial}`, documentId: this.documentId, kind, target, sources, via: [], note: '', created: at, modified: at }
    this.#pending.add(shown.id)
    const listed = this.annotations
    this.annotations = [...listed, shown]
    this.current = shown.id
    this.#counted(listed, [shown, 1])
    this.#changed({ kind: 'added', annotation: shown, previous: before })
    let created: Annotation
    try {
      created = await saving
    } catch (error) {
      this.annotations = this.annotations.filter((a) => a.id !== shown.id)
      if (this.current === shown.id) this.current = this.annotations.some((a) => a.id === before) ? before : null
      this.#changed()
      throw error
    } finally {
      this.#pending.delete(shown.id)
    }
    this.#saved.set(shown.id, created.id)
    const index = this.annotations.findLastIndex((a) => a.id === shown.id)
    const showing = this.annotations
    this.annotations = index === -1 ? [...showing, created] : showing.with(index, created)
    if (this.current === shown.id) this.current = created.id
    if (index !== -1) this.#counted(showing, [shown, -1], [created, 1])
    this.#changed(index === -1 ? undefined : { kind: 'saved', annotation: created, localId: shown.id })
    this.#record({
      undo: async () => { await this.#delete(created.id) },
      redo: async () => { this.#put(await this.#api.restoreAnnotation({ annotation: created })); this.#changed() },
    })
    return created
  }

  // Shown but not saved yet (create is waiting for the API).
  pending(id: string): boolean {
    return this.#pending.has(id)
  }

  // The stored id of one shown before it was saved (a click on its card
  // while the save was on its way runs after it); any other id as it is.
  idOf(id: string): string {
    return this.#saved.get(id) ?? id
  }

  async update(id: string, patch: Patch): Promise<void> {
    const before = this.annotations.find((a) => a.id === id)
    if (!before) return
    const apply = async (values: Patch) => {
      this.#put(await this.#api.updateAnnotation({ documentId: this.documentId, annotationId: id, ...values }))
      this.#changed()
    }
    await apply(patch)
    const undoPatch: Patch = {}
    if (patch.kind) undoPatch.kind = before.kind
    if (patch.sources) undoPatch.sources = before.sources
    if (patch.note !== undefined) undoPatch.note = before.note
    this.#record({ undo: () => apply(undoPatch), redo: () => apply(patch) })
  }

  async toggleSource(id: string, sourceId: string): Promise<void> {
    const annotation = this.annotations.find((a) => a.id === id)
    if (!annotation) return
    const sources = annotation.sources.includes(sourceId)
      ? annotation.sources.filter((s) => s !== sourceId)
      : [...annotation.sources, sourceId]
    await this.update(id, { sources })
  }

  async remove(id: string): Promise<void> {
    const removed = this.annotations.find((a) => a.id === id)
    if (!removed) return
    await this.#delete(id)
    this.#record({
      undo: async () => { this.#put(await this.#api.restoreAnnotation({ annotation: removed })); this.#changed() },
      redo: () => this.#delete(id),
    })
  }

  // An annotation made or removed through the API by a step of its own
  // (accepting a suggestion), which records its own undo.
  adopt(annotation: Annotation): void {
    this.#put(annotation)
    this.current = annotation.id
    this.#changed()
  }

  forget(id: string): void {
    this.annotations = this.annotations.filter((a) => a.id !== id)
    if (this.current === id) this.current = null
    this.#changed()
  }

  // After a bulk change (an import) made outside this session's steps.
  async reloadAnnotations(): Promise<void> {
    this.annotations = await this.#api.listAnnotations({ documentId: this.documentId })
    this.#changed()
  }

  async reloadSources(): Promise<void> {
    const [sources] = await Promise.all([this.#api.listSources({}), loadRemovedNames(this.#api)])
    this.sources = sources
    this.#changed()
  }

  // A source's name; one removed shows as removed, never by its id.
  sourceName(id: string): string {
    const name = this.sources.find((s) => s.id === id)?.name ?? removedName(id)
    return name ? (this.sources.some((s) => s.id === id) ? name : `${name} (removed)`) : 'a removed source'
  }

  // The annotation's sources that still exist: a claim with none counts as
  // unattributed.
  knownSources(annotation: Annotation): string[] {
    return annotation.sources.filter((id) => this.sources.some((s) => s.id === id))
  }

  async #delete(id: string): Promise<void> {
    await this.#api.deleteAnnotation({ documentId: this.documentId, annotationId: id })
    this.annotations = this.annotations.filter((a) => a.id !== id)
    if (this.current === id) this.current = null
    this.#changed()
  }

  #record(step: Omit<Step, 'documentId'>): void {
    this.#history.record({ ...step, documentId: this.documentId })
  }

  #put(annotation: Annotation): void {
    const at = this.annotations.findIndex((a) => a.id === annotation.id)
    this.annotations = at === -1 ? [...this.annotations, annotation] : this.annotations.with(at, annotation)
  }

  // The tally of `was` follows the annotations made from it by these.
  #counted(was: readonly Annotation[], ...steps: [Annotation, 1 | -1][]): void {
    const kept = this.#tally
    if (!kept || kept.annotations !== was || kept.sources !== this.sources) return
    for (const [annotation, by] of steps) kept.tally.add(annotation, by)
    kept.annotations = this.annotations
  }

  #changed(change?: Change): void {
    for (const listener of this.#listeners) listener(change)
  }
}
