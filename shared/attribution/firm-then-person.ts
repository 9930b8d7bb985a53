// "Deputy head of research at Yamawa Securities Takeshi Tago said": a job
// held "at" a firm, then the holder's name, with no comma between. The
// capitalised run reads as one name ("Yamawa Securities Takeshi Tago") and
// the phrase as the firm's unnamed staff ("deputy head"); the speaker is
// the person it ends with. Only a firm's name closing on a firm's word
// ("Securities", "Capital", "Bank") before exactly two plain name words.

import type { Token } from './nlp.ts'
import type { Phrase } from './noun-phrases.ts'
import { isCap } from './phrases.ts'
import { FIRM_END, plain } from './org-person-runs.ts'

// The phrase of the person ending `phrase`, its job words as descriptor; null when it is not that shape.
export function personAfterFirm(tokens: readonly Token[], floor: number, phrase: Phrase): Phrase | null {
  const { b } = phrase
  if (b - 4 < floor || !plain(tokens[b - 1]!) || !plain(tokens[b - 2]!)) return null
  const end = tokens[b - 3]!
  if (!end.cap || !FIRM_END.has(end.lower)) return null
  // The firm's capitalised words, back to the "at" that places the job (inside the phrase or just before it).
  let k = b - 3
  while (k > floor && isCap(tokens[k - 1]!) && b - k < 8) k--
  if (k - 2 < floor || tokens[k - 1]!.lower !== 'at') return null
  // (The job before "at" is a noun written in lower case, "head of research at"; a name there, "Smith at Acme
  // Capital John Doe", is none.)
  const job = tokens[k - 2]!
  if (job.pos !== 'NOUN' || job.lower !== job.text && k - 2 > floor) return null
  return { a: b - 2, b, descriptor: [job.lower] }
}
