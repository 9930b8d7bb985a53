// `sourcemark list` and `sourcemark import-annotations`: the library's
// documents, and a file of web annotations put onto one of them.

import { jsonDeeperThan, MAX_JSON_DEPTH } from '../../shared/text/json-depth.ts'
import { stat } from 'node:fs/promises'
import { MAX_IMPORT_BYTES } from '../../shared/api/contract.ts'
import { binaryKind } from '../../shared/import/binary-signatures.ts'
import { decodeText } from '../../shared/import/decode-text.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { tooLargeWords } from '../../shared/import/limits.ts'
import { findDocument } from './find-document.ts'
import { complain, say } from './messages.ts'
import { terminalJson } from './terminal-text.ts'
import { withLibrary } from './with-library.ts'
import { readBounded, refusalWords } from '../read-bounded.ts'

export async function list(dataDir: string, json: boolean): Promise<void> {
  const documents = await withLibrary(dataDir, (api) => api.listDocuments({}), { readsOnly: true })
  if (json) return void console.log(terminalJson(documents))
  if (documents.length === 0) return void say('The library is empty.')
  const width = Math.max(...documents.map((d) => d.id.length))
  for (const d of documents) say(`${d.id.padEnd(width)}  ${String(d.annotationCount).padStart(5)}  ${d.meta.title}`)
}

const ORPHAN_LINES = 20

// A file of web annotations, parsed. What is not one is told as what it is
// (a folder, a picture), never as the parser's or the system's message.
// Read as text is read for an import: a BOM, UTF-16 and legacy encodings.
async function readAnnotationFile(file: string): Promise<unknown> {
  const info = await stat(file).catch(() => { throw new Error(`there is no file at ${file}`) })
  if (info.isDirectory()) throw new Error(`${file} is a folder, not an annotation file`)
  if (!info.isFile()) throw new Error(`${file}: not a file`)
  if (info.size > MAX_IMPORT_BYTES) throw new Error(`${file}: ${tooLargeWords(info.size)}`)
  const read = await readBounded(file, MAX_IMPORT_BYTES)
  if (!read.ok) throw new Error(`${file}: ${refusalWords(read)}`)
  const bytes = read.bytes
  const kind = binaryKind(bytes)
  if (kind) throw new Error(`${file} is ${kind}, not an annotation file (JSON)`)
  let text: string
  try {
    text = decodeText(bytes).text
  } catch (error) {
    if (error instanceof ImportError) throw new Error(`${file}: ${error.message}`)
    throw error
  }
  if (jsonDeeperThan(text)) throw new Error(`${file} is not an annotation file Sourcemark can read: it nests lists or objects more than ${MAX_JSON_DEPTH} levels deep`)
  try {
    return JSON.parse(text)
  } catch {
    throw new Error(`${file} is not an annotation file: it is not JSON`)
  }
}

export async function importAnnotations(dataDir: string, query: string, file: string, json: boolean): Promise<void> {
  const data = await readAnnotationFile(file)
  const { title, result } = await withLibrary(dataDir, async (api) => {
    const { id, meta } = findDocument(await api.listDocuments({}), query)
    return { title: meta.title, result: await api.importAnnotations({ documentId: id, data }) }
  })
  if (json) console.log(terminalJson(result))
  else say(`Imported ${result.imported} annotation${result.imported === 1 ? '' : 's'} into "${title}"${result.alreadyPresent ? `; ${result.alreadyPresent} were already there` : ''}.`)
  // What could not be placed is a problem to see, apart from the result.
  // A screenful at most: a file of thousands of bad items is summed up.
  for (const orphan of result.orphans.slice(0, ORPHAN_LINES)) complain(`not imported: "${orphan.quote.slice(0, 80)}" (${orphan.reason})`)
  if (result.orphans.length > ORPHAN_LINES) complain(`… and ${result.orphans.length - ORPHAN_LINES} more not imported.`)
  if (result.unknownSources.length && !json) say(`Tags that match no source (left off): ${result.unknownSources.join(', ')}`)
  if (result.imported === 0 && result.alreadyPresent === 0 && result.orphans.length > 0) process.exitCode = 1
}
