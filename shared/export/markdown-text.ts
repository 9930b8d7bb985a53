// Text written into Markdown exports so that it reads back as written:
// YAML front matter scalars, Obsidian tag segments, literal inline text and
// literal block quotes, and the reader's notes (their own Markdown, made
// safe by markdown-safe-note.ts) as indented or quoted lines.

import { safeNote } from './markdown-safe-note.ts'

// A YAML double-quoted scalar using only escapes JSON shares with YAML. Every
// character YAML does not allow unescaped (C0 and C1 controls, DEL, line and
// paragraph separators, BOM, non-characters) and < > [ ] & is written as
// \uXXXX, so a tool that renders front matter as Markdown meets no tag or link.
export function yamlString(value: string): string {
  let out = '"'
  for (const ch of value) {
    const code = ch.codePointAt(0)!
    if (ch === '"') out += '\\"'
    else if (ch === '\\') out += '\\\\'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\r') out += '\\r'
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || '<>[]&'.includes(ch)
      || code === 0xfeff || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff)) {
      out += `\\u${code.toString(16).padStart(4, '0')}`
    } else out += ch
  }
  return out + '"'
}

// An Obsidian tag segment: letters, marks, digits, "_" and "-".
export function tagSlug(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '')
}

// Every character CommonMark, GFM or Obsidian could read as inline markup.
const INLINE_SPECIAL = /[\\`*_[\]<>#~|$%=^&]/g

// Text that renders as itself inside a line (a heading, a table cell, a
// sources line, a quote line).
export function escapeInline(text: string): string {
  return text
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
}

// A literal block quote: every line starts with "> " (an empty line is ">"),
// spaces at line edges dropped (indentation could make code), every line
// escaped; lines inside one paragraph end in "\" (a hard break).
export function blockQuote(exact: string): string[] {
  const lines = exact.split(/\r\n|\r|\n/).map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
  while (lines.length > 0 && lines[0] === '') lines.shift()
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  if (lines.length === 0) return ['>']
  const out: string[] = []
  lines.forEach((line, i) => {
    if (line === '') {
      if (out[out.length - 1] !== '>') out.push('>')
      return
    }
    const next = lines[i + 1]
    out.push(`> ${escapeInline(line)}${next !== undefined && next !== '' ? '\\' : ''}`)
  })
  return out
}

// A note's lines, made safe and trimmed of blank lines at both ends ([] for
// a blank note).
export function noteLines(note: string): string[] {
  const lines = safeNote(note).split(/\r\n|\r|\n/).map((l) => (/^[ \t]*$/.test(l) ? '' : l))
  while (lines.length > 0 && lines[0] === '') lines.shift()
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

// The note in a list item ("- Note:", lines indented two spaces): a
// container ends every construct opened inside it, so an unclosed fence or
// a heading in a note cannot restructure the rest of the export.
export function noteItem(note: string): string[] {
  const lines = noteLines(note)
  if (lines.length === 0) return []
  return ['- Note:', '', ...lines.map((l) => (l === '' ? '' : `  ${l}`))]
}
