// MHTML web archives, as Chromium-based browsers save them ("Save page as…,
// Webpage, single file"): a MIME message, multipart/related, whose first
// text/html part is the page; the other parts (styles, images, frames) are
// left alone, since nothing outside the text is ever shown. The part's
// bytes are undone from quoted-printable or base64 and handed back with the
// charset its header names, for decode-text.ts to read like any HTML file.
//
// One pass over the bytes, as Latin-1 text (one character per byte), so a
// 20 MB archive costs a few string scans.

import { ImportError } from './imported-article.ts'

export interface MhtmlPage {
  html: Uint8Array
  // The charset the part's Content-Type names, if any.
  charset?: string
  // Where the page was saved from, and the message's Subject (the title).
  url?: string
  subject?: string
}

const NOT_MHTML = 'The file is not an MHTML web archive: it has no multipart/related page in it.'
const NO_PAGE = 'The MHTML web archive has no HTML page in it.'
const MAX_HEADER = 64 * 1024

// True when the bytes open like an MHTML archive (for files without the
// .mhtml extension).
export function looksLikeMhtml(head: string): boolean {
  return /^(?:From: <Saved by Blink>|MIME-Version:)/i.test(head) && /Content-Type:\s*multipart\/related/i.test(head.slice(0, 4096))
}

export function readMhtml(bytes: Uint8Array): MhtmlPage {
  const text = latin1(bytes)
  const headerEnd = blankLine(text, 0)
  if (headerEnd === undefined || headerEnd.at > MAX_HEADER) throw new ImportError(NOT_MHTML)
  const headers = parseHeaders(text.slice(0, headerEnd.at))
  const type = headers.get('content-type') ?? ''
  const boundary = parameter(type, 'boundary')
  if (!/^\s*multipart\/related/i.test(type) || !boundary) throw new ImportError(NOT_MHTML)

  const delimiter = `--${boundary}`
  let at = text.indexOf(delimiter, headerEnd.next)
  while (at !== -1) {
    const lineEnd = text.indexOf('\n', at)
    if (lineEnd === -1 || text.startsWith(`${delimiter}--`, at)) break
    const next = text.indexOf(`\n${delimiter}`, lineEnd)
    const part = text.slice(lineEnd + 1, next === -1 ? text.length : next)
    const page = htmlPart(part)
    if (page) {
      const found: MhtmlPage = { html: page.html }
      if (page.charset) found.charset = page.charset
      const url = headers.get('snapshot-content-location') ?? page.location
      if (url) found.url = url.trim()
      const subject = headers.get('subject')
      if (subject) found.subject = decodeWords(subject)
      return found
    }
    at = next === -1 ? -1 : next + 1
  }
  throw new ImportError(NO_PAGE)
}

function htmlPart(part: string): { html: Uint8Array; charset?: string; location?: string } | undefined {
  const end = blankLine(part, 0)
  if (!end) return undefined
  const headers = parseHeaders(part.slice(0, end.at))
  const type = headers.get('content-type') ?? 'text/plain'
  if (!/^\s*text\/html\b/i.test(type)) return undefined
  const body = part.slice(end.next).replace(/\r$/, '')
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase()
  const html = encoding === 'quoted-printable' ? quotedPrintable(body) : encoding === 'base64' ? base64(body) : bytesOf(body)
  const found: { html: Uint8Array; charset?: string; location?: string } = { html }
  const charset = parameter(type, 'charset')
  if (charset) found.charset = charset
  const location = headers.get('content-location')
  if (location) found.location = location
  return found
}

// Where the header block ends: the first empty line, and where the body starts.
function blankLine(text: string, from: number): { at: number; next: number } | undefined {
  const match = /\r?\n\r?\n/g
  match.lastIndex = from
  const found = match.exec(text)
  return found ? { at: found.index, next: found.index + found[0].length } : undefined
}

// Header lines, continuation lines folded in; the first of a name wins.
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim())
  }
  return headers
}

function parameter(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^\\s;]+))`, 'i').exec(header)
  return match ? (match[1] ?? match[2]) : undefined
}

// ---- Transfer encodings -------------------------------------------------------

function quotedPrintable(body: string): Uint8Array {
  const out = new Uint8Array(body.length)
  let n = 0
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i)
    if (c === 0x3d) {
      // "=" at a line end is a soft break; "=XY" is a byte.
      if (body[i + 1] === '\n') { i += 1; continue }
      if (body[i + 1] === '\r' && body[i + 2] === '\n') { i += 2; continue }
      const hex = body.slice(i + 1, i + 3)
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[n++] = parseInt(hex, 16)
        i += 2
        continue
      }
    }
    out[n++] = c
  }
  return out.subarray(0, n)
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_VALUE = new Map([...BASE64].map((c, i) => [c, i]))

function base64(body: string): Uint8Array {
  const out = new Uint8Array(Math.floor((body.length * 3) / 4) + 3)
  let n = 0
  let bits = 0
  let count = 0
  for (const c of body) {
    const value = BASE64_VALUE.get(c)
    if (value === undefined) continue // line breaks, padding
    bits = (bits << 6) | value
    count += 6
    if (count >= 8) {
      count -= 8
      out[n++] = (bits >> count) & 0xff
    }
  }
  return out.subarray(0, n)
}

function bytesOf(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i)
  return out
}

function latin1(bytes: Uint8Array): string {
  let out = ''
  const CHUNK = 8192
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return out
}

// ---- Encoded words in the Subject (RFC 2047) --------------------------------

interface TextDecoderLike { decode(input: Uint8Array): string }
const Decoder = (globalThis as unknown as { TextDecoder: new (label: string) => TextDecoderLike }).TextDecoder

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=(?:\s+(?==\?))?/g, (whole, charset: string, kind: string, data: string) => {
    const bytes = kind.toUpperCase() === 'B' ? base64(data) : quotedPrintable(data.replace(/_/g, ' '))
    try {
      return new Decoder(charset).decode(bytes)
    } catch {
      return whole
    }
  })
}
