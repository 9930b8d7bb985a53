// A bounded memo for pure functions of one name. Names recur through an
// article (and the same surface forms through a library), while the work
// behind them (Unicode folding, regular expressions, alias maps) does not
// need repeating. Two generations: when the newer fills, the older is
// dropped and the newer takes its place, so memory stays bounded on any
// input while the names an article keeps using survive (a 1 MB article
// names ~12,000 distinct ones; clearing everything when full made a third
// of the lookups miss).

// A remembered undefined.
const NONE: unique symbol = Symbol('none')

export function memo<T>(fn: (name: string) => T, size = 8192): (name: string) => T {
  let young = new Map<string, T | typeof NONE>()
  let old = new Map<string, T | typeof NONE>()
  return (name: string): T => {
    // (One lookup for a name seen lately, a second for an older name. Most
    // answers are "no" (undefined: not an outlet): kept as NONE, so that a
    // remembered "no" is not asked for again with has().)
    let known = young.get(name)
    if (known === undefined) {
      known = old.get(name)
      if (known === undefined) { const value = fn(name); known = value === undefined ? NONE : value }
      if (young.size >= size) { old = young; young = new Map() }
      young.set(name, known)
    }
    return known === NONE ? undefined as T : known
  }
}
