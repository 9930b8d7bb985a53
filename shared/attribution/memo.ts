// A bounded memo for pure functions of one name. Names recur through an
// article (and the same surface forms through a library), while the work
// behind them (Unicode folding, regular expressions, alias maps) does not
// need repeating. Cleared when full, so memory stays bounded on any input.

export function memo<T>(fn: (name: string) => T, size = 4096): (name: string) => T {
  const cache = new Map<string, T>()
  return (name: string): T => {
    // (One lookup for a name seen before; a second only for a remembered undefined.)
    const known = cache.get(name)
    if (known !== undefined || cache.has(name)) return known as T
    const value = fn(name)
    if (cache.size >= size) cache.clear()
    cache.set(name, value)
    return value
  }
}
