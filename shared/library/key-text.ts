// Finding a query's words in a text written as its words' keys stand
// (words.ts): an ASCII text in lower case (its words are its runs of a-z
// and 0-9, a word's key its lower case), or keys one space apart. A NUL
// ends a part (annotation-words.ts puts notes and quotes end to end): words
// together never reach across it. The words are found with indexOf, not by
// cutting the text into words, and from the longest query word (likely the
// rarest), the others read around it; every place looked at takes one off
// a budget, so that words common in a text but rarely together cost a
// bounded amount.

const PART_END = 0
// Everything but ASCII punctuation, spaces and NUL is a word's.
const inWord = (c: number) => c > 0x7f || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)
const apartFrom = (c: number) => !inWord(c) && c !== PART_END

export interface Budget { left: number }

// The matches in order: together, the query's words next to each other
// (the last as a beginning) as one span; else each word that is one of
// them. null when there are no more, or the budget ran out (left < 0).
export function matches(text: string, query: readonly string[], together: boolean, budget: Budget): () => [number, number] | null {
  const wordEnd = (at: number) => {
    let end = at
    while (end < text.length && inWord(text.charCodeAt(end))) end++
    return end
  }
  const fits = (j: number, start: number, end: number) => {
    const key = query[j]!
    const length = end - start
    return (j === query.length - 1 ? length >= key.length : length === key.length) && text.startsWith(key, start)
  }
  // The next place from `from` where query word j is a word.
  const next = (j: number, from: number): number | null => {
    const key = query[j]!
    for (let at = text.indexOf(key, from); at >= 0; at = text.indexOf(key, at + 1)) {
      if (budget.left-- <= 0) return null
      if (at > 0 && inWord(text.charCodeAt(at - 1))) continue
      if (fits(j, at, wordEnd(at))) return at
    }
    return null
  }
  if (!together) {
    const ahead = query.map((_, j) => next(j, 0))
    return () => {
      let best = -1
      ahead.forEach((at, j) => {
        if (at !== null && (best < 0 || at < ahead[best]!)) best = j
      })
      if (best < 0) return null
      const at = ahead[best]!
      for (let j = 0; j < query.length; j++) if (ahead[j] === at) ahead[j] = next(j, at + 1)
      return [at, wordEnd(at)]
    }
  }
  const anchor = query.reduce((best, q, j) => (q.length > query[best]!.length ? j : best), 0)
  let from = 0
  return () => {
    for (;;) {
      const at = next(anchor, from)
      if (at === null) return null
      from = at + 1
      let start = at
      let ok = true
      for (let j = anchor - 1; ok && j >= 0; j--) {
        let p = start - 1
        while (p >= 0 && apartFrom(text.charCodeAt(p))) p--
        if (p < 0 || !inWord(text.charCodeAt(p))) ok = false
        else {
          start = p
          while (start > 0 && inWord(text.charCodeAt(start - 1))) start--
          ok = fits(j, start, p + 1)
        }
      }
      let end = wordEnd(at)
      for (let j = anchor + 1; ok && j < query.length; j++) {
        let p = end
        while (p < text.length && apartFrom(text.charCodeAt(p))) p++
        end = wordEnd(p)
        ok = end > p && fits(j, p, end)
      }
      if (ok) return [start, end]
    }
  }
}
