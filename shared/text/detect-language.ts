// The language of a text, guessed from its script: enough to set `lang` so
// that fonts, line breaking, hyphenation and screen readers behave. Reads
// at most the first SAMPLE characters, one pass. Han alone is Chinese; with
// kana it is Japanese. Latin text is English only when English's commonest
// words are frequent, else unknown ('').

export type DetectedLanguage = 'zh' | 'ja' | 'ko' | 'ru' | 'ar' | 'he' | 'en' | ''

const SAMPLE = 20_000
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'said', 'he', 'by'])

export function detectLanguage(text: string): DetectedLanguage {
  let han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0, hebrew = 0, latin = 0
  const end = Math.min(text.length, SAMPLE)
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) { if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++ }
    else if (c <= 0x24f) { if (c >= 0xc0) latin++ }
    else if (c >= 0x400 && c <= 0x52f) cyrillic++
    else if ((c >= 0x590 && c <= 0x5ff) || (c >= 0xfb1d && c <= 0xfb4f)) hebrew++
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) arabic++
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) kana++
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) hangul++
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++
    // Surrogate pairs (rarer Han extensions) count as Han.
    else if (c >= 0xd840 && c <= 0xd87f) han++
  }
  // A CJK character carries about a word: weigh them up against letters.
  const counts: [DetectedLanguage, number][] = [
    ['ja', kana > 0 && kana * 5 >= han ? (han + kana) * 3 : 0],
    ['zh', kana * 5 < han ? (han + kana) * 3 : 0],
    ['ko', (hangul + han) * 2],
    ['ru', cyrillic],
    ['ar', arabic],
    ['he', hebrew],
    ['en', latin],
  ]
  const [best, score] = counts.reduce((a, b) => (b[1] > a[1] ? b : a))
  if (score === 0) return ''
  if (best === 'ko' && hangul === 0) return ''
  if (best === 'en') return looksEnglish(text.slice(0, end)) ? 'en' : ''
  return best
}

// At least one word in twelve is one of English's commonest.
function looksEnglish(text: string): boolean {
  let words = 0, common = 0
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) {
    words++
    if (ENGLISH.has(m[0])) common++
  }
  return words > 0 && common * 12 >= words
}

// Languages written right to left, by their primary subtag.
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb'])

export function directionOf(language: string): 'rtl' | 'ltr' {
  return RTL.has(language.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr'
}

// A declared language as a tag ("en_US" -> "en-US", the first of a list),
// or nothing when it is not one.
export function languageTag(value: string | undefined): string | undefined {
  const tag = value?.split(/[,;]/)[0]?.trim().replace(/_/g, '-')
  return tag && tag.length <= 35 && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined
}

// The document's language: as its file declared it, else by its script.
export function documentLanguage(declared: string | undefined, text: string): string {
  return languageTag(declared) ?? detectLanguage(text)
}
