// An answer given to another outlet, carried on in the next paragraph:
// "In response to a question from Interfax, Lvova-Belova said ... . [next
// paragraph] '...,' she said." The pronoun opening the paragraph right after
// picks up the same account, which the writer has only through the outlet
// that asked (GUIDE 5: across paragraphs a sentence keeps the relay when its
// source is known only through it; GUIDE 6: the outlet spoken to is the
// relay when another outlet writes the story). Only a pronoun, right after:
// the speaker named again ("'...,' Rubio said") or met in between may have
// been heard directly.

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'

export function answerContinuations(own: (Attribution | null)[], paraOf: (i: number) => number, toPress: (i: number) => boolean): void {
  for (let i = 1; i < own.length; i++) {
    const a = own[i]
    const before = own[i - 1]
    if (!a || a.via || a.venue || !before?.via || !before.venue || paraOf(i) === paraOf(i - 1)) continue
    // (The outlet spoken to is the one that passed the words on: an interview given to it, not one it quoted.)
    if (fold(before.venue) !== fold(before.via) || a.main.speaker?.type !== 'pronoun' || fold(a.source) !== fold(before.source) || toPress(i)) continue
    own[i] = { ...a, via: before.via }
  }
}
