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
//   4. any other NUL byte: binary;
//   5. the charset the container names (an MHTML part's Content-Type);
//      for HTML (or bytes that start with "<"): the charset an XML
//      declaration or a <meta> in the first 1024 bytes declares, as
//      browsers find it (WHATWG prescan); a label TextDecoder does not know
//      is ignored, a declared UTF-16 means UTF-8; but bytes that are valid
//      UTF-8 beyond ASCII under a legacy declaration are UTF-8 (a page
//      re-saved as UTF-8 that kept its <meta>), reported as assumed;
//   6. strict UTF-8;
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

import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from './limits.ts'
import { ImportError } from './imported-article.ts'
import { guessLegacyEncoding } from './detect-encoding.ts'

export interface DecodedText {
  text: string
  // The WHATWG name of the encoding used, e.g. "utf-8", "gbk", "windows-1252".
  encoding: string
  // True when the file did not say and the encoding was guessed from its
  // bytes (windows-1252, or a legacy encoding chardet recognised).
  assumed?: boolean
}

export interface DecodeOptions {
  // The file is HTML: look for a declared charset even if it does not start with "<".
  html?: boolean
  // The charset the file's container names (an MHTML part's Content-Type),
  // which wins over one the page declares, as it does for HTTP.
  charset?: string
}

// shared/ compiles without DOM or Node typings, so the global TextDecoder
// (present in browsers and Node) is reached through a local type.
interface TextDecoderLike {
  decode(input: Uint8Array): string
  readonly encoding: string
}
type TextDecoderClass = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderClass }).TextDecoder

export const EMPTY_MESSAGE = 'The file is empty.'
export const BINARY_MESSAGE = 'The file is not text: it looks like binary data.'
export const UNKNOWN_ENCODING_MESSAGE = 'The file is not UTF-8 and its character encoding could not be recognised; save it as UTF-8 and import it again.'

const MAX_NOT_TEXT_SHARE = 0.05
const MAX_HIGH_BYTE_SHARE_1252 = 0.3
const MAX_FOREIGN_WORD_SHARE_1252 = 0.25
const PRESCAN_BYTES = 1024

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

  if (bytes.includes(0)) throw new ImportError(BINARY_MESSAGE)

  const given = options.charset === undefined ? undefined : usableEncoding(options.charset)
  if (given) return decodeWith(bytes, given)
  const declared = options.html || startsWithMarkup(bytes) ? declaredEncoding(bytes) : undefined
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
  if (looksLikeWindows1252(bytes)) return { ...decodeWith(bytes, 'windows-1252'), assumed: true }
  if (!hasControlBytes(bytes)) {
    for (const guess of guessLegacyEncoding(bytes)) {
      const text = tryDecode(bytes, guess.encoding)
      if (text !== undefined) return { text, encoding: guess.encoding, assumed: true }
    }
  }
  throw new ImportError(hasControlBytes(bytes) ? BINARY_MESSAGE : UNKNOWN_ENCODING_MESSAGE)
}

// --- Binary signatures ---------------------------------------------------

// Prefixes as Latin-1 strings: each character is one byte.
const SIGNATURES: [prefix: string, kind: string][] = [
  ['%PDF-', 'a PDF file'],
  ['\x89PNG\r\n\x1a\n', 'a PNG image'],
  ['\xff\xd8\xff', 'a JPEG image'],
  ['GIF87a', 'a GIF image'],
  ['GIF89a', 'a GIF image'],
  ['\x1f\x8b', 'a GZIP archive'],
  ['{\\rtf', 'an RTF document'],
  ['\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', 'an old-style Microsoft Office file'],
  ['\x7fELF', 'an ELF program'],
  ['SQLite format 3\x00', 'an SQLite database'],
]

function binaryKind(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes, 0, 64)
  if (head.startsWith('PK\x03\x04') || head.startsWith('PK\x05\x06')) return zipKind(bytes)
  // "MZ" alone could start a line of text; a real executable header has NUL bytes.
  if (head.startsWith('MZ') && head.includes('\x00')) return 'a Windows program'
  return SIGNATURES.find(([prefix]) => head.startsWith(prefix))?.[1]
}

