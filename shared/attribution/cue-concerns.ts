// A worry put into words, with what it is about: "analysts still expressed
// concern about the strength of the economy", "Schroeder and Berlusconi
// voiced concerns about the strength of the euro". It is the stance
// stance-cues.ts reads in "analysts are concerned about ...", said aloud
// (GUIDE 2: stance that carries content). "raised concerns about" is the
// same stance: labellers of nine sets attribute every such sentence, "U.S.
// lawmakers ... have raised concerns about Ford's plan" among them; "expressed
// no concern" is negated, and "the storm raised fears" has no speaker.

import type { Cue } from './cue-types.ts'
import { from, inQuote, to, word } from './cue-sentence.ts'
import { stanceCue } from './stance-speaker.ts'
import { hasVerbAt } from './verb-at.ts'

const VOICES = /^(?:expressed|expresses|express|expressing|voiced|voices|voice|voicing|raised|raises|raise|raising|aired|airs|exuded|exudes)$/
// (And the other stances put into words the same way, with what they are about: "other analysts expressed doubt
// about this argument", "expressed admiration at the leadership", "expressed solidarity with"; "voiced support for
// the plan" names no content, attribution-rules.test.ts.)
const WORRIES = /^(?:concern|concerns|fears|doubt|doubts|worries|alarm|unease|misgivings|reservations|scepticism|skepticism|admiration|solidarity|sympathy|optimism|confidence|hope|hopes|regret|satisfaction|dissatisfaction|disappointment|opposition|gratitude|thanks|interest)$/
// Between the verb and the worry: how strong it was ("deep", "growing", "some").
const DEGREE = /^(?:deep|serious|grave|growing|strong|some|renewed|particular|great|mounting|full|firm|cautious|sincere|high|keen)$/
const QUOTE_MARK = /^['"“”‘’]$/
const ABOUT = /^(?:about|over|at|with|that|in)$/
// "Poehl has often made it clear he opposes such gestures": a position stated plainly, what follows "clear" its content.
const MAKES = new Set(['make', 'makes', 'made', 'making'])
const PLAIN = /^(?:clear|plain|known)$/

function clearCue(k: number, cues: Cue[]): void {
  if (inQuote(k) || /^(?:not|n't|never)$/.test(word(k - 1)) || k + 4 >= to || hasVerbAt(cues, k)) return
  // ("made it clear to reporters that": whom it was made clear to stands before the content.)
  const c = stanceCue(k, k + 3, 1)
  if (c) cues.push(c)
}

export function concernCues(cues: Cue[]): void {
  for (let k = from + 1; k < to - 3; k++) {
    if (MAKES.has(word(k)) && word(k + 1) === 'it' && PLAIN.test(word(k + 2))) { clearCue(k, cues); continue }
    if (!VOICES.test(word(k)) || inQuote(k) || /^(?:not|n't|never|to)$/.test(word(k - 1)) || hasVerbAt(cues, k)) continue
    let n = k + 1
    // ("voices 'firm opposition' to": the stance in quotation marks, as headlines print it.)
    const marked = QUOTE_MARK.test(word(n))
    if (marked) n++
    if (DEGREE.test(word(n))) n++
    if (!WORRIES.test(word(n))) continue
    // ("support and solidarity with": two stances joined.)
    if (word(n + 1) === 'and' && WORRIES.test(word(n + 2))) n += 2
    // ("opposition to what he called ...": what one opposes is what the stance is about.)
    const opposes = word(n) === 'opposition'
    if (marked && QUOTE_MARK.test(word(n + 1))) n++
    if (!(ABOUT.test(word(n + 1)) || opposes && word(n + 1) === 'to') || n + 2 >= to) continue
    const c = stanceCue(k, n + 1, 1)
    if (c) cues.push(c)
  }
}
