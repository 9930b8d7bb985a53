// Surnames that open with a lower-case particle: "von der Leyen", "van
// Sebille", "de Blasio". Written without the given name the particle leads,
// and the describers would read it as a job word before a name ("Leyen").
// The whole run is the name, so later mentions meet the full one
// ("Ursula von der Leyen") and an inverted verb finds its speaker.

import type { Token } from './nlp.ts'
import type { Speaker } from './speaker-type.ts'

export const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|du|dos|das|ter|ten|al|bin|ibn)$/
const CAP = /^\p{Lu}/u

// The name a phrase [a, b) spells when it opens with particles before capitalised words.
export function particleName(text: string, tokens: readonly Token[], a: number, b: number): Speaker | null {
  if (b - a < 2 || b - a > 5 || !PARTICLE.test(tokens[a]!.text)) return null
  let k = a
  while (k < b && PARTICLE.test(tokens[k]!.text)) k++
  if (k === b) return null
  for (let n = k; n < b; n++) if (!CAP.test(tokens[n]!.text) || tokens[n]!.pos !== 'PROPN') return null
  return { type: 'name', name: text.slice(tokens[a]!.start, tokens[b - 1]!.end), titles: [] }
}

// Whether the particles from k lead to a capitalised surname before `to`.
// ("Ali al-Sabah", "Abdel Fattah el-Sisi": an Arabic article joins its surname by an unspaced hyphen.)
export function beforeSurname(tokens: readonly Token[], k: number, to: number): boolean {
  if (hyphenedArticle(tokens, k, to)) return true
  let n = k
  while (n < to && n - k < 3 && PARTICLE.test(tokens[n]!.text)) n++
  return n < to && n > k && CAP.test(tokens[n]!.text) && tokens[n]!.pos === 'PROPN'
}

const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|bint)$/

// "al-Sabah": a lower-case Arabic article, an unspaced hyphen, a capitalised word.
export function hyphenedArticle(tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k], h = tokens[k + 1], w = tokens[k + 2]
  return k + 2 < to && t !== undefined && h !== undefined && w !== undefined && ARTICLE.test(t.text) &&
    h.text === '-' && h.start === t.end && w.start === h.end && CAP.test(w.text)
}
