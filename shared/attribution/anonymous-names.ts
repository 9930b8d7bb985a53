// One unnamed group, one name (GUIDE 4): "officials say" in a headline and
// "one of the people said" are the "U.S. officials" and the "people briefed
// on the discussions" the article describes more fully elsewhere. A bare
// "officials (anonymous)" takes the fuller name when the article has just one
// unnumbered group with that head word.

const BARE = /^(\p{Ll}+) \((?:anonymous|unnamed)\)$/u

export function fullerAnonymous(names: readonly string[]): Map<string, string> {
  const fuller = new Map<string, string>()
  const distinct = [...new Set(names)]
  for (const name of distinct) {
    const bare = BARE.exec(name)
    if (!bare) continue
    const head = bare[1]!
    const singular = head.replace(/s$/, '')
    const candidates = distinct.filter((other) => other !== name && !other.includes('#') && /\((?:anonymous|unnamed)\)$/.test(other) &&
      other.split(/\s+/).some((w) => w === head || w === singular && head === singular))
    if (candidates.length === 1) fuller.set(name, candidates[0]!)
  }
  return fuller
}
