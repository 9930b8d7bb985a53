// A file's bytes -> its text, or an ImportError saying in one sentence why
// it is not text we can read.
//
// Order, first match wins:
//   1. size: empty, or over MAX_IMPORT_BYTES;
//   2. known binary signatures (PDF, ZIP and the formats zipped in it, PNG,
//      JPEG, GIF, GZIP, RTF, old Office, ELF, Windows programs, SQLite);
//   3. a byte order mark: UTF-8, UTF-16LE, UTF-16BE; or UTF-16 without one,
//      recognised by the NUL byte in every other position of ASCII text;
//      decoded as browsers do, bad bytes becoming U+FFFD;
//   4. any other NUL byte: binary, except a few (at most one byte in a
//      thousand) in a page of markup, which are dropped as a browser drops
//      them from a page's text (a CMS's padding in a saved news page);
//   5. the charset the container names (an MHTML part's Content-Type);
//      for HTML (or bytes that start with "<"): the charset an XML
//      declaration or a <meta> in the first 1024 bytes declares, as
//      browsers find it (WHATWG prescan); a label TextDecoder does not know
//      is ignored, a declared UTF-16 means UTF-8; but bytes that are valid
//      UTF-8 beyond ASCII under a legacy declaration are UTF-8 (a page
//      re-saved as UTF-8 that kept its <meta>), reported as assumed;
//   6. strict UTF-8; for HTML, then, a <meta> charset later in the head
//      (behind a large inline script), which browsers obey too;
//   7. windows-1252 when the bytes look like Western text (few bytes above
//      ASCII, none that windows-1252 leaves undefined, accented letters
//      inside words of plain letters);
//   8. a legacy encoding chardet recognises with some confidence and that
//      decodes the bytes without error (detect-encoding.ts: windows-1251,
//      KOI8-R, GBK, Big5, Shift_JIS, EUC-JP, EUC-KR), reported as assumed.
//      Otherwise bytes without control characters are text in an encoding
//      we cannot guess and the user is asked to save it as UTF-8; bytes
//      with control characters are binary.
// Decoded text that is only whitespace is empty; text where more than 5 %
// of characters are ones no text uses (controls, private use, U+FFFD) is
// binary.
//
// Steps 2, 5, 7 and the decoders live in their own files:
// binary-signatures.ts, declared-charset.ts, windows-1252.ts, text-decoder.ts.

import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from './limits.ts'
import { ImportError } from './imported-article.ts'
import { guessLegacyEncoding } from './detect-encoding.ts'
import { binaryKind } from './binary-signatures.ts'
import { isAsciiWhitespace } from './byte-text.ts'
import { declaredEncoding, lateDeclaredEncoding, PRESCAN_BYTES, startsWithMarkup, usableEncoding } from './declared-charset.ts'
import { decodeWith, tryDecode, type DecodedText } from './text-decoder.ts'
import { looksLikeWindows1252 } from './windows-1252.ts'

export interface DecodeOptions {
  // The file is HTML: look for a declared charset even if it does not start with "<".
  html?: boolean
  // The charset the file's container names (an MHTML part's Content-Type),
  // which wins over one the page declares, as it does for HTTP.
  charset?: string
}

export const EMPTY_MESSAGE = 'The file is empty.'
export const BINARY_MESSAGE = 'The file is not text: it looks like binary data.'
export const UNKNOWN_ENCODING_MESSAGE = 'The file is not UTF-8 and its character encoding could not be recognised; save it as UTF-8 and import it again.'

const MAX_NOT_TEXT_SHARE = 0.05

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(TOO_LARGE_MESSAGE)
  if (bytes.length === 0) throw new ImportError(EMPTY_MESSAGE)
  const kind = binaryKind(bytes)
  if (kind) throw new ImportError(`This is ${kind}, not text, Markdown or HTML.`)

  const decoded = decodeBytes(bytes, options)
  if (!/\S/.test(decoded.text)) throw new ImportError(EMPTY_MESSAGE)
  if (notTextShare(decoded.text) > MAX_NOT_TEXT_SHARE) throw new ImportError(BINARY_MESSAGE)
  return decoded
}

function decodeBytes(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  const bom = byteOrderMark(bytes)
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.encoding)
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return decodeWith(bytes, utf16)

  const markup = options.html || startsWithMarkup(bytes)
  if (bytes.includes(0)) {
    if (!markup || nulCount(bytes) * 1000 > bytes.length) throw new ImportError(BINARY_MESSAGE)
    bytes = bytes.filter((b) => b !== 0)
  }

  const given = options.charset === undefined ? undefined : usableEncoding(options.charset)
  if (given) return decodeWith(bytes, given)
  const declared = markup ? declaredEncoding(bytes) : undefined
  if (declared && declared !== 'utf-8') {
    // Valid UTF-8 beyond ASCII under a legacy declaration is a page re-saved
    // as UTF-8 that kept its old <meta>: legacy text is next to never valid
    // UTF-8, and reading it as declared would turn every letter into mojibake.
    const resaved = hasHighBytes(bytes) ? tryDecode(bytes, 'utf-8') : undefined
    if (resaved !== undefined) return { text: resaved, encoding: 'utf-8', assumed: true }
  }
  if (declared) return decodeWith(bytes, declared)

  const utf8 = tryDecode(bytes, 'utf-8')
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' }
  const late = markup ? lateDeclaredEncoding(bytes) : undefined
  if (late) return decodeWith(bytes, late)
  if (looksLikeWindows1252(bytes)) return { ...decodeWith(bytes, 'windows-1252'), assumed: true }
  if (!hasControlBytes(bytes)) {
    for (const guess of guessLegacyEncoding(bytes)) {
      const text = tryDecode(bytes, guess.encoding)
      if (text !== undefined) return { text, encoding: guess.encoding, assumed: true }
    }
  }
  throw new ImportError(hasControlBytes(bytes) ? BINARY_MESSAGE : UNKNOWN_ENCODING_MESSAGE)
}

// --- Byte order marks and UTF-16 -----------------------------------------

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 }
  return undefined
}

// Windows and some editors write UTF-16 without a BOM. Text that is mostly
// ASCII then has a NUL as the high byte of nearly every code unit.
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined
  const units = Math.min(bytes.length, PRESCAN_BYTES) / 2
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < units * 2; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  if (oddNul >= units * 0.7 && evenNul <= units * 0.1) return 'utf-16le'
  if (evenNul >= units * 0.7 && oddNul <= units * 0.1) return 'utf-16be'
  return undefined
}

// --- Is it text? ---------------------------------------------------------

function nulCount(bytes: Uint8Array): number {
  let n = 0
  for (const b of bytes) if (b === 0) n++
  return n
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true
  return false
}

function hasControlBytes(bytes: Uint8Array): boolean {
  return bytes.some((b) => (b < 0x20 && !isAsciiWhitespace(b)) || b === 0x7f)
}

// Controls other than tab, line feed, form feed and carriage return, DEL and
// the C1 controls, private-use characters, U+FFFD and the noncharacters
// U+FFFE and U+FFFF: present in binary data decoded as text, rare in text.
function notTextShare(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d
      : (c >= 0x7f && c <= 0x9f) || (c >= 0xe000 && c <= 0xf8ff) || c >= 0xfffd) count++
  }
  return count / text.length
}
