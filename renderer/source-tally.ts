// How many annotations of a document each of its sources has, and how many
// claims have no source that still exists: the sidebar's counts and the
// toolbar's "most used". Counted once over the annotations (10,000 on a
// long article), then kept up to date one annotation at a time as claims
// are added and saved, so neither recounts them all for each claim.

import type { Annotation } from '../shared/model/annotation.ts'
import type { Source } from '../shared/model/source.ts'

export class SourceTally {
  // By source id, every source of the library (0 for none).
  readonly counts: ReadonlyMap<string, number>
  #counts: Map<string, number>
  #unattributed = 0

  constructor(sources: readonly Source[], annotations: readonly Annotation[]) {
    this.#counts = new Map(sources.map((s) => [s.id, 0]))
    this.counts = this.#counts
    for (const a of annotations) this.add(a, 1)
  }

  get unattributed(): number {
    return this.#unattributed
  }

  // Counts an annotation in (by 1) or out (by -1). A source named twice
  // counts once; a removed one not at all.
  add(annotation: Annotation, by: 1 | -1): void {
    const { sources } = annotation
    let known = 0
    for (let i = 0; i < sources.length; i++) {
      const id = sources[i]!
      const n = this.#counts.get(id)
      if (n === undefined || sources.indexOf(id) !== i) continue
      this.#counts.set(id, n + by)
      known++
    }
    if (annotation.kind === 'claim' && known === 0) this.#unattributed += by
  }
}
