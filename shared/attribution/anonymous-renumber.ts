// Numbers of unnamed sources told apart, read once over the whole article
// (GUIDE 4: "Separate unnamed sources are numbered"), after the sentence-by-
// sentence pass that gave them:
// - "a diplomat said ... one diplomat said ... another diplomat said": the
//   first, met before the others were told apart from him, is one of them
//   and takes the first number ("Western diplomat #1"), the others the next;
// - "Another diplomat said" with no diplomat before it (an embassy official
//   spoke first) tells him apart from no one of his kind: one diplomat, no
//   number; numbers that do not start at 1 start there.
// A group ("Western diplomats") is never numbered, nor one the text
// describes otherwise ("a senior U.S. official" beside "official #1"); a
// count that runs over two descriptions of one head ("White House official
// #1", "administration official #2") is left as it is.

import { fold } from './fold.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null; otherSources: string[] }

const NUMBERED = /^(.+?) #(\d+) \((anonymous|unnamed)\)$|^(.+?) \((anonymous|unnamed)\) #(\d+)$/
const UNNUMBERED = /^(.+?) \((?:anonymous|unnamed)\)$/
// What may follow the head inside an unnumbered description ("diplomat in the region", "official familiar with").
// Kinds of numbered sources read per article (an article tells apart a few; the look back is per kind).
const MAX_KINDS = 32
const AFTER_HEAD = /^(?:in|at|from|of|with|on|close|familiar|briefed|involved|who|based)$/

export function renumberAnonymous(out: Sourced[], match: (name: string) => string | null): void {
  // Per numbered description (folded): the numbers in the order first met, and the index of the first.
  const numbers = new Map<string, { desc: string; seen: number[]; first: number }>()
  out.forEach((s, i) => {
    const m = NUMBERED.exec(s.source)
    if (!m) return
    const desc = m[1] ?? m[4]!
    const n = Number(m[2] ?? m[6])
    const key = fold(desc)
    if (!numbers.has(key) && numbers.size >= MAX_KINDS) return
    const entry = numbers.get(key) ?? { desc, seen: [], first: i }
    if (!entry.seen.includes(n)) entry.seen.push(n)
    numbers.set(key, entry)
  })
  if (!numbers.size) return
  // (Numbers shared by descriptions of one head, "White House official #1" and "administration official #2", are one count: left.)
  const heads = new Map<string, number>()
  for (const key of numbers.keys()) heads.set(key.split(' ').at(-1)!, (heads.get(key.split(' ').at(-1)!) ?? 0) + 1)
  const renamed = new Map<string, string>()
  for (const [key, { desc, seen, first }] of numbers) {
    if (heads.get(key.split(' ').at(-1)!)! > 1) continue
    const sorted = [...seen].sort((a, b) => a - b)
    // (The one met first, unnumbered, of the numbered ones' description.)
    const earlier = out.slice(0, first).find((s) => s.sourceKind === 'anonymous' && memberOf(s.source, key))?.source
    if (earlier) renamed.set(earlier, `${desc} #1 (anonymous)`)
    const base = earlier ? 2 : 1
    sorted.forEach((n, k) => {
      const to = !earlier && sorted.length === 1 ? `${desc} (anonymous)` : `${desc} #${k + base} (anonymous)`
      for (const form of [`${desc} #${n} (anonymous)`, `${desc} #${n} (unnamed)`, `${desc} (anonymous) #${n}`, `${desc} (unnamed) #${n}`]) renamed.set(form, to)
    })
  }
  for (const s of out) {
    const to = renamed.get(s.source)
    if (to && to !== s.source) { s.source = to; s.sourceId = match(to) }
    s.otherSources = s.otherSources.map((n) => renamed.get(n) ?? n)
  }
}

// Whether an unnumbered description is one of the numbered ones: the same words up to
// and with the head, in the singular, perhaps with where they are after it ("Western diplomat in the region").
function memberOf(source: string, key: string): boolean {
  if (NUMBERED.test(source)) return false
  const m = UNNUMBERED.exec(source)
  if (!m) return false
  const words = fold(m[1]!).split(' ')
  const head = key.split(' ').at(-1)!
  const at = words.indexOf(head)
  if (at < 0 || at + 1 < words.length && !AFTER_HEAD.test(words[at + 1]!)) return false
  return words.slice(0, at + 1).join(' ') === key
}
