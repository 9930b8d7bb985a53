// "was quoted" with the words given by a participle instead of "as saying":
// "Mr Houston was quoted in the Herald newspaper saying: ...", "..., he was
// quoted in the paper telling a news conference", "Doherty was quoted calling
// Christie a failed governor". The subject spoke; the paper it was quoted in
// passes it on (a relay, as with "quoted by X as saying"). "was quoted as
// saying" and "was quoted by X as saying" are verb-cues.ts's. Left alone: a
// price or a figure that is quoted ("Shares were quoted at 5 dlrs").

import type { Cue } from './cue-types.ts'
import { BE } from './lexicon.ts'
import { cue, from, inQuote, speakerOf, to, tokens, word } from './cue-sentence.ts'
import { subjectBefore } from './subjects.ts'
import { phraseStartingAt } from './noun-phrases.ts'
import { coversToken, hasVerbAt } from './verb-at.ts'

const GIVES = /^(?:saying|telling|calling|describing|urging|warning|arguing|insisting|claiming|accusing|criticising|criticizing|denying|vowing|adding|attacking|praising|predicting)$/
// Between "quoted" and its participle: the paper ("in the Herald newspaper") or a time ("on Monday").
const BETWEEN = 7

export function quotedParticiples(cues: Cue[]): void {
  for (let k = from + 1; k < to - 1; k++) {
    if (word(k) !== 'quoted' || !BE.has(word(k - 1)) || inQuote(k) || hasVerbAt(cues, k) || coversToken(cues, tokens[k]!)) continue
    let n = k + 1
    let paper = null
    if (/^(?:in|by)$/.test(word(n))) {
      paper = phraseStartingAt(tokens, n + 1, to)
      if (!paper) continue
      n = paper.b
    }
    while (n < Math.min(to, k + BETWEEN) && !GIVES.test(word(n)) && tokens[n]!.pos !== 'VERB' && tokens[n]!.pos !== 'PUNCT') n++
    if (!GIVES.test(word(n))) continue
    const subject = subjectBefore(tokens, from, k - 1, inQuote)
    const speaker = speakerOf(subject)
    if (!subject || !speaker) continue
    // (After a comma, with nothing said after it, the cue closes the sentence: "..., he was quoted telling a news
    // conference". With no paper named, that is the relay's own continuation, whose outlet a sentence before
    // names: left to relay-inherit.ts. "..., Doherty was quoted calling Christie a failure" says it after.)
    const closing = word(subject.a - 1) === ',' && !saysAfter(n)
    if (closing && !paper) continue
    const c = cue(paper ? 'quoted' : 'verb', subject.a, n + 1, speaker, false, !closing, closing)
    c.verb = k
    if (paper) c.quotedOuter = speakerOf(paper)
    cues.push(c)
  }
}

// Words said after the participle at n: "telling" names whom it told, then its content ("that", a quotation, a colon).
function saysAfter(n: number): boolean {
  if (word(n) !== 'telling') return n + 2 < to
  for (let m = n + 1; m < Math.min(to, n + 9); m++) if (/^(?:that|:|"|“)$/.test(word(m))) return true
  return false
}
