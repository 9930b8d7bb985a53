// How close an extracted text is to the true article body: 4-gram word
// shingles of both, compared as multisets. Precision is the share of the
// extracted shingles that are in the body, recall the share of the body's
// shingles that were extracted, F1 their harmonic mean. Pages are averaged
// with each page weighted equally, however long it is.
//
// Words are runs of letters and digits, lowercased; a Chinese, Japanese or
// Korean character is a word by itself, since those scripts do not put
// spaces between words. Punctuation and whitespace only separate words, so
// the way blocks are joined does not matter.

export interface Score {
  precision: number
  recall: number
  f1: number
}

const SHINGLE = 4
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u
// Han, Hiragana, Katakana, Hangul syllables and jamo, CJK symbols block.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

export function words(text: string): string[] {
  const found: string[] = []
  let word = ''
  for (const char of text.toLowerCase()) {
    if (CJK.test(char)) {
      if (word) found.push(word)
      found.push(char)
      word = ''
    } else if (LETTER_OR_DIGIT.test(char)) {
      word += char
    } else if (word) {
      found.push(word)
      word = ''
    }
  }
  if (word) found.push(word)
  return found
}

// A text shorter than one shingle is one shingle of all its words.
function shingles(text: string): Map<string, number> {
  const tokens = words(text)
  const counts = new Map<string, number>()
  const last = Math.max(0, tokens.length - SHINGLE)
  if (tokens.length === 0) return counts
  for (let i = 0; i <= last; i++) {
    const key = tokens.slice(i, i + SHINGLE).join(' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

function total(counts: Map<string, number>): number {
  let sum = 0
  for (const count of counts.values()) sum += count
  return sum
}

export function shingleScore(extracted: string, truth: string): Score {
  const got = shingles(extracted)
  const want = shingles(truth)
  const gotTotal = total(got)
  const wantTotal = total(want)
  if (gotTotal === 0 && wantTotal === 0) return { precision: 1, recall: 1, f1: 1 }
  if (gotTotal === 0 || wantTotal === 0) return { precision: 0, recall: 0, f1: 0 }
  let shared = 0
  for (const [key, count] of got) shared += Math.min(count, want.get(key) ?? 0)
  const precision = shared / gotTotal
  const recall = shared / wantTotal
  const f1 = shared === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

// Each page counts once, long or short.
export function meanScore(scores: readonly Score[]): Score {
  if (scores.length === 0) return { precision: 0, recall: 0, f1: 0 }
  const mean = (pick: (s: Score) => number) => scores.reduce((sum, s) => sum + pick(s), 0) / scores.length
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) }
}
