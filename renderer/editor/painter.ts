// Keeps the painted spans in step with the annotations. Ranges are anchored
// once per annotation version (all at once with anchorAll when a document
// opens) and cached by id; each update paints only what differs.

import { anchorAll } from '../../shared/anchoring/anchor.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import type { OffsetMap } from './document-view.ts'
import { MAX_PAINTED_SOURCES, type PaintChange, type Painted } from './highlights.ts'

export interface Placed { annotation: Annotation; start: number | null }

interface Anchored { annotation: Annotation; range: { start: number; end: number } | null }

export class Painter {
  #map: OffsetMap
  #anchored = new Map<string, Anchored>()
  #painted = new Map<string, Painted>()

  constructor(map: OffsetMap) {
    this.#map = map
  }

  // What to take away and add so the view shows `annotations`, and where
  // each one now stands in the text (null for an orphan).
  update(annotations: readonly Annotation[], current: string | null): { change: PaintChange; placed: Placed[] } {
    const fresh = annotations.filter((a) => this.#anchored.get(a.id)?.annotation.target !== a.target)
    const ranges = anchorAll(this.#map.text, fresh.map((a) => a.target))
    fresh.forEach((a, i) => this.#anchored.set(a.id, { annotation: a, range: ranges[i] ?? null }))

    const placed: Placed[] = []
    const next = new Map<string, Painted>()
    for (const annotation of annotations) {
      const cached = this.#anchored.get(annotation.id)!
      cached.annotation = annotation
      placed.push({ annotation, start: cached.range?.start ?? null })
      if (!cached.range) continue
      next.set(annotation.id, {
        id: annotation.id,
        kind: annotation.kind,
        from: this.#map.toPos(cached.range.start),
        to: this.#map.toPos(cached.range.end),
        sources: annotation.sources.slice(0, MAX_PAINTED_SOURCES),
        current: annotation.id === current,
      })
    }
    const remove: string[] = []
    const add: Painted[] = []
    for (const [id, old] of this.#painted) {
      const now = next.get(id)
      if (!now || !samePainting(old, now)) remove.push(id)
    }
    for (const [id, now] of next) {
      const old = this.#painted.get(id)
      if (!old || !samePainting(old, now)) add.push(now)
    }
    const present = new Set(annotations.map((a) => a.id))
    for (const id of this.#anchored.keys()) if (!present.has(id)) this.#anchored.delete(id)
    this.#painted = next
    return { change: { remove, add }, placed }
  }
}

function samePainting(a: Painted, b: Painted): boolean {
  return a.kind === b.kind && a.from === b.from && a.to === b.to && a.current === b.current
    && a.sources.length === b.sources.length && a.sources.every((s, i) => b.sources[i] === s)
}
