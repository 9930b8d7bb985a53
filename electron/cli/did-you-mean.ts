// "Did you mean" for a mistyped command: the known word at the smallest
// edit distance (insertions, deletions, substitutions, and swapping two
// neighbours, the commonest typo), if it is close enough to be a guess
// rather than noise. Inputs are short command words; a long argument is
// cut first, so the work stays small.

const MAX_INPUT = 64

export function closest(word: string, known: readonly string[]): string | undefined {
  const typed = word.slice(0, MAX_INPUT).toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const d = distance(typed, candidate)
    if (d < bestDistance) { best = candidate; bestDistance = d }
  }
  // At most a third of the word wrong (at least one edit), or a prefix.
  const limit = Math.max(1, Math.floor(typed.length / 3))
  if (best !== undefined && bestDistance <= limit) return best
  const prefixed = known.filter((k) => typed.length >= 2 && k.startsWith(typed))
  return prefixed.length === 1 ? prefixed[0] : undefined
}

// Optimal string alignment distance.
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = d
    }
  }
  return rows[a.length]![b.length]!
}
