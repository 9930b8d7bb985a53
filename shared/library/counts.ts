// What the library shows for each document without opening it: how many
// annotations, how many of them claims, and how many per source.

import type { Annotation } from '../model/annotation.ts'

export interface AnnotationCounts {
  annotationCount: number
  claimCount: number
  sourceCounts: Record<string, number>
}

export function countAnnotations(annotations: readonly Annotation[]): AnnotationCounts {
  const sourceCounts: Record<string, number> = {}
  let claimCount = 0
  for (const a of annotations) {
    if (a.kind === 'claim') claimCount++
    for (const id of a.sources) sourceCounts[id] = (sourceCounts[id] ?? 0) + 1
  }
  return { annotationCount: annotations.length, claimCount, sourceCounts }
}

export function sameCounts(a: AnnotationCounts, b: AnnotationCounts): boolean {
  const keys = Object.keys(a.sourceCounts)
  return a.annotationCount === b.annotationCount && a.claimCount === b.claimCount &&
    keys.length === Object.keys(b.sourceCounts).length && keys.every((k) => a.sourceCounts[k] === b.sourceCounts[k])
}
