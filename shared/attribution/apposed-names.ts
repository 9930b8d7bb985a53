// The names an appositive holds beside a speech verb's subject ("Zipline's
// chief executive, Priya Raman, called", "Another expert, Ahn Chan-il of the
// World Institute, told"), for subjects.ts and shared-subjects.ts: whether
// the words are a name, an owner or a role. Each walk is bounded by a short window.

import type { Token } from './nlp.ts'
import { PARTICLE, hyphenedArticle } from './name-particles.ts'
import { PERSON_ROLES, TITLES } from './lexicon.ts'
import { isCap, type Phrase } from './noun-phrases.ts'

// A capitalised owner's possessive at or after token k ("Trump's", "Donald Trump's"), within three words.
export function ownerEnds(tokens: readonly Token[], k: number, end: number): boolean {
  for (let m = k; m < Math.min(end, k + 3); m++) {
    if (/^(?:'s|’s)$/.test(tokens[m]!.lower)) return true
    if (!tokens[m]!.cap) return false
  }
  return false
}

// A role word ("CEO", "director", "spokesman") among tokens [a, b), within a short appositive.
export function roleWithin(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b && k < a + 8; k++) if (PERSON_ROLES.has(tokens[k]!.lower) || TITLES.has(tokens[k]!.lower)) return true
  return false
}

// ("Anna de Vries": a surname's particles inside the name; "Eva-Marie Persson", "Jean-Luc Picard": a hyphen
// glued between capitalised words is inside the name.)
// The words of a name, an Arabic article and its hyphen going with the surname ("Ali al-Khalifa al-Sabah": three).
export function nameWords(tokens: readonly Token[], a: number, b: number): number {
  let n = 0
  for (let k = a; k < b; k++) if (!hyphenedArticle(tokens, k, b) && !(tokens[k]!.lower === '-' && k > a && tokens[k - 1]!.end === tokens[k]!.start)) n++
  return n
}

export const allCap = (tokens: readonly Token[], a: number, b: number) => {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!
    if (t.cap) continue
    // ("A jihadist group, al-Murabitun, claimed": an Arabic article may open the name.)
    if (k > a && k < b - 1 && PARTICLE.test(t.text) || hyphenedArticle(tokens, k, b)) continue
    // (A one-letter party before the hyphen is a lawmaker's tag, "R-Ohio", no name.)
    if (t.lower === '-' && k > a && k + 1 < b && tokens[k - 1]!.end === t.start && t.end === tokens[k + 1]!.start && tokens[k + 1]!.cap && tokens[k - 1]!.text.length > 1) continue
    return false
  }
  return true
}

// Whether a capitalised name, a comma and "a", "an" or "the" open an appositive before token k
// in the same clause: "Omar Lamrani, a senior analyst at".
export function appositiveBefore(tokens: readonly Token[], floor: number, k: number, inQuote: (k: number) => boolean): boolean {
  for (let m = k - 1; m > floor && m >= k - 12; m--) {
    const t = tokens[m]!
    if (inQuote(m) || /^[.;:"“”]$/.test(t.lower)) return false
    if (t.lower === ',') return /^(?:a|an|the)$/.test(tokens[m + 1]!.lower) && isCap(tokens[m - 1]!)
  }
  return false
}

// "Ahn Chan-il | of the World Institute": a person's name (capitalised words after a comma) before
// "of" or "at" and the body the phrase names; else null.
export function employedName(tokens: readonly Token[], floor: number, body: Phrase | null): Phrase | null {
  if (!body || body.a - 2 <= floor || !/^(?:of|at)$/.test(tokens[body.a - 1]!.lower) || !tokens[body.b - 1]!.cap) return null
  let a = body.a - 1
  // ("Chan-il": the pieces of a hyphenated name touch.)
  const inName = (k: number) => tokens[k]!.cap && tokens[k]!.pos === 'PROPN' || tokens[k]!.end === tokens[k + 1]!.start && tokens[k + 1]!.lower !== 'of'
  while (a - 1 > floor && body.a - 1 - a < 6 && inName(a - 1)) a--
  return a < body.a - 1 && tokens[a - 1]!.lower === ',' && tokens[a]!.cap ? { a, b: body.a - 1, descriptor: [] } : null
}
