// Whether JSON text nests arrays and objects deeper than `limit`, found in
// one pass before JSON.parse builds it: 10 MB of "[" parse into five
// million nested arrays (seconds and half a gigabyte) that every walk over
// them then has to survive. No annotation file or API call nests past a
// dozen levels. Strings are skipped, escapes and all.

export const MAX_JSON_DEPTH = 100

export function jsonDeeperThan(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34 /* " */) {
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i)
        if (s === 92 /* \ */) i++
        else if (s === 34) break
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return true
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--
  }
  return false
}
