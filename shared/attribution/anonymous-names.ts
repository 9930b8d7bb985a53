// One unnamed group, one name (GUIDE 4): "officials say" in a headline and
// "one of the people said" are the "U.S. officials" and the "people briefed
// on the discussions" the article describes more fully elsewhere. A bare
// "officials (anonymous)" takes the fuller name of the first group with
// that head word.

const BARE = /^(\p{Ll}+) \((?:anonymous|unnamed)\)$/u

export function fullerAnonymous(names: readonly string[]): Map<string, string> {
  const fuller = new Map<string, string>()
  const distinct = [...new Set(names)]
  for (const name of distinct) {
    const bare = BARE.exec(name)
    if (!bare) continue
    const head = bare[1]!
    const singular = head.replace(/s$/, '')
    // The first group the article names with that head word (a headline sums up its lead), numbered ones as their group.
    for (const other of distinct) {
      if (other === name || !/\((?:anonymous|unnamed)\)$/.test(other)) continue
      const group = other.replace(/ #\d+/, '')
      const words = group.split(/\s+/)
      if (words.includes(head)) { fuller.set(name, group); break }
      if (head !== singular && words.includes(singular)) { fuller.set(name, group.replace(new RegExp(`\\b${singular}\\b`), head)); break }
    }
  }
  return fuller
}
