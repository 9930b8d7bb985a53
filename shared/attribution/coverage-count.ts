// The coverage of one article kept up to date as its annotations change,
// so that a claim added to a long article (10,000 annotations) costs what
// that claim touches rather than a recount: the figures are the same as
// coverage() over the new list (test/shared/coverage-count.test.ts).
//
// Who owns a character depends only on the sourced annotations over it,
// so a changed annotation can change only the sentences its range meets:
// those are counted again, under the old list and the new, and the
// difference applied. A change that is not a few annotations added,
// replaced in place or taken out (an import, a reload) is counted whole.

import type { Annotation } from '../model/annotation.ts'
import { listChanges } from '../model/list-changes.ts'
import { ownership, relays, shaped, countedSentences, tally, type Coverage, type Range, type RelayShare } from './coverage.ts'

// Past this many changed annotations a recount is as cheap.
const MAX_CHANGED = 16

export class CoverageCount {
  readonly #sentences: Range[]
  #annotations: readonly Annotation[] = []
  #claims = new Map<string, number>()
  #chars = new Map<string, number>()
  #counted = new Map<string, number>()
  #owned = 0
  #unowned: Uint8Array
  #relays: RelayShare[] | null = null

  constructor(sentences: readonly Range[], annotations: readonly Annotation[]) {
    this.#sentences = countedSentences(sentences)
    this.#unowned = new Uint8Array(this.#sentences.length)
    this.#recount(annotations)
  }

  // Moves to a new list of the article's annotations: "same" when the
  // figures cannot have changed (no annotation with a source or a relay
  // changed), "counted" when what changed was counted, "recounted" when
  // the list was counted whole.
  update(annotations: readonly Annotation[]): 'same' | 'counted' | 'recounted' {
    const before = this.#annotations
    if (annotations === before) return 'same'
    const changed = listChanges(before, annotations, MAX_CHANGED)
    if (!changed) {
      this.#recount(annotations)
      return 'recounted'
    }
    this.#annotations = annotations
    const all = [...changed.gone, ...changed.come]
    if (!all.some((a) => a.sources.length > 0 || a.via.length > 0)) return 'same'
    if (all.some((a) => a.via.length > 0)) this.#relays = null
    // The sentences the changed ranges meet, counted out under the old list and in under the new.
    const reach = this.#reach(all.filter((a) => a.sources.length > 0).map((a) => a.target.position))
    for (const [from, to] of reach) this.#apply(before, from, to, -1)
    for (const a of changed.gone) this.#claim(a, -1)
    for (const a of changed.come) this.#claim(a, 1)
    for (const [from, to] of reach) this.#apply(annotations, from, to, 1)
    return 'counted'
  }

  result(): Coverage {
    const annotations = this.#annotations
    this.#relays ??= relays(annotations)
    return shaped({
      sorted: this.#sentences, claims: this.#claims, chars: this.#chars, sentences: this.#counted, owned: this.#owned, unowned: this.#unowned,
      order: () => firstNamed(annotations), relays: this.#relays,
    })
  }

  #recount(annotations: readonly Annotation[]): void {
    this.#annotations = annotations
    this.#claims = new Map()
    for (const a of annotations) this.#claim(a, 1)
    const t = tally(this.#sentences, ownership(annotations.filter((a) => a.sources.length > 0)))
    this.#chars = t.chars
    this.#counted = t.sentences
    this.#owned = t.owned
    this.#unowned = Uint8Array.from(t.unowned, Number)
    this.#relays = null
  }

  #claim(a: Annotation, sign: 1 | -1): void {
    for (const id of new Set(a.sources)) {
      const n = (this.#claims.get(id) ?? 0) + sign
      if (n === 0) this.#claims.delete(id)
      else this.#claims.set(id, n)
    }
  }

  // Sentences [from, to) counted in (sign 1) or out (-1) under the list.
  #apply(annotations: readonly Annotation[], from: number, to: number, sign: 1 | -1): void {
    const sentences = this.#sentences.slice(from, to)
    const start = sentences[0]!.start
    const end = sentences.at(-1)!.end
    // Only annotations over these sentences decide who owns their characters.
    const over = annotations.filter((a) => a.sources.length > 0 && a.target.position.start < end && a.target.position.end > start)
    const t = tally(sentences, ownership(over))
    add(this.#chars, t.chars, sign)
    add(this.#counted, t.sentences, sign)
    this.#owned += sign * t.owned
    if (sign === 1) t.unowned.forEach((u, i) => { this.#unowned[from + i] = u ? 1 : 0 })
  }

  // Runs of sentence indices [from, to) that the ranges meet, merged.
  #reach(ranges: readonly Range[]): [number, number][] {
    const runs: [number, number][] = []
    for (const r of ranges) {
      if (r.end <= r.start) continue
      const from = firstEndingAfter(this.#sentences, r.start)
      let to = from
      while (to < this.#sentences.length && this.#sentences[to]!.start < r.end) to++
      if (to > from) runs.push([from, to])
    }
    runs.sort((a, b) => a[0] - b[0])
    const merged: [number, number][] = []
    for (const run of runs) {
      const last = merged.at(-1)
      if (last && run[0] <= last[1]) last[1] = Math.max(last[1], run[1])
      else merged.push(run)
    }
    return merged
  }
}

// The first sentence ending after `at` (sentences are sorted and apart).
function firstEndingAfter(sentences: readonly Range[], at: number): number {
  let lo = 0
  let hi = sentences.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sentences[mid]!.end <= at) lo = mid + 1
    else hi = mid
  }
  return lo
}

function add(into: Map<string, number>, from: ReadonlyMap<string, number>, sign: 1 | -1): void {
  for (const [id, n] of from) {
    const total = (into.get(id) ?? 0) + sign * n
    if (total === 0) into.delete(id)
    else into.set(id, total)
  }
}

// Sources in the order their first claim names them.
function firstNamed(annotations: readonly Annotation[]): string[] {
  const seen = new Set<string>()
  for (const a of annotations) for (const id of a.sources) seen.add(id)
  return [...seen]
}
