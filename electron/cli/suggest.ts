// sourcemark suggest FILE|DOC [--json]: who said what in an article file
// (any format import reads; it is not added to the library) or a library
// document. Only reads: the data folder is opened read-only, without the
// lock, so it works on a folder that cannot be written and while the app
// has it, and nothing there changes.

import { stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { MAX_IMPORT_BYTES, type Api } from '../../shared/api/contract.ts'
import { tooLargeWords } from '../../shared/import/limits.ts'
import type { Suggestion } from '../../shared/model/suggestion.ts'
import { findAppRoot } from '../app-root.ts'
import { openServices } from '../services.ts'
import { throughDispatch } from '../dispatch.ts'
import { onStoreNotice } from '../store/notices.ts'
import { findDocument, NotFound } from './find-document.ts'
import { terminalJson, terminalText } from './terminal-text.ts'
import { readBounded, refusalWords } from '../read-bounded.ts'

export const SUGGEST_USAGE = `Usage: sourcemark suggest FILE|DOC [--json] [--data-dir DIR]

Prints attribution suggestions (who said what, relayed by whom) for an
article FILE (plain text, Markdown or an HTML page; it is not added to the
library) or for DOC, a library document's id or the start of exactly one
title. A path that names an existing file is read as a file. Suggestions a
document's reader rejected, or already marked with that source, are left
out. Only reads: works while the app is running.

  --json           one JSON array, an object per suggestion: content and cue
                   ({text, start, end}, offsets in the document's text),
                   source, sourceKind, via, venue, confidence`

// What --json prints per suggestion: exactly these fields.
interface SuggestionJson {
  content: { text: string; start: number; end: number }
  cue: { text: string; start: number; end: number }
  source: string
  sourceKind: string
  via: string | null
  venue: string | null
  confidence: number
}

export async function suggestCommand(dataDir: string, target: string, json: boolean, complain: (line: string) => void): Promise<void> {
  const file = await fileAt(target)
  const stop = onStoreNotice((notice) => complain(notice))
  let title: string
  let suggestions: Suggestion[]
  try {
    // Through dispatch like every other caller: input checked, errors in words.
    const api = throughDispatch(await openServices({ dataDir, resourcesDir: join(findAppRoot(), 'resources'), readOnly: true }))
    ;({ title, suggestions } = file ? await forFile(api, target) : await forDocument(api, target))
  } finally {
    stop()
  }
  if (json) return void console.log(terminalJson(suggestions.map(asJson)))
  console.log(table(title, suggestions))
}

// A file when the path names one; a path that looks like a file's but is
// not there is said to be missing, not searched for as a title.
async function fileAt(target: string): Promise<boolean> {
  const info = await stat(target).catch(() => null)
  if (info) {
    if (!info.isFile()) throw new Error(`${target}: not a file`)
    if (info.size > MAX_IMPORT_BYTES) throw new Error(`${target}: ${tooLargeWords(info.size)}`)
    return true
  }
  return false
}

async function forFile(api: Api, path: string) {
  const read = await readBounded(path, MAX_IMPORT_BYTES)
  if (!read.ok) throw new Error(`${path}: ${refusalWords(read)}`)
  const bytes = read.bytes
  try {
    const { suggestions } = await api.suggestAttributions({ fileName: basename(path), contentBase64: bytes.toString('base64') })
    return { title: path, suggestions }
  } catch (error) {
    // The service names the file by its base name; name it by its path.
    const prefix = `${basename(path)}: `
    const message = (error as Error).message
    throw new Error(message.startsWith(prefix) ? `${path}: ${message.slice(prefix.length)}` : message)
  }
}

async function forDocument(api: Api, query: string) {
  let found
  try {
    found = findDocument(await api.listDocuments({}), query)
  } catch (error) {
    if (!(error instanceof NotFound)) throw error
    const looksLikePath = /[/\\]|\.[A-Za-z0-9]{1,5}$/.test(query)
    throw new Error(looksLikePath ? `there is no file at ${query}, and ${error.message}` : error.message)
  }
  const { suggestions } = await api.suggestAttributions({ documentId: found.id })
  return { title: found.meta.title, suggestions }
}

function asJson(s: Suggestion): SuggestionJson {
  return {
    content: { text: s.content.text, start: s.content.start, end: s.content.end },
    cue: { text: s.cue.text, start: s.cue.start, end: s.cue.end },
    source: s.source, sourceKind: s.sourceKind, via: s.via, venue: s.venue, confidence: s.confidence,
  }
}

const CONTENT_WIDTH = 72

// One row per suggestion: confidence, who (via whom, where), the cue, the
// start of the claimed words. Every piece of user text escaped.
function table(title: string, suggestions: readonly Suggestion[]): string {
  const head = `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'} for ${title}`
  if (suggestions.length === 0) return terminalText(`No suggestions for ${title}.`)
  const rows = suggestions.map((s) => [
    s.confidence.toFixed(2),
    `${s.source}${s.via ? ` via ${s.via}` : ''}${s.venue ? ` (to ${s.venue})` : ''}`,
    s.cue.text,
    `${s.content.start}-${s.content.end}`,
    clip(s.content.text),
  ].map((cell) => terminalText(cell.replace(/\s+/g, ' '))))
  const header = ['conf', 'source', 'cue', 'range', 'content']
  const widths = header.map((h, i) => Math.min(i === 4 ? Infinity : 40, Math.max(h.length, ...rows.map((r) => r[i]!.length))))
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : fit(c, widths[i]!))).join('  ')
  return [terminalText(head), '', line(header), ...rows.map(line)].join('\n')
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > CONTENT_WIDTH ? `${flat.slice(0, CONTENT_WIDTH - 1)}…` : flat
}

function fit(cell: string, width: number): string {
  return cell.length > width ? `${cell.slice(0, width - 1)}…` : cell.padEnd(width)
}
