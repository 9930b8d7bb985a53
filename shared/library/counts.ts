// What the library shows for each document without opening it: how many
// annotations, how many of them claims, and how many per source.

import type { Annotation } from '../model/annotation.ts'

export interface AnnotationCounts {
  annotationCount: number
  claimCount: number
  sourceCounts: Record<string, number>
  // Annotations per relay (via) id, apart from who said them.
  viaCounts: Record<string, number>
}

export function countAnnotations(annotations: readonly Annotation[]): AnnotationCounts {
  const sourceCounts: Record<string, number> = {}
  const viaCounts = Object.create(null) as Record<string, number>
  let claimCount = 0
  for (const a of annotations) {
    if (a.kind === 'claim') claimCount++
    for (const id of a.sources) sourceCounts[id] = (sourceCounts[id] ?? 0) + 1
    for (const id of a.via) viaCounts[id] = (viaCounts[id] ?? 0) + 1
  }
  return { annotationCount: annotations.length, claimCount, sourceCounts, viaCounts }
}

export function sameCounts(a: AnnotationCounts, b: AnnotationCounts): boolean {
  return a.annotationCount === b.annotationCount && a.claimCount === b.claimCount &&
    sameRecord(a.sourceCounts, b.sourceCounts) && sameRecord(a.viaCounts, b.viaCounts)
}

function sameRecord(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k])
}
