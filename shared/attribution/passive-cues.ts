// A reporting verb in the passive: its agent spoke ("The findings were
// described by two European officials"), relays ("was quoted by the IRNA news
// agency as saying"), or reported nothing ("was questioned by the FBI").
// Split from verb-cues.ts; reads the sentence in cue-sentence.ts.

import { subjectBefore, phraseStartingAt } from './phrases.ts'
import { BE, NEEDS_PARTICLE } from './lexicon.ts'
import type { Cue } from './cue-types.ts'
import { cue, from, inQuote, speakerOf, to, tokens, word } from './cue-sentence.ts'
import { agentAfterAs } from './verb-phrases.ts'
import { pairedAfter } from './paired-adjectives.ts'

// Verbs of asking: their agent in a passive put the questions.
const ASKED = /^(?:questioned|asked|interviewed|interrogated|quizzed|grilled|polled|surveyed)$/
const LEGISLATURE = /^(?:congress|senate|parliament|house|assembly|bundestag|duma|knesset|legislature|lawmakers|senators)$/
// Adverbs that may stand inside "was quoted": "was also quoted", "was later quoted".
const QUOTED_ADVERB = /^(?:also|later|further|earlier|again|widely|previously|reportedly)$/

// Pushes the cue of the passive at token i (word w), if any; whether the verb was read as one
// (then verb-cues.ts reads it no further).
export function passiveCue(i: number, w: string, quoted: boolean, cues: Cue[]): boolean {
  // ("has been described as “heartbreaking” by the department": the agent after what it was called.)
  const by = BE.has(word(i - 1)) && word(i + 1) === 'as' && w !== 'quoted' && !quoted ? agentAfterAs(i + 2) : -1
  if (by > 0) {
    const agent = phraseStartingAt(tokens, by + 1, to)
    const speaker = speakerOf(agent)
    if (agent && speaker) cues.push(cue('verb', i - 1, agent.b, speaker, quoted, false, true))
    return true
  }
  // ("an official overseeing a reorganization that has been criticized by diplomats has stepped down, officials
  // said": a passive in a relative clause describes a thing the sentence is about; its agent is no source of it.)
  // ("Page was questioned by the FBI", "was charged by prosecutors": a verb that reports only with its particle
  // names an act in the passive.)
  if (BE.has(word(i - 1)) && word(i + 1) === 'by' && !quoted && (relativeBefore(i - 1) || NEEDS_PARTICLE.has(w) && !/^call/.test(w))) return true
  // ("he was also quoted by the official PAP news agency as saying": an adverb inside the passive of quoting.)
  const alsoQuoted = w === 'quoted' && QUOTED_ADVERB.test(word(i - 1)) && BE.has(word(i - 2)) && word(i + 1) === 'by' && !quoted
  if (alsoQuoted) {
    const agent = pairedAfter(phraseStartingAt(tokens, i + 2, to))
    const subject = agent && word(agent.b) === 'as' ? subjectBefore(tokens, from, i - 2, inQuote) : null
    const said = speakerOf(subject)
    if (agent && subject && said) {
      const c = cue('quoted', subject.a, Math.min(to, agent.b + 2), said, quoted, true, false)
      c.quotedOuter = speakerOf(agent)
      cues.push(c)
      return true
    }
  }
  // ("This was announced on 11 December by the president": a time between the verb and its agent.)
  const byAt = word(i + 1) === 'by' ? i + 1 : w !== 'quoted' ? byAfterTime(i + 1) : -1
  if (BE.has(word(i - 1)) && byAt > 0 && !quoted) {
    // ("Page was questioned by the FBI", "was asked by reporters": the agent asked, it reported nothing.)
    if (ASKED.test(w)) return true
    // "The findings were described by two European officials": the agent spoke, about what came before.
    const agent = pairedAfter(phraseStartingAt(tokens, byAt + 1, to))
    // ("After Ratcliffe was confirmed by Congress": a legislature confirms an appointment, it reports nothing.)
    if (w === 'confirmed' && agent && LEGISLATURE.test(word(agent.b - 1))) return true
    const speaker = speakerOf(agent)
    if (w === 'quoted' && agent && word(agent.b) === 'as') {
      // "Araqchi was quoted by the IRNA news agency as saying": the subject spoke, the agent passes it on.
      const subject = subjectBefore(tokens, from, i - 1, inQuote)
      const said = speakerOf(subject)
      if (subject && said) {
        const c = cue('quoted', subject.a, Math.min(to, agent.b + 2), said, quoted, true, false)
        c.quotedOuter = speaker
        cues.push(c)
      }
      return true
    }
    if (agent && speaker) cues.push({ ...cue('verb', i - 1, agent.b, speaker, quoted, false, true), ...(relativePassive(i - 1) ? { nested: true } : {}) })
    return true
  }
  return false
}

// Words of a time or manner that may stand between a passive verb and its "by" ("on 11 December", "last week").
const TIME = /^(?:on|in|at|during|last|earlier|later|this|today|yesterday|also|publicly|officially|first|the|early|late|week|month|year|morning|afternoon|evening|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,4}(?:st|nd|rd|th)?)$/
// How many such words are read.
const MAX_TIME = 5

// The "by" after a short time at token k, or -1.
function byAfterTime(k: number): number {
  for (let n = k; n < Math.min(to, k + MAX_TIME + 1); n++) {
    if (word(n) === 'by') return n > k ? n : -1
    if (!TIME.test(word(n))) return -1
  }
  return -1
}

// "that has been", "which was": a relative pronoun before the auxiliaries ending at k.
function relativeBefore(k: number): boolean {
  let n = k
  while (n > from && (BE.has(word(n)) || /^(?:has|have|had)$/.test(word(n)))) n--
  return /^(?:that|which|who)$/.test(word(n))
}

// Whether the "be" at token k opens a relative clause's passive ("a reorganization that has been criticized by ...").
function relativePassive(k: number): boolean {
  let n = k - 1
  while (n >= from && n > k - 4 && /^(?:has|have|had|been|being|is|are|was|were|not|also|already|widely|long)$/.test(word(n))) n--
  return n >= from && /^(?:that|which|who)$/.test(word(n)) && n > from && tokens[n - 1]!.pos !== 'VERB' && tokens[n - 1]!.pos !== 'PUNCT'
}