// Office documents and e-books are ZIP archives; the names of the files
// inside (near the start, and in the directory at the end) tell them apart.
function zipKind(bytes: Uint8Array): string {
  const span = 64 * 1024
  const names = latin1(bytes, 0, span) + latin1(bytes, Math.max(span, bytes.length - span), bytes.length)
  if (names.includes('mimetypeapplication/epub+zip')) return 'an EPUB book'
  if (names.includes('mimetypeapplication/vnd.oasis.opendocument')) return 'an OpenDocument file'
  if (names.includes('word/')) return 'a Word document'
  if (names.includes('xl/')) return 'an Excel workbook'
  if (names.includes('ppt/')) return 'a PowerPoint presentation'
  return 'a ZIP archive'
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let out = ''
  for (let i = start; i < Math.min(end, bytes.length); i++) out += String.fromCharCode(bytes[i]!)
  return out
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

// --- Decoding ------------------------------------------------------------

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true
  return false
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new Decoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

// A BOM or a declared encoding is used as browsers use it: bad bytes become
// U+FFFD, and too many of those make the text binary (notTextShare).
// The BOM is already cut off, so a second one stays in the text.
function decodeWith(bytes: Uint8Array, encoding: string): DecodedText {
  const decoder = new Decoder(encoding, { ignoreBOM: true })
  const text = decoder.decode(bytes)
  return { text: decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text, encoding: decoder.encoding }
}

// Node 20.18.3 and later decode windows-1252 (and the labels latin1, ascii,
// iso-8859-1 that mean it) as ISO-8859-1, giving C1 controls for 0x80-0x9F
// (nodejs/node#60888). Map those to the characters windows-1252 has there;
// a correct decoder leaves only the five undefined bytes, which stay as they are.
const WINDOWS_1252_80_TO_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

function fixWindows1252(text: string): string {
  return text.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(WINDOWS_1252_80_TO_9F[c.charCodeAt(0) - 0x80]!))
}

// The WHATWG name for a label, or undefined when TextDecoder does not know it.
function encodingForLabel(label: string): string | undefined {
  try {
    return new Decoder(label.trim()).encoding
  } catch {
    return undefined
  }
}

// --- Declared charset (HTML and XML) -------------------------------------

function startsWithMarkup(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x3c) return true
    if (!isAsciiWhitespace(b)) return false
  }
  return false
}

function isAsciiWhitespace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d
}

// The encoding the first 1024 bytes declare, resolved to a WHATWG name.
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes, 0, PRESCAN_BYTES)
  const xml = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(head)
  const fromXml = xml && usableEncoding(xml[1] ?? xml[2] ?? '')
  return fromXml || metaCharset(head)
}

// An ASCII-compatible decoder for a label: without a BOM, a file whose
// ASCII markup we could read is not UTF-16, so a UTF-16 label means UTF-8.
function usableEncoding(label: string): string | undefined {
  const encoding = encodingForLabel(label)
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8'
  return encoding
}

// The WHATWG "prescan a byte stream to determine its encoding", on the head
// as a Latin-1 string: skip comments and other tags, read <meta> attributes.
function metaCharset(head: string): string | undefined {
  let at = 0
  while (at < head.length) {
    const lower = head.slice(at, at + 6).toLowerCase()
    if (lower.startsWith('<!--')) {
      const end = head.indexOf('-->', at + 2)
      if (end === -1) return undefined
      at = end + 3
    } else if (/^<meta[\s/]/.test(lower)) {
      const tag = readAttributes(head, at + 5)
      if (!tag) return undefined
      const encoding = metaEncoding(tag.attributes)
      if (encoding) return encoding
      at = tag.end
    } else if (/^<\/?[a-z]/.test(lower)) {
      const nameEnd = head.slice(at).search(/[\s>]/)
      if (nameEnd === -1) return undefined
      const tag = readAttributes(head, at + nameEnd)
      if (!tag) return undefined
      at = tag.end
    } else if (lower.startsWith('<!') || lower.startsWith('</') || lower.startsWith('<?')) {
      const end = head.indexOf('>', at)
      if (end === -1) return undefined
      at = end + 1
    } else {
      at++
    }
  }
  return undefined
}

const ATTRIBUTE = /[\s/]*([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y

// Attributes from `from` to the closing ">"; the first of a name wins.
// Undefined when the tag runs past the end of the head.
function readAttributes(head: string, from: number): { attributes: Map<string, string>; end: number } | undefined {
  const attributes = new Map<string, string>()
  let at = from
  for (;;) {
    while (at < head.length && /[\s/]/.test(head[at]!)) at++
    if (at >= head.length) return undefined
    if (head[at] === '>') return { attributes, end: at + 1 }
    ATTRIBUTE.lastIndex = at
    const match = ATTRIBUTE.exec(head)
    if (!match || ATTRIBUTE.lastIndex === at) return undefined
    const name = match[1]!.toLowerCase()
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '')
    at = ATTRIBUTE.lastIndex
  }
}

function metaEncoding(attributes: Map<string, string>): string | undefined {
  const charset = attributes.get('charset')
  if (charset !== undefined) return usableEncoding(charset)
  const content = attributes.get('content')
  if (content === undefined || attributes.get('http-equiv')?.trim().toLowerCase() !== 'content-type') return undefined
  const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content)
  return match ? usableEncoding(match[1] ?? match[2] ?? match[3] ?? '') : undefined
}

// --- Is it text? ---------------------------------------------------------

// Windows-1252 leaves these five bytes undefined, so Western text never has them.
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

// Western European text (French, German, Spanish...) saved as windows-1252
// or Latin-1 is mostly ASCII, and each word with an accented letter has
// plain letters too ("café", "Größe"). Random bytes are half above ASCII;
// Cyrillic or Greek read as windows-1252 give words of accented letters
// only ("Ïðèâåò"), and CJK encodings far more bytes above ASCII.
function looksLikeWindows1252(bytes: Uint8Array): boolean {
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
