// The best few of the documents a search matched, without sorting them all
// (search-index.ts: a common word matches nearly every document, and an
// answer reads a few dozen).

// The documents that match, best score first (the lower number first when
// equal), at most `limit`: a heap of the best so far, its worst on top.
export function bestOf(count: number, matches: (doc: number) => boolean, scores: Float64Array, limit: number): number[] {
  const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b)
  const heap: number[] = []
  const down = (from: number) => {
    for (let i = from; ;) {
      const l = 2 * i + 1
      const r = l + 1
      let worst = i
      if (l < heap.length && before(heap[worst]!, heap[l]!)) worst = l
      if (r < heap.length && before(heap[worst]!, heap[r]!)) worst = r
      if (worst === i) return
      ;[heap[i], heap[worst]] = [heap[worst]!, heap[i]!]
      i = worst
    }
  }
  const up = (from: number) => {
    for (let i = from; i > 0;) {
      const parent = (i - 1) >> 1
      if (!before(heap[parent]!, heap[i]!)) return
      ;[heap[i], heap[parent]] = [heap[parent]!, heap[i]!]
      i = parent
    }
  }
  if (limit <= 0) return []
  for (let doc = 0; doc < count; doc++) {
    if (!matches(doc)) continue
    if (heap.length < limit) {
      heap.push(doc)
      up(heap.length - 1)
    } else if (before(doc, heap[0]!)) {
      heap[0] = doc
      down(0)
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
}
