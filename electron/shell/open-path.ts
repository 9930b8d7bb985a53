// A file opened with the app (command line, second launch, the OS, the
// Import dialog): imported through dispatch like any other import, or, when
// the library has it already, that document. The answer is the document to
// show, or a message in the user's words.

import { basename } from 'node:path'
import type { Api } from '../../shared/api/contract.ts'
import { dispatch } from '../dispatch.ts'
import { readBounded, type BoundedRead } from '../read-bounded.ts'

// As the importer's own limit; kept by the read itself (read-bounded.ts),
// so a huge file, or one that grows while it is read, is never read whole.
const MAX_FILE_BYTES = 20 * 1024 * 1024

function refusal(name: string, read: Exclude<BoundedRead, { ok: true }>): string {
  if (read.reason === 'not-a-file') return `${name} is not a file.`
  return read.reason === 'too-large' ? `${name} is larger than 20 MB.` : `${name} grew past 20 MB while it was being read.`
}

export type Opened = { ok: true; documentId: string; created: boolean } | { ok: false; message: string }

export async function openPath(api: Api, path: string): Promise<Opened> {
  const name = basename(path)
  let bytes: Buffer
  try {
    const read = await readBounded(path, MAX_FILE_BYTES)
    if (!read.ok) return { ok: false, message: refusal(name, read) }
    bytes = read.bytes
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
    const read = await readBounded(path, MAX_FILE_BYTES)
    if (!read.ok) return { ok: false, message: refusal(name, read) }
    return { ok: true, name: [...name].slice(0, 200).join('') || 'annotations.json', text: read.bytes.toString('utf8') }
  } catch (error) {
    return { ok: false, message: `${name} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` }
  }
}
