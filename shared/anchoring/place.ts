// Where each annotation stands in the current text, decided once for the
// reader and every export alike: anchorAll, the reader's own anchoring.
// An annotation that anchors gets the target of where it stands now (its
// stored one when it is still in place), so an export shows it where the
// reader paints it; one that does not is an orphan everywhere, never a
// highlight on words it no longer matches.

import type { Annotation } from '../model/annotation.ts'
import { anchorAll } from './anchor.ts'
import { describe } from './describe.ts'

export interface Placement {
  placed: Annotation[] // in the order given
  orphans: Annotation[] // in the order given, with their stored targets
}

export function placeAnnotations(text: string, annotations: readonly Annotation[]): Placement {
  const placement: Placement = { placed: [], orphans: [] }
  placeEach(text, annotations).forEach((placed, i) => {
    if (placed) placement.placed.push(placed)
    else placement.orphans.push(annotations[i]!)
  })
  return placement
}

// The same, one answer per annotation in the order given: the annotation
// where it stands now, or null for an orphan.
export function placeEach(text: string, annotations: readonly Annotation[]): (Annotation | null)[] {
  const ranges = anchorAll(text, annotations.map((a) => a.target))
  return annotations.map((a, i) => {
    const range = ranges[i]
    if (!range) return null
    const { start, end } = a.target.position
    return range.start === start && range.end === end ? a : { ...a, target: describe(text, range.start, range.end) }
  })
}
