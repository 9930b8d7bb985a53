// "He said that Jobs will stay", "Yet he says Kingma's sample is small",
// "she told Inslee": a name said after "he" or "she" in the pronoun's own
// sentence is someone else, for a speaker does not name himself as a third
// party (the binding rule that keeps a pronoun from standing for a name it
// governs). Those people are left out of what the pronoun may stand for.

import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import type { Sentence } from './sentences.ts'

const PERSONAL = /^(?:he|she)$/
const KIN = /\b(?:husband|wife|son|daughter|father|mother|brother|sister|parents?|family|widow|widower|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandfather|grandmother)s?\b/i
// How far before the sentence a word of kin is looked for (about a paragraph).
const NEAR = 400

// The canonical people the sentence names after the pronoun cue `c`, set on its speaker as `unlike`.
export function bindPronoun(c: Cue, text: string, s: Sentence, discourse: Discourse): void {
  const speaker = c.speaker
  if (speaker?.type !== 'pronoun' || !PERSONAL.test(speaker.word) || speaker.unlike) return
  const at = pronounAt(text, c, speaker.word)
  if (at < 0) return
  const after = text.slice(at, s.end)
  // (A family shares a surname: "She said her husband ... She said Obama is the calm dad" is Michelle
  // Obama speaking of Barack, so a bare surname near a word of kin binds no one.)
  const kin = KIN.test(text.slice(Math.max(0, s.start - NEAR), s.end))
  const unlike: string[] = []
  for (const n of discourse.here) {
    if (!wordIn(after, n.name) || kin && !/\s/.test(n.name)) continue
    const { name, kind } = discourse.canonical(n.name)
    if (kind === 'person' && !unlike.includes(name)) unlike.push(name)
  }
  if (unlike.length) c.speaker = { ...speaker, unlike }
}

// Where the pronoun itself ends in the cue's words ("He said", "said he"), or -1.
function pronounAt(text: string, c: Cue, word: string): number {
  const m = new RegExp(`\\b${word}\\b`, 'i').exec(text.slice(c.start, c.end))
  return m ? c.start + m.index + word.length : -1
}

// Whether `name` stands in `words` as whole words ("Kingma's" holds Kingma; "Kingman" does not).
function wordIn(words: string, name: string): boolean {
  let from = 0
  for (;;) {
    const i = words.indexOf(name, from)
    if (i < 0) return false
    const before = i === 0 ? '' : words[i - 1]!
    const next = words[i + name.length] ?? ''
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(next)) return true
    from = i + 1
  }
}
