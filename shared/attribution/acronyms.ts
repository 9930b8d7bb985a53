// Bodies the article names in full once and by initials after: "the Rapid
// Support Forces (RSF)" makes every later "RSF said" the Rapid Support Forces
// (GUIDE 4: the fullest form in the article). News agencies keep their
// short names (GUIDE 4 normalises outlets: "KCNA"), so outlets are left out.

import { knownOutlet, looksLikeOutlet } from './outlets.ts'

// A capitalised run (with "of", "for", "on", "the", "and" inside) right before "(INITIALS)".
const DEFINED = /((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:(?:of|for|on|the|and|&)\s+)*\p{Lu}[\p{L}'’.-]*){1,9})\s+\((\p{Lu}[\p{Lu}&]{1,6}\+?)\)/gu
// Enough definitions for any article; the scan stays linear.
const MAX = 64

export function acronymsIn(text: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const m of text.matchAll(DEFINED)) {
    if (found.size >= MAX) break
    const short = m[2]!
    const full = m[1]!.replace(/^The\s+/, '')
    // The initials start a word of the name ("UN Office for the Coordination of Humanitarian Affairs (OCHA)").
    if (!full.split(/\s+/).some((w) => w[0] === short[0]) || full.split(/\s+/).length < 2 || found.has(short)) continue
    if (knownOutlet(short) || knownOutlet(full) || looksLikeOutlet(full)) continue
    found.set(short, full)
  }
  // "the Fed" is the Federal Reserve, in the fullest form the article gives ("U.S. Federal Reserve").
  const fed = /(?:\b(?:U\.S\.|US)\s+)?Federal Reserve(?! Bank)/.exec(text)
  if (fed && !found.has('Fed')) found.set('Fed', fed[0])
  return found
}
