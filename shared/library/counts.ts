// What the library shows for each document without opening it: how many
// annotations, how many of them claims, and how many per source.
//
// Source ids are user text (made from names), so they never index an
// ordinary object: "constructor" would find Object.prototype's. Counting
// uses a Map; the result is a null-prototype object, which JSON carries as is.

import type { Annotation } from '../model/annotation.ts'

export interface AnnotationCounts {
  annotationCount: number
  claimCount: number
  sourceCounts: Record<string, number>
  // Annotations per relay (via) id, apart from who said them.
  viaCounts: Record<string, number>
}

export function countAnnotations(annotations: readonly Annotation[]): AnnotationCounts {
  const perSource = new Map<string, number>()
  const perVia = new Map<string, number>()
  let claimCount = 0
  for (const a of annotations) {
    if (a.kind === 'claim') claimCount++
    for (const id of a.sources) perSource.set(id, (perSource.get(id) ?? 0) + 1)
    for (const id of a.via) perVia.set(id, (perVia.get(id) ?? 0) + 1)
  }
  return { annotationCount: annotations.length, claimCount, sourceCounts: countRecord(perSource), viaCounts: countRecord(perVia) }
}

// A record with no prototype: a key is only ever its own property.
function countRecord(entries: Iterable<readonly [string, number]>): Record<string, number> {
  const record = Object.create(null) as Record<string, number>
  for (const [id, n] of entries) record[id] = n
  return record
}

export function sameCounts(a: AnnotationCounts, b: AnnotationCounts): boolean {
  return a.annotationCount === b.annotationCount && a.claimCount === b.claimCount &&
    sameRecord(a.sourceCounts, b.sourceCounts) && sameRecord(a.viaCounts, b.viaCounts)
}

function sameRecord(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k])
}

// Counts kept per list of annotations (lists are replaced, never changed in
// place), so that a save adding one annotation to a long document counts
// that one, not the 10,000 before it.
const kept = new WeakMap<readonly Annotation[], AnnotationCounts>()

// Whether the list's counts are kept (a save adding to it counts only what it adds).
export function countsKept(annotations: readonly Annotation[]): boolean {
  return kept.has(annotations)
}

// countAnnotations, once per list.
export function countedAnnotations(annotations: readonly Annotation[]): AnnotationCounts {
  let counts = kept.get(annotations)
  if (counts === undefined) kept.set(annotations, counts = countAnnotations(annotations))
  return counts
}

// `after` is `before` with `added` at its end: its counts are before's
// (when kept) with those added.
export function countAppended(before: readonly Annotation[], after: readonly Annotation[], added: readonly Annotation[]): void {
  const counts = kept.get(before)
  if (counts === undefined || after.length !== before.length + added.length) return
  const perSource = new Map(Object.entries(counts.sourceCounts))
  const perVia = new Map(Object.entries(counts.viaCounts))
  let claimCount = counts.claimCount
  for (const a of added) {
    if (a.kind === 'claim') claimCount++
    for (const id of a.sources) perSource.set(id, (perSource.get(id) ?? 0) + 1)
    for (const id of a.via) perVia.set(id, (perVia.get(id) ?? 0) + 1)
  }
  kept.set(after, { annotationCount: after.length, claimCount, sourceCounts: countRecord(perSource), viaCounts: countRecord(perVia) })
}
