// One key for comparing names: case, diacritics, punctuation spacing and a
// leading "the" do not matter ("Mr. Wang" is handled by the resolver).
// Names recur through an article, so keys are cached (in a Map, bounded).

const cache = new Map<string, string>()
const CACHE_SIZE = 4096

export function fold(name: string): string {
  const known = cache.get(name)
  if (known !== undefined) return known
  const key = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/^the /, '')
  if (cache.size >= CACHE_SIZE) cache.clear()
  cache.set(name, key)
  return key
}
