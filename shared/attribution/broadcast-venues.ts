// "In a China Central Television (CCTV) program first aired on Thursday,
// Zhang said ...", "Zhang said in the CCTV program": the outlet whose
// programme, broadcast or interview carried the words is the venue, and,
// when another outlet writes the story, the relay (GUIDE 6). interviewWith
// (verb-phrases.ts) reads "in an interview with X"; this reads the outlet
// named before the programme's noun. Reads the sentence in cue-sentence.ts.

import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { text, tokens, word } from './cue-sentence.ts'

const BROADCAST = /^(?:program|programs|programme|programmes|broadcast|show|documentary|interview|podcast|talk|segment|special|newscast|bulletin)$/
// An outlet's name is a short capitalised run; the programme's own title may follow in quotes.
const MAX_NAME = 5

// The outlet of "in|on a <Outlet> (ACRONYM) program" within tokens [start, end), as written or canonical.
export function broadcastVenue(start: number, end: number): string | null {
  for (let k = start; k < end - 2; k++) {
    if (!/^(?:in|on|during)$/.test(word(k))) continue
    let a = k + 1
    if (/^(?:a|an|the|its|his|her|their)$/.test(word(a))) a++
    let b = a
    while (b < end && b - a < MAX_NAME && tokens[b]!.cap) b++
    if (b === a) continue
    const name = text.slice(tokens[a]!.start, tokens[b - 1]!.end)
    // "China Central Television (CCTV)": the acronym in brackets is the same outlet.
    let n = b
    if (word(n) === '(' && word(n + 2) === ')') n += 3
    // ("on GMTV's Sunday Programme", "on BBC Radio 4's Today programme": the outlet owns the titled programme.)
    // ("on ABC's “This Week”": a programme's title in quotes after the outlet's possessive is a programme all the same.)
    let titled = false
    if (/^['’]s$/.test(word(n))) {
      let m = n + 1
      titled = /^(?:“|"|``)$/.test(word(m)) && m + 1 < end && tokens[m + 1]!.cap
      while (m < end && m - n <= MAX_NAME && tokens[m]!.cap && !BROADCAST.test(word(m))) m++
      if (m > n + 1 && m < end && BROADCAST.test(word(m))) n = m
    }
    if (!titled && !BROADCAST.test(word(n))) continue
    // (A broadcaster's initials ending in "TV", "GMTV", own the programme as a listed outlet does.)
    const outlet = knownOutlet(name) ?? (looksLikeOutlet(name) || /^\p{Lu}{1,4}TV$/u.test(name) ? name : null)
    if (outlet) return outlet
  }
  return null
}
