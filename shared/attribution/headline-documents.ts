// A text the headline announces: "Press Statement on Strategic Dialogue
// between DPRK and Russian FMs Released", then "The press statement says:".
// The bare "press statement" is the one the headline names, so it takes the
// headline's words (GUIDE 4, the fullest name the article gives), without
// the participle that reports its release. Only a text no issuer is given
// for, and only a headline that opens with the text's own words.

import type { Issued } from './document-issuers.ts'

// The participle closing the headline: the text's release, no part of its name.
const RELEASED = /\s+(?:Released|Issued|Published|Adopted|Made Public|Unveiled|Sent)\s*$/
// A headline is read this far.
const MAX_HEADLINE = 200

export function headlineDocuments(out: Issued[], text: string, match: (name: string) => string | null): void {
  const line = text.slice(0, MAX_HEADLINE).split('\n', 1)[0]!.trim()
  if (!RELEASED.test(line)) return
  const named = line.replace(RELEASED, '')
  for (const s of out) {
    if (s.sourceKind !== 'document' || !/^\p{Ll}[\p{Ll} ]*$/u.test(s.source)) continue
    const words = s.source.split(' ')
    // (The headline must open with the text's words and say more: "Press Statement on ...".)
    if (!named.toLowerCase().startsWith(`${s.source} `) || named.split(/\s+/).length <= words.length) continue
    s.source = named
    s.sourceId = match(named)
  }
}
