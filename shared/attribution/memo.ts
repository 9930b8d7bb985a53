// A bounded memo for pure functions of one name. Names recur through an
// article (and the same surface forms through a library), while the work
// behind them (Unicode folding, regular expressions, alias maps) does not
// need repeating. Two generations: when the newer fills, the older is
// dropped and the newer takes its place, so memory stays bounded on any
// input while the names an article keeps using survive (a 1 MB article
// names ~12,000 distinct ones; clearing everything when full made a third
// of the lookups miss).

export function memo<T>(fn: (name: string) => T, size = 8192): (name: string) => T {
  let young = new Map<string, T>()
  let old = new Map<string, T>()
  return (name: string): T => {
    // (One lookup for a name seen lately; a second only for a remembered undefined or an older name.)
    const known = young.get(name)
    if (known !== undefined || young.has(name)) return known as T
    const value = old.has(name) ? old.get(name)! : fn(name)
    if (young.size >= size) { old = young; young = new Map() }
    young.set(name, value)
    return value
  }
}
