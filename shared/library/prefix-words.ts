// The words a query's last word, still being typed, stands for in the
// search index (search-index.ts): the words it begins, found in the sorted
// list of every word (and those added since it was sorted).

// At most this many words it begins (the most frequent), each counting for
// less than a whole word; itself, when a word, at full weight.
const MAX_EXPANSIONS = 64
const PREFIX_WEIGHT = 0.6

export function prefixWords(prefix: string, sorted: readonly string[], unsorted: ReadonlySet<string>, frequency: (key: string) => number): [string, number][] {
  const found = new Set<string>()
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < prefix) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) found.add(sorted[i]!)
  for (const key of unsorted) if (key.startsWith(prefix)) found.add(key)
  const chosen = [...found].map((key) => [key, frequency(key)] as const).sort((a, b) => b[1] - a[1]).slice(0, MAX_EXPANSIONS)
  if (found.has(prefix) && !chosen.some(([key]) => key === prefix)) chosen.push([prefix, 0])
  return chosen.map(([key]) => [key, key === prefix ? 1 : PREFIX_WEIGHT])
}
