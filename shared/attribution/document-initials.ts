// A text whose issuer is written by its initials takes the issuer's name the
// article spells out ("the International Energy Agency (IEA) ... The IEA
// report says" is the International Energy Agency report), as the body
// itself is named when it speaks (acronyms.ts, the mention graph): the
// documents convention is issuer + document noun as written, and the issuer
// in the fullest form the article gives (GUIDE 4). Outlets keep their short
// names (acronyms.ts leaves them out). Read over the finished suggestions.

interface Issued { source: string; sourceKind: string; sourceId: string | null }

// The issuer's initials, then the rest of the name ("IEA report", "IEA's annual report", "WHO-Europe data" stays).
const INITIALS = /^(\p{Lu}[\p{Lu}&]{1,6})(?:['’]s)?(?= \p{Ll})/u

export function documentInitials(out: Issued[], acronyms: ReadonlyMap<string, string>, match: (name: string) => string | null): void {
  if (acronyms.size === 0) return
  for (const s of out) {
    if (s.sourceKind !== 'document') continue
    const m = INITIALS.exec(s.source)
    const full = m && acronyms.get(m[1]!)
    if (!full) continue
    s.source = `${full}${s.source.slice(m[0].length)}`
    s.sourceId = match(s.source)
  }
}
