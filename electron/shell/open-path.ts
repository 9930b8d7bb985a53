// A file opened with the app (command line, second launch, the OS, the
// Import dialog): imported through dispatch like any other import, or, when
// the library has it already, that document. The answer is the document to
// show, or a message in the user's words.

import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Api } from '../../shared/api/contract.ts'
import { dispatch } from '../dispatch.ts'

// As the importer's own limit; checked first so a huge file is never read.
const MAX_FILE_BYTES = 20 * 1024 * 1024

export type Opened = { ok: true; documentId: string; created: boolean } | { ok: false; message: string }

export async function openPath(api: Api, path: string): Promise<Opened> {
  const name = basename(path)
  let bytes: Buffer
  try {
    const info = await stat(path)
    if (!info.isFile()) return { ok: false, message: `${name} is not a file.` }
    if (info.size > MAX_FILE_BYTES) return { ok: false, message: `${name} is larger than 20 MB.` }
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { ok: false, message: code === 'ENOENT' ? `${name} was not found.` : `${name} could not be read (${code ?? 'error'}).` }
  }
  const fileName = [...name].slice(0, 200).join('') || 'article'
  const outcome = await dispatch(api, 'importDocument', { fileName, contentBase64: bytes.toString('base64'), duplicate: 'ask' })
  if (!outcome.ok) return { ok: false, message: outcome.error.message }
  const value = outcome.value as { status: 'created'; document: { id: string } } | { status: 'duplicate'; existing: { id: string } }
  return value.status === 'created'
    ? { ok: true, documentId: value.document.id, created: true }
    : { ok: true, documentId: value.existing.id, created: false }
}

// Several files, one after the other (so the last one opened is the one in
// view); one that cannot be imported is told, and the rest go on.
export async function openPaths(api: Api, paths: readonly string[], tell: { opened(path: string, documentId: string): void; failed(path: string, message: string): void }): Promise<void> {
  for (const path of paths) {
    const opened = await openPath(api, path)
    if (opened.ok) tell.opened(path, opened.documentId)
    else tell.failed(path, opened.message)
  }
}

// A file of web annotations for the page's importer: read here, since the
// page cannot read a path; the page checks and imports it.
export async function readAnnotationFile(path: string): Promise<{ ok: true; name: string; text: string } | { ok: false; message: string }> {
  const name = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) return { ok: false, message: `${name} is not a file.` }
    if (info.size > MAX_FILE_BYTES) return { ok: false, message: `${name} is larger than 20 MB.` }
    return { ok: true, name: [...name].slice(0, 200).join('') || 'annotations.json', text: await readFile(path, 'utf8') }
  } catch (error) {
    return { ok: false, message: `${name} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` }
  }
}
