// A file the user picked -> an ArticleDraft. The format comes from the
// file's extension, or from its first tag when the extension says nothing;
// the text from decode-text.ts; the blocks and metadata from the importer
// for that format. The draft always has a title: the one the file states,
// else its title block, else its first heading, else the file's name.
//
// Everything the user must be told is an ImportError of one sentence: an
// unsupported format, bytes that are not text, an importer's complaint, or
// a draft that does not pass ArticleDraft.

import { ArticleDraft, DocumentMeta } from '../model/document.ts'
import { clip, oneLine } from '../text/one-line.ts'
import { readableText } from '../text/readable.ts'
import { decodeText } from './decode-text.ts'
import { looksLikeMhtml, readMhtml } from './mhtml.ts'
import { describeEncoding } from './detect-encoding.ts'
import { importHtml } from './html/import.ts'
import { keptPageUrl } from '../links/policy.ts'
import { importMarkdown } from './markdown.ts'
import { importText } from './text.ts'
import { ImportError, type ImportedArticle, type ImportOptions } from './imported-article.ts'

export type FileFormat = 'text' | 'markdown' | 'html'

export interface ImportFileInput {
  name: string
  bytes: Uint8Array
}

// Maps, not objects: an extension is user text ("x.constructor").
const FORMAT_BY_EXTENSION = new Map<string, FileFormat>([
  ['txt', 'text'],
  ['text', 'text'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['mdown', 'markdown'],
  ['mkd', 'markdown'],
  ['html', 'html'],
  ['htm', 'html'],
  ['xhtml', 'html'],
  ['shtml', 'html'],
])

const SAVE_AS_HTML = 'save the page as "Web page, HTML only" and import that'
const EXPORT_AS_TEXT = 'export it as text and import that'
const UNSUPPORTED_BY_EXTENSION = new Map<string, string>([
  ['webarchive', `Safari web archives are not supported yet; ${SAVE_AS_HTML}.`],
  ['pdf', `PDF files are not supported yet; ${EXPORT_AS_TEXT}.`],
  ['docx', `Word documents are not supported yet; ${EXPORT_AS_TEXT}.`],
  ['epub', `EPUB books are not supported yet; ${EXPORT_AS_TEXT}.`],
])

const FORMAT_NAMES: Record<FileFormat, string> = { text: 'text', markdown: 'Markdown', html: 'HTML' }

const IMPORTERS: Record<FileFormat, (text: string, options: ImportOptions) => ImportedArticle> = {
  text: (text) => {
    const { title, blocks } = importText(text)
    return { meta: title === undefined ? {} : { title }, blocks }
  },
  markdown: (text) => importMarkdown(text),
  html: (text, options) => importHtml(text, undefined, options),
}

const MAX_TITLE_LENGTH = DocumentMeta.shape.title.maxLength ?? 1000

// The draft, and what the user should know about how it was made.
export interface ImportReport {
  draft: ArticleDraft
  // The importer's doubt about having found the article (web pages only).
  unsure?: string
  // Set when the file did not say how its text is encoded and the encoding
  // was guessed: which one, in words ("windows-1251 (Cyrillic)").
  assumedEncoding?: string
}

export function importFile(file: ImportFileInput, options: ImportOptions = {}): ArticleDraft {
  return importFileReport(file, options).draft
}

export function importFileReport(file: ImportFileInput, options: ImportOptions = {}): ImportReport {
  if (isMhtml(file)) return importMhtml(file, options)
  const named = formatFromName(file.name)
  const { text, encoding, assumed } = decodeText(file.bytes, { html: named === 'html' })
  const format = named ?? sniffFormat(text)
  // A web page's checks end with its parse (importHtml says when).
  if (format !== 'html') options.checked?.()
  const imported = readAs(format, text, (source) => IMPORTERS[format](source, options))
  return reportOf(imported, file.name, assumed ? encoding : undefined)
}

function reportOf(imported: ImportedArticle, fileName: string, assumedEncoding: string | undefined): ImportReport {
  const report: ImportReport = { draft: toArticleDraft(imported, fileName) }
  if (imported.unsure) report.unsure = imported.unsure
  if (assumedEncoding) report.assumedEncoding = describeEncoding(assumedEncoding)
  return report
}

function isMhtml(file: ImportFileInput): boolean {
  const extension = splitName(file.name).extension.toLowerCase()
  if (extension === 'mhtml' || extension === 'mht') return true
  if (FORMAT_BY_EXTENSION.has(extension)) return false
  let head = ''
  for (let i = 0; i < Math.min(file.bytes.length, 4096); i++) head += String.fromCharCode(file.bytes[i]!)
  return looksLikeMhtml(head)
}

// The archive's page is read like an HTML file; the address it was saved
// from and its Subject stand in when the page itself does not say.
function importMhtml(file: ImportFileInput, options: ImportOptions): ImportReport {
  const archive = readMhtml(file.bytes)
  const { text, encoding, assumed } = decodeText(archive.html, { html: true, ...(archive.charset ? { charset: archive.charset } : {}) })
  const imported = readAs('html', text, (source) => importHtml(source, undefined, options))
  const url = imported.meta.url ?? keptPageUrl(archive.url) ?? undefined
  imported.meta = { ...(archive.subject ? { title: archive.subject } : {}), ...imported.meta, ...(url ? { url } : {}) }
  return reportOf(imported, file.name, assumed ? encoding : undefined)
}

// The format a file name promises, undefined when it promises none.
// Throws for formats we know but cannot read yet.
export function formatFromName(name: string): FileFormat | undefined {
  const extension = splitName(name).extension.toLowerCase()
  const unsupported = UNSUPPORTED_BY_EXTENSION.get(extension)
  if (unsupported) throw new ImportError(unsupported)
  return FORMAT_BY_EXTENSION.get(extension)
}

// The last path segment, split at its last dot; a leading dot (".notes")
// starts a name, not an extension.
function splitName(name: string): { stem: string; extension: string } {
  const base = name.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? { stem: base.slice(0, dot), extension: base.slice(dot + 1) } : { stem: base, extension: '' }
}

// HTML when the text opens, after whitespace and comments, with a doctype,
// <html>, <head> or <body>, or with an XML declaration and then one of
// those (XHTML). Anything else is plain text.
export function sniffFormat(text: string): FileFormat {
  let head = skipWhitespaceAndComments(text)
  if (/^<\?xml[\s?]/i.test(head)) {
    const end = head.indexOf('?>')
    if (end === -1) return 'text'
    head = skipWhitespaceAndComments(head.slice(end + 2))
  }
  return /^<(?:!doctype\s+html|html|head|body)(?=[\s/>])/i.test(head) ? 'html' : 'text'
}

function skipWhitespaceAndComments(text: string): string {
  const skipped = /^(?:[\s\uFEFF]+|<!--[\s\S]*?-->)*/.exec(text)![0].length
  return text.slice(skipped, skipped + 1024)
}

// Runs one importer; an error it did not mean for the user is a bug in
// reading this file, still worth one sentence rather than a stack trace.
export function readAs(format: FileFormat, text: string, importer = (source: string) => IMPORTERS[format](source, {})): ImportedArticle {
  try {
    return importer(text)
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw new ImportError(`The file could not be read as ${FORMAT_NAMES[format]}: ${firstLine(error)}.`)
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]!.trim().replace(/[.\s]+$/, '') || 'unknown error'
}

// Adds the title and checks the result against ArticleDraft.
export function toArticleDraft(imported: ImportedArticle, fileName: string): ArticleDraft {
  if (imported.blocks.length === 0) throw new ImportError('The file has no text to import.')
  const meta = Object.fromEntries(Object.entries(imported.meta).filter(([, value]) => value !== undefined))
  const parsed = ArticleDraft.safeParse({ meta: { ...meta, title: titleFor(imported, fileName) }, blocks: imported.blocks })
  if (!parsed.success) throw new ImportError(describeIssue(parsed.error.issues[0]!))
  return parsed.data
}

function titleFor(imported: ImportedArticle, fileName: string): string {
  const candidates = [
    imported.meta.title,
    imported.blocks.find((b) => b.type === 'title')?.text,
    imported.blocks.find((b) => b.type === 'heading')?.text,
    // A file name may carry controls and bidi overrides no title should.
    readableText(splitName(fileName).stem),
  ]
  for (const candidate of candidates) {
    const title = oneLine(candidate ?? '')
    if (title) return clip(title, MAX_TITLE_LENGTH, '…')
  }
  return 'Untitled'
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const reason = issue.message.replace(/[.\s]+$/, '').replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())
  return `The file could not be imported: ${placeOf(issue.path)} is invalid (${reason}).`
}

// ['blocks', 3, 'text'] -> "block 4 (text)"; ['meta', 'url'] -> "the url".
function placeOf(path: PropertyKey[]): string {
  const [first, second, ...rest] = path.map(String)
  if (first === 'blocks' && second !== undefined) return `block ${Number(second) + 1}${rest.length ? ` (${rest.join(' ')})` : ''}`
  if (first === 'meta' && second !== undefined) return `the ${second}`
  return first === undefined ? 'the article' : `the ${[first, second, ...rest].filter((p) => p !== undefined).join(' ')}`
}
