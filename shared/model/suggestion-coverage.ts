// Which suggestions the reader has already dealt with by annotating: one is
// covered when an annotation tagged with the suggestion's (matched) source
// overlaps any of its words. The server filters with this rule, and the
// reader re-applies it on its own list when annotations change, so adding a
// claim never has to ask for the whole list again.

interface Span { start: number; end: number }

export interface Coverable {
  content: Span
  sourceMatch: { sourceId: string } | { proposed: unknown }
}

export interface Covering {
  sources: readonly string[]
  target: { position: Span }
}

// The suggestions no annotation covers, in their order; the same array
// when nothing can cover any.
export function uncovered<S extends Coverable>(suggestions: readonly S[], annotations: readonly Covering[]): readonly S[] {
  if (annotations.length === 0) return suggestions
  const covers = coverage(annotations)
  return suggestions.filter((s) => !('sourceId' in s.sourceMatch && covers(s.sourceMatch.sourceId, s.content.start, s.content.end)))
}

// The rule for one annotation, for a few new ones against a list already
// filtered (the reader's claim just made).
export function covers(annotation: Covering, suggestion: Coverable): boolean {
  const { start, end } = annotation.target.position
  return end > start && 'sourceId' in suggestion.sourceMatch && annotation.sources.includes(suggestion.sourceMatch.sourceId) &&
    start < suggestion.content.end && end > suggestion.content.start
}

// Per source, the annotations' ranges sorted by start with the running
// largest end, so "does any overlap [start, end)" is one binary search.
function coverage(annotations: readonly Covering[]): (sourceId: string, start: number, end: number) => boolean {
  const bySource = new Map<string, Span[]>()
  for (const a of annotations) {
    for (const id of a.sources) {
      let list = bySource.get(id)
      if (!list) bySource.set(id, list = [])
      list.push(a.target.position)
    }
  }
  const index = new Map<string, { starts: number[]; maxEnds: number[] }>()
  for (const [id, spans] of bySource) {
    spans.sort((x, y) => x.start - y.start)
    const starts: number[] = []
    const maxEnds: number[] = []
    let max = -Infinity
    for (const p of spans) {
      if (p.end <= p.start) continue
      max = Math.max(max, p.end)
      starts.push(p.start)
      maxEnds.push(max)
    }
    index.set(id, { starts, maxEnds })
  }
  return (sourceId, start, end) => {
    const found = index.get(sourceId)
    if (!found) return false
    // The last range starting before `end`; any earlier one reaching past `start` overlaps.
    let lo = 0
    let hi = found.starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (found.starts[mid]! < end) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && found.maxEnds[lo - 1]! > start
  }
}
