// Files that are surely not text, told by their first bytes (and, for ZIP
// archives, by the names of the files inside), so that the refusal can say
// what the file is ("This is a PDF file").

import { latin1 } from './byte-text.ts'

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

export function binaryKind(bytes: Uint8Array): string | undefined {
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
