// Which legacy encoding undeclared, non-UTF-8 text is in: Russian in
// windows-1251 or KOI8-R, Chinese in GBK (GB18030) or Big5, Japanese in
// Shift_JIS or EUC-JP, Korean in EUC-KR. chardet's recognisers (ICU's
// byte-pattern and n-gram statistics) make the guess; its file-reading entry
// point is not used, so nothing here needs Node.
//
// A guess is taken only when chardet is fairly confident and the bytes then
// decode without a single error in that encoding.

import { big5, euc_jp, euc_kr, gb_18030, sjis } from 'chardet/lib/encoding/mbcs'
import { ISO_8859_5, KOI8_R, windows_1251 } from 'chardet/lib/encoding/sbcs'
import type { Context, Recogniser } from 'chardet/lib/encoding/index'

// chardet's name -> the WHATWG label TextDecoder knows.
const RECOGNISERS: [Recogniser, string][] = [
  [new sjis(), 'shift_jis'],
  [new big5(), 'big5'],
  [new gb_18030(), 'gb18030'],
  [new euc_jp(), 'euc-jp'],
  [new euc_kr(), 'euc-kr'],
  [new windows_1251(), 'windows-1251'],
  [new KOI8_R(), 'koi8-r'],
  [new ISO_8859_5(), 'iso-8859-5'],
]

// chardet's confidence runs 0-100; below this its best guess is often wrong.
const MIN_CONFIDENCE = 25
// Statistics settle long before this; the rest of a large file adds time only.
const SAMPLE_BYTES = 64 * 1024

export interface Guess {
  encoding: string
  confidence: number
}

export function guessLegacyEncoding(bytes: Uint8Array): Guess[] {
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  const byteStats = new Array<number>(256).fill(0)
  for (const b of sample) byteStats[b]!++
  let c1Bytes = false
  for (let b = 0x80; b <= 0x9f; b++) if (byteStats[b]) c1Bytes = true
  const context: Context = { byteStats, c1Bytes, rawInput: sample, rawLen: sample.length, inputBytes: sample, inputLen: sample.length }
  const guesses: Guess[] = []
  for (const [recogniser, encoding] of RECOGNISERS) {
    const match = recogniser.match(context)
    if (match && match.confidence >= MIN_CONFIDENCE) guesses.push({ encoding, confidence: match.confidence })
  }
  return guesses.sort((a, b) => b.confidence - a.confidence)
}

// What each encoding is for, to tell the user in a few words.
const ENCODING_NAMES = new Map<string, string>([
  ['shift_jis', 'Shift_JIS (Japanese)'],
  ['euc-jp', 'EUC-JP (Japanese)'],
  ['big5', 'Big5 (traditional Chinese)'],
  ['gb18030', 'GBK (simplified Chinese)'],
  ['gbk', 'GBK (simplified Chinese)'],
  ['euc-kr', 'EUC-KR (Korean)'],
  ['windows-1251', 'windows-1251 (Cyrillic)'],
  ['koi8-r', 'KOI8-R (Russian)'],
  ['iso-8859-5', 'ISO-8859-5 (Cyrillic)'],
  ['windows-1252', 'windows-1252 (Western European)'],
])

// "koi8-r" -> "KOI8-R (Russian)"; an encoding not listed by its own name.
export function describeEncoding(encoding: string): string {
  return ENCODING_NAMES.get(encoding) ?? encoding
}
