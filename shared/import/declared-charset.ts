// The charset an HTML or XML file declares in its first 1024 bytes, found
// as browsers find it (the WHATWG prescan: comments and other tags skipped,
// <meta charset> and <meta http-equiv="Content-Type"> read).

import { isAsciiWhitespace, latin1 } from './byte-text.ts'
import { encodingForLabel } from './text-decoder.ts'

export const PRESCAN_BYTES = 1024

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

// An ASCII-compatible decoder for a label: without a BOM, a file whose
// ASCII markup we could read is not UTF-16, so a UTF-16 label means UTF-8.
export function usableEncoding(label: string): string | undefined {
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
