// wink cuts the dot from a rank's abbreviation it does not know ("Sr. Comr.
// Satake Bayu" comes as "Comr" "." "Satake") and ends the sentence there, so
// the name after the rank is lost to its cue. A known rank's abbreviation,
// its dot glued to it and a capitalised word after a space, keeps its dot
// (sentences.ts then reads no sentence end after it). Looks at the last three tokens.

import type { Token } from './nlp.ts'

// Ranks of police and armed forces, abbreviated; none ends a name as "Sr." or "Jr." may.
const RANK_ABBREVIATION = /^(?:comr|brig|supt|insp|cmdr|capt|maj|col|lt|sgt|gen|adm|cpl|pvt|det|asst)$/

export function joinRankDot(out: Token[]): void {
  const next = out[out.length - 1]!
  const dot = out[out.length - 2]!
  const rank = out[out.length - 3]!
  if (dot.text !== '.' || rank.end !== dot.start || next.start <= dot.end || !next.cap || !rank.cap) return
  if (!RANK_ABBREVIATION.test(rank.lower)) return
  out.splice(out.length - 2, 1)
  rank.text += '.'
  rank.lower += '.'
  rank.end = dot.end
}
