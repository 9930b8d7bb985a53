// Initials an article gives an outlet it spells out once: "the official
// Sudan News Agency (SUNA)" makes "Omer, quoted by SUNA, said" a relay
// through that agency, though the outlet list does not know SUNA (GUIDE 5).
// acronyms.ts leaves outlets out on purpose (their short names are kept,
// GUIDE 4), so the cue readers ask this instead. The last article's answer
// is kept: the readers ask once per relay cue, the text is read once.

import { capitalMatches } from './capital-runs.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'

const WORD = /[\p{L}'’.-]/u
// A capitalised run (with "of", "for", "the", "and" inside) right before "(INITIALS)".
const DEFINED = /((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:(?:of|for|the|and|&)\s+)*\p{Lu}[\p{L}'’.-]*){1,7})\s+\((\p{Lu}[\p{Lu}\p{Ll}]{1,6})\)/gu
// Enough for any article; the scan stays linear.
const MAX = 32

let lastText: string | null = null
let lastInitials = new Map<string, string>()

// Initials -> the full name the article spelled out.
export function outletInitials(text: string): ReadonlyMap<string, string> {
  if (text === lastText) return lastInitials
  const found = new Map<string, string>()
  for (const m of capitalMatches(text, DEFINED, WORD)) {
    if (found.size >= MAX) break
    const full = m[1]!.split(/\s*\n\s*/).at(-1)!
    const short = m[2]!
    // (The initials start the name's words: "Sudan News Agency (SUNA)", "Ghana News Agency (GNA)".)
    if (full.split(/\s+/).length < 2 || short[0] !== full.replace(/^(?:The|the)\s+/, '')[0]) continue
    if ((knownOutlet(full) !== undefined || looksLikeOutlet(full)) && !found.has(short)) found.set(short, full.replace(/^(?:The|the)\s+/, ''))
  }
  lastText = text
  lastInitials = found
  return found
}
