// A quotation's tag tells its speaker by its shape, whatever the verb:
// '"I was such a kid," she shared.', '"Not at all," countered Berg.' — a
// quotation closed by a comma, "?" or "!" and followed by a name or pronoun
// and a verb (or the verb and a name) up to the sentence's end; and
// 'Berg countered: "If they ..."' — a person's clause ending in a colon
// that opens a quotation. The reporting-verb list cannot name every verb
// writers use in these frames (shared, chimed in, fired back), but the
// frame itself is unambiguous. Runs only where no other cue was found.

import type { Cue, SentenceView } from './cue-types.ts'
import type { Token } from './nlp.ts'
import { cue, read, speakerOf } from './cue-sentence.ts'
import { phraseStartingAt } from './noun-phrases.ts'
import type { Phrase } from './phrases.ts'
import { REPORTING } from './lexicon.ts'

const CLOSE = /^(?:"|”|''|’)$/
const OPEN = /^(?:"|“|``|‘)$/
const ENDS = /^[,?!]$/
const PERSONAL = /^(?:he|she|they)$/
// Words that may follow the tag before the sentence ends: "she shared on Monday", "he fired back", "of his role".
const TRAIL = /^(?:on|in|at|to|with|during|after|before|about|of|last|this|yesterday|today|again|later|earlier|back|up|out|off|then|his|her|their|its|,)$/
// In this frame any verb of the tag quotes its subject ("'No,' he laughed."); auxiliaries and modals
// are no tag ('"...," she was told.' is not hers).
const NOT_SPEECH = /^(?:is|was|are|were|be|been|has|had|have|do|does|did|can|could|will|would|may|might|must|should)$/

// Words that open a clause setting the scene after a tag: "as the strike begins", "while talks go on".
const SCENE = /^(?:as|while|amid|after|before|when|ahead|despite)$/
// A reporting verb's -s form the tagger may read as a plural noun ("pledges", "vows", "warns").
function swallowedVerb(t: Token): boolean {
  return !t.cap && t.pos === 'NOUN' && /s$/.test(t.lower) && REPORTING.has(t.lower)
}

function isVerb(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && !t.cap && !NOT_SPEECH.test(t.lower)
}

function person(view: SentenceView, p: Phrase | null): boolean {
  if (!p) return false
  const first = view.tokens[p.a]!
  if (PERSONAL.test(first.lower)) return p.b - p.a === 1
  for (let k = p.a; k < p.b; k++) if (view.tokens[k]!.pos !== 'PROPN' || !view.tokens[k]!.cap) return false
  return true
}

// ("Council member Tom Brown", "The mayor": a speaker described by a job or role before the colon frame.)
function describedSpeaker(p: Phrase): boolean {
  const speaker = speakerOf(p)
  return speaker !== null && (speaker.type === 'name' || speaker.type === 'anonymous' || speaker.type === 'office' ||
    speaker.type === 'role' && (speaker.group === 'person' || speaker.group === 'org'))
}

// Nothing but a short setting after the tag: "she shared", "he said on Monday".
function tagEnds(view: SentenceView, k: number): boolean {
  const { tokens, to } = view
  for (let m = k; m < to; m++) {
    const t = tokens[m]!
    if (/^[.!?]$/.test(t.text) && m >= to - 2) return true
    // ('"...," Vantor pledges, as the strike begins': a clause of its own after the tag's comma sets the scene.)
    if (t.text === ',' && m + 1 < to && SCENE.test(tokens[m + 1]!.lower)) return true
    if (m - k > 5 || !(TRAIL.test(t.lower) || t.pos === 'ADV' || t.pos === 'NUM' || t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'ADP')) return false
  }
  return true
}

export function quoteTags(view: SentenceView, cues: Cue[]): void {
  if (cues.length > 0) return
  const { tokens, from, to } = view
  read(view)
  for (let k = from + 2; k < to - 1; k++) {
    const t = tokens[k]!
    // '"...," she shared.' / '"...," countered Berg.'
    if (CLOSE.test(t.text) && ENDS.test(tokens[k - 1]!.text) && view.inside[k - 1] === 1) {
      const after = k + 1
      const found = phraseStartingAt(tokens, after, to)
      // ('"...," Vantor pledges, as ...': a verb of saying in -s the tagger read as the name's noun, swallowed into it.)
      const swallowed = found !== null && found.b - found.a >= 2 && swallowedVerb(tokens[found.b - 1]!)
      const subject = swallowed ? { ...found, b: found.b - 1 } : found
      if (subject && person(view, subject) && (swallowed || isVerb(tokens[subject.b])) && tagEnds(view, subject.b + 1)) {
        const speaker = speakerOf(subject)
        if (speaker) cues.push(cue('verb', after, subject.b + 1, speaker, false, false, true))
        return
      }
      if (isVerb(tokens[after])) {
        const named = phraseStartingAt(tokens, after + 1, to)
        if (named && person(view, named) && tagEnds(view, named.b)) {
          const speaker = speakerOf(named)
          if (speaker) cues.push(cue('verb', after, named.b, speaker, false, false, true))
          return
        }
      }
    }
    // 'Berg countered: "If ..."': a person, a verb within a few words, a colon, a quotation.
    if (t.text === ':' && OPEN.test(tokens[k + 1]?.text ?? '') && view.inside[k - 1] !== 1) {
      const subject = phraseStartingAt(tokens, from, k)
      if (!subject || !person(view, subject) && !describedSpeaker(subject)) return
      let v = subject.b
      while (v < k && v - subject.b < 2 && tokens[v]!.pos === 'ADV') v++
      if (!isVerb(tokens[v])) return
      const speaker = speakerOf(subject)
      if (speaker) cues.push(cue('verb', subject.a, k + 1, speaker, false, true, false))
      return
    }
  }
}
