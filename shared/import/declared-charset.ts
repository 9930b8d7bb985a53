// The charset an HTML or XML file declares in its first 1024 bytes, found
// as browsers find it (the WHATWG prescan: comments and other tags skipped,
// <meta charset> and <meta http-equiv="Content-Type"> read); and one
// declared later in the <head>, behind a large inline script, which
// browsers also obey (Chromium's scan reads on to the body; the spec's
// parser changes the encoding when it meets such a <meta>).

import { isAsciiWhitespace, latin1 } from './byte-text.ts'
import { encodingForLabel } from './text-decoder.ts'

export const PRESCAN_BYTES = 1024
// How far into the file a late declaration is looked for: heads of saved
// pages run to hundreds of kilobytes of inline script and JSON.
const LATE_SCAN_BYTES = 1024 * 1024

export function startsWithMarkup(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x3c) return true
    if (!isAsciiWhitespace(b)) return false
  }
  return false
}

// The encoding the first 1024 bytes declare, resolved to a WHATWG name.
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes, 0, PRESCAN_BYTES)
  const xml = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(head)
  const fromXml = xml && usableEncoding(xml[1] ?? xml[2] ?? '')
  return fromXml || metaCharset(head)
}

// A <meta> charset in the head beyond the first 1024 bytes: script and
// style contents are skipped, and the search ends at <body>.
export function lateDeclaredEncoding(bytes: Uint8Array): string | undefined {
  if (bytes.length <= PRESCAN_BYTES) return undefined
  return metaCharset(latin1(bytes, 0, LATE_SCAN_BYTES), true)
}

// An ASCII-compatible decoder for a label: without a BOM, a file whose
// ASCII markup we could read is not UTF-16, so a UTF-16 label means UTF-8.
export function usableEncoding(label: string): string | undefined {
  const encoding = encodingForLabel(label)
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8'
  return encoding
}

// The WHATWG "prescan a byte stream to determine its encoding", on the head
// as a Latin-1 string: skip comments and other tags, read <meta> attributes.
function metaCharset(head: string, wholeHead = false): string | undefined {
  // Lower-cased once: the late scan looks for end tags in a megabyte.
  const lowerHead = wholeHead ? head.toLowerCase() : head.slice(0, 0)
  let at = 0
  while (at < head.length) {
    const lower = head.slice(at, at + 8).toLowerCase()
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
      if (wholeHead && /^<body[\s>]/.test(lower)) return undefined
      TAG_NAME.lastIndex = at
      TAG_NAME.exec(head)
      const tag = readAttributes(head, TAG_NAME.lastIndex)
      if (!tag) return undefined
      at = tag.end
      // A script's or style's text is not markup: skip to its end tag.
      const raw = wholeHead ? /^<(script|style)[\s>]/.exec(lower) : null
      if (raw) {
        const end = lowerHead.indexOf(`</${raw[1]}`, at)
        if (end === -1) return undefined
        at = end
      }
    } else if (lower.startsWith('<!') || lower.startsWith('</') || lower.startsWith('<?')) {
      const end = head.indexOf('>', at)
      if (end === -1) return undefined
      at = end + 1
    } else {
      // Nothing but a "<" starts a construct: go to the next one.
      const next = head.indexOf('<', at + 1)
      at = next === -1 ? head.length : next
    }
  }
  return undefined
}

const TAG_NAME = /<\/?[^\s>]*/y
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
