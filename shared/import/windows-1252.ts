// Windows-1252 (and the Latin-1 it extends): recognising Western text saved
// in it, and decoding its 0x80-0x9F range right on every Node.

const MAX_HIGH_BYTE_SHARE_1252 = 0.3
const MAX_FOREIGN_WORD_SHARE_1252 = 0.25

// Windows-1252 leaves these five bytes undefined, so Western text never has them.
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

// Western European text (French, German, Spanish...) saved as windows-1252
// or Latin-1 is mostly ASCII, and each word with an accented letter has
// plain letters too ("café", "Größe"). Random bytes are half above ASCII;
// Cyrillic or Greek read as windows-1252 give words of accented letters
// only ("Ïðèâåò"), and CJK encodings far more bytes above ASCII.
export function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = 0
  let accentedWords = 0
  let foreignWords = 0
  let plain = 0
  let accented = 0
  const endWord = () => {
    if (accented > 0) accentedWords++
    if (accented > 1 && plain === 0) foreignWords++
    plain = accented = 0
  }
  for (const b of bytes) {
    if (b >= 0x80) {
      if (UNDEFINED_IN_1252.has(b)) return false
      high++
    }
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) plain++
    else if (isAccentedLetter1252(b)) accented++
    else endWord()
  }
  endWord()
  return high <= bytes.length * MAX_HIGH_BYTE_SHARE_1252 && foreignWords <= accentedWords * MAX_FOREIGN_WORD_SHARE_1252
}

// The letters windows-1252 has above ASCII: Š Œ Ž š œ ž Ÿ ƒ ª µ º and
// À to ÿ except × and ÷.
function isAccentedLetter1252(b: number): boolean {
  if (b >= 0xc0) return b !== 0xd7 && b !== 0xf7
  return [0x83, 0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f, 0xaa, 0xb5, 0xba].includes(b)
}

// Node 20.18.3 and later decode windows-1252 (and the labels latin1, ascii,
// iso-8859-1 that mean it) as ISO-8859-1, giving C1 controls for 0x80-0x9F
// (nodejs/node#60888). Map those to the characters windows-1252 has there;
// a correct decoder leaves only the five undefined bytes, which stay as they are.
const WINDOWS_1252_80_TO_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

export function fixWindows1252(text: string): string {
  return text.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(WINDOWS_1252_80_TO_9F[c.charCodeAt(0) - 0x80]!))
}
