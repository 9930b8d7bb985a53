// A short paragraph announcing a list ("Below are the minister's key
// statements:") frames the items after it: the frame and its owner.

import type { Attribution } from './attribute.ts'
import { resolveSpeaker } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import type { Token } from './nlp.ts'
import { phraseEndingAt, phraseStartingAt } from './phrases.ts'
import type { Sentence } from './sentences.ts'
import { describe } from './speakers.ts'

const FRAME_NOUN = /^(?:statements|points|remarks|comments|quotes|excerpts|highlights|takeaways|theses|provisions)$/
// "TASS has compiled the main statements made by Peskov" frames the bullets after it too.
const FRAME = /(?::$|\b(?:below|following|here) (?:are|is)\b|\b(?:compiled|collected|put together|summed up|summarised|summarized|gathered)\b.*\b(?:statements|points|remarks|theses)\b)/i
// A frame that announces statements, which may follow as plain one-sentence paragraphs (no bullets).
const LIST_FRAME = /\b(?:below|following|here) (?:are|is)\b.*\b(?:statements|points|remarks|comments|quotes|theses|takeaways)\b/i
// An agency's digest announced by its compiling: "TASS collected the main statements of the press secretary."
export const DIGEST_FRAME = /\b(?:compiled|collected|gathered|put together)\b.{0,40}\b(?:statements|remarks|theses)\b/i

// Whether sentence `s` frames what follows: bullets after it, or short
// paragraphs after a short "Here are the key statements" sentence.
export function framesNext(text: string, s: Sentence, next: Sentence | undefined): boolean {
  return !!next && (next.item || next.para !== s.para && s.to - s.from <= 20 && (LIST_FRAME.test(text.slice(s.start, s.end)) || DIGEST_FRAME.test(text.slice(s.start, s.end)))) && FRAME.test(text.slice(s.start, s.end))
}

// The frame's owner: "Below are the minister's key statements" -> the
// minister; "the key points of the statement", "statements by the Kremlin
// spokesman" -> the statement, the spokesman.
export function frameSpeaker(text: string, tokens: readonly Token[], s: Sentence, discourse: Discourse): Attribution | null {
  for (let k = s.from + 1; k < s.to; k++) {
    const owned = /^(?:'s|’s)$/.test(tokens[k]!.lower)
    // "the statements of X", "the statements made by X".
    const framed = FRAME_NOUN.test(tokens[k - 1]!.lower) ||
      tokens[k]!.lower === 'by' && k - 2 > s.from && /^(?:made|given|delivered)$/.test(tokens[k - 1]!.lower) && FRAME_NOUN.test(tokens[k - 2]!.lower)
    if (!owned && !(/^(?:of|by|from)$/.test(tokens[k]!.lower) && framed)) continue
    const p = owned ? phraseEndingAt(tokens, s.from, k - 1) : phraseStartingAt(tokens, k + 1, s.to)
    const speaker = p ? describe(text, tokens, p) : null
    // "the key points of the statement" with no text named before: the statement as written.
    const r = resolveSpeaker(speaker, discourse, s.para) ??
      (speaker?.type === 'role' && speaker.group === 'document' ? { name: [...speaker.mods, speaker.head].join(' '), kind: 'document' as const, via: null, named: false } : null)
    if (!r) continue
    const cue: Cue = { kind: 'verb', start: tokens[p!.a]!.start, end: tokens[s.to - 1]!.end, verb: k, speaker, inQuote: false,
      leading: true, trailing: false, venue: null, quotedOuter: null, descriptor: [] }
    return { source: r.name, kind: r.kind, via: r.via, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.7 }
  }
  return null
}
