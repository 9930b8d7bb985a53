// Keeps the painted spans in step with the annotations. Ranges are anchored
// once per annotation version (all at once with anchorAll when a document
// opens) and cached by id; each update paints only what differs.

import { anchorAll } from '../../shared/anchoring/anchor.ts'
import type { Annotation, Target } from '../../shared/model/annotation.ts'
import type { AnnotationChange } from '../session.ts'
import type { OffsetMap } from './document-view.ts'
import { MAX_PAINTED_SOURCES, type PaintChange, type Painted } from './highlights.ts'

export interface Placed { annotation: Annotation; start: number | null }

interface Anchored { annotation: Annotation; range: { start: number; end: number } | null }

export class Painter {
  #map: OffsetMap
  #anchored = new Map<string, Anchored>()
  #painted = new Map<string, Painted>()
  // The anchored ones by where they start, kept in step one by one: sorting
  // 10,000 on every change costs more than the change.
  #ordered: Anchored[] = []

  constructor(map: OffsetMap) {
    this.#map = map
  }

  // What to take away and add so the view shows `annotations`, and where
  // each one now stands in the text: the anchored in reading order, then
  // the orphans (start null).
  update(annotations: readonly Annotation[], current: string | null): { change: PaintChange; placed: Placed[] } {
    const fresh = annotations.filter((a) => this.#anchored.get(a.id)?.annotation.target !== a.target)
    const ranges = anchorAll(this.#map.text, fresh.map((a) => a.target))
    const present = new Set(annotations.map((a) => a.id))
    const gone = new Set(fresh.map((a) => a.id))
    for (const id of this.#anchored.keys()) if (!present.has(id)) gone.add(id)
    const added = fresh.map((a, i) => ({ annotation: a, range: ranges[i] ?? null }))
    for (const id of gone) this.#anchored.delete(id)
    for (const a of added) this.#anchored.set(a.annotation.id, a)
    this.#reorder(gone, added.filter((a) => a.range))

    const orphans: Placed[] = []
    const next = new Map<string, Painted>()
    const add: Painted[] = []
    for (const annotation of annotations) {
      const cached = this.#anchored.get(annotation.id)!
      const changed = cached.annotation !== annotation
      cached.annotation = annotation
      if (!cached.range) {
        orphans.push({ annotation, start: null })
        continue
      }
      const old = this.#painted.get(annotation.id)
      const isCurrent = annotation.id === current
      // The same annotation, painted the same way: nothing to work out.
      if (old && !changed && old.current === isCurrent && !gone.has(annotation.id)) {
        next.set(annotation.id, old)
        continue
      }
      const now = this.#painting(annotation, cached.range, isCurrent)
      next.set(annotation.id, now)
      if (!old || !samePainting(old, now)) add.push(now)
    }
    const remove: Painted[] = []
    for (const [id, old] of this.#painted) {
      const now = next.get(id)
      if (now !== old && (!now || !samePainting(old, now))) remove.push(old)
    }
    this.#painted = next
    const placed = this.#ordered.map((a): Placed => ({ annotation: a.annotation, start: a.range!.start }))
    return { change: { remove, add }, placed: placed.concat(orphans) }
  }

  // One annotation added or saved (a session's Change): painted, and the
  // one that was current painted as not, without going through the rest.
  // Answers where it now stands in reading order; null when a full update
  // is needed (an orphan, a stored target that differs from the one shown),
  // and then nothing has changed here.
  step(change: AnnotationChange, current: string | null): { change: PaintChange; placed: Placed; index: number } | null {
    const { annotation } = change
    const add: Painted[] = []
    const remove: Painted[] = []
    let entry: Anchored
    if (change.kind === 'added') {
      if (this.#anchored.has(annotation.id)) return null
      const range = anchorAll(this.#map.text, [annotation.target])[0] ?? null
      if (!range) return null
      entry = { annotation, range }
      this.#anchored.set(annotation.id, entry)
      this.#reorder(new Set(), [entry])
      if (change.previous !== null) this.#repaint(change.previous, current, add, remove)
    } else {
      const shown = this.#anchored.get(change.localId)
      if (!shown?.range || !sameTarget(shown.annotation.target, annotation.target)) return null
      this.#anchored.delete(change.localId)
      const old = this.#painted.get(change.localId)
      if (old) { remove.push(old); this.#painted.delete(change.localId) }
      // The same entry in the order, under its stored id.
      entry = shown
      entry.annotation = annotation
      this.#anchored.set(annotation.id, entry)
    }
    const now = this.#painting(annotation, entry.range!, annotation.id === current)
    this.#painted.set(annotation.id, now)
    add.push(now)
    return { change: { remove, add }, placed: { annotation, start: entry.range!.start }, index: this.#indexOf(entry) }
  }

  // The current annotation changed from `previous`: the two painted again
  // as they are now, the others left as they are.
  select(previous: string | null, current: string | null): PaintChange {
    const add: Painted[] = []
    const remove: Painted[] = []
    if (previous !== null) this.#repaint(previous, current, add, remove)
    if (current !== null && current !== previous) this.#repaint(current, current, add, remove)
    return { remove, add }
  }

  // An annotation painted again with `current` as it is now, when that changed.
  #repaint(id: string, current: string | null, add: Painted[], remove: Painted[]): void {
    const old = this.#painted.get(id)
    const anchored = this.#anchored.get(id)
    if (!old || !anchored?.range || old.current === (id === current)) return
    const now = this.#painting(anchored.annotation, anchored.range, id === current)
    this.#painted.set(id, now)
    remove.push(old)
    add.push(now)
  }

  #painting(annotation: Annotation, range: { start: number; end: number }, current: boolean): Painted {
    return {
      id: annotation.id,
      kind: annotation.kind,
      from: this.#map.toPos(range.start),
      to: this.#map.toPos(range.end),
      sources: annotation.sources.slice(0, MAX_PAINTED_SOURCES),
      current,
    }
  }

  // Its place in reading order: a binary search to its start, then along
  // the ones that start there too.
  #indexOf(entry: Anchored): number {
    const start = entry.range!.start
    let lo = 0, hi = this.#ordered.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.#ordered[mid]!.range!.start < start) lo = mid + 1
      else hi = mid
    }
    while (lo < this.#ordered.length && this.#ordered[lo] !== entry) lo++
    return lo
  }

  // Where an annotation is painted (offsets in the text); null for an
  // orphan or one not painted.
  span(id: string): { start: number; end: number } | null {
    const range = this.#painted.has(id) ? this.#anchored.get(id)?.range : null
    return range ? { start: range.start, end: range.end } : null
  }

  // A few in or out are put in place; many (the first paint) sorted at once.
  #reorder(gone: ReadonlySet<string>, added: Anchored[]): void {
    const ordered = gone.size ? this.#ordered.filter((a) => !gone.has(a.annotation.id)) : this.#ordered
    if (added.length > 64) {
      this.#ordered = ordered.concat(added).sort((a, b) => a.range!.start - b.range!.start)
      return
    }
    for (const a of added) {
      // After the last that starts at or before it, as a stable sort would.
      let lo = 0, hi = ordered.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (ordered[mid]!.range!.start <= a.range!.start) lo = mid + 1
        else hi = mid
      }
      ordered.splice(lo, 0, a)
    }
    this.#ordered = ordered
  }
}

function sameTarget(a: Target, b: Target): boolean {
  return a === b || (a.position.start === b.position.start && a.position.end === b.position.end && a.quote.exact === b.quote.exact
    && a.quote.prefix === b.quote.prefix && a.quote.suffix === b.quote.suffix)
}

function samePainting(a: Painted, b: Painted): boolean {
  return a.kind === b.kind && a.from === b.from && a.to === b.to && a.current === b.current
    && a.sources.length === b.sources.length && a.sources.every((s, i) => b.sources[i] === s)
}
