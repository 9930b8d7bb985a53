// Where a query's words stand in a long text written in ASCII, found
// without cutting the whole text into words: a 1 MB article is 170,000
// words, and cutting it took most of a search's time whenever it was among
// the documents read. In ASCII a word's key is its lower case, of the same
// length, so the lowered text is searched for the query's words and only
// the words there are read. The spans are the ones find-hits.ts's spans()
// gives for the same words, in order, the first `max` of them. The lowered
// text is kept with the document (hit-cache.ts): lowering 1 MB at every key
// cost more than the lookups.

const ASCII = /^[\x00-\x7f]*$/
// A word in lowered ASCII text (the words.ts run of letters, marks and digits).
const WORD = /[a-z0-9]+/g
const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)

// The text in lower case, or null when it is not ASCII (the caller cuts it
// into words).
export function asciiLowered(text: string): string | null {
  return ASCII.test(text) ? text.toLowerCase() : null
}

// In `lowered` (asciiLowered's): together, the query's words next to each
// other (the last as a beginning); else every word that is one of them.
export function asciiSpans(lowered: string, query: readonly string[], together: boolean, max: number): [number, number][] {
  const last = query.length - 1
  const fits = (key: string, j: number) => (j === last ? key.startsWith(query[j]!) : key === query[j])
  const word = new RegExp(WORD.source, 'g')
  // The word that starts at `at` and, when it does, where it ends.
  const wordAt = (at: number): string | null => {
    if (at > 0 && isWordChar(lowered.charCodeAt(at - 1))) return null
    word.lastIndex = at
    const m = word.exec(lowered)
    return m && m.index === at ? m[0] : null
  }
  // Each place a query word begins a word, in order.
  function* starts(key: string): Generator<[number, string]> {
    if (!key) return
    for (let at = lowered.indexOf(key); at >= 0; at = lowered.indexOf(key, at + 1)) {
      const found = wordAt(at)
      if (found !== null) yield [at, found]
    }
  }
  const found: [number, number][] = []
  if (together) {
    for (const [at, first] of starts(query[0]!)) {
      if (!fits(first, 0)) continue
      let end = at + first.length
      let j = 1
      for (; j <= last; j++) {
        word.lastIndex = end
        const m = word.exec(lowered)
        if (!m || !fits(m[0], j)) break
        end = m.index + m[0].length
      }
      if (j > last) found.push([at, end])
      if (found.length >= max) break
    }
    return found
  }
  // Apart: the first `max` of each word, merged in order, each place once.
  const places = new Map<number, number>()
  query.forEach((key, j) => {
    let n = 0
    for (const [at, w] of starts(key)) {
      if (!fits(w, j)) continue
      places.set(at, at + w.length)
      if (++n >= max) break
    }
  })
  return [...places].sort((a, b) => a[0] - b[0]).slice(0, max)
}
