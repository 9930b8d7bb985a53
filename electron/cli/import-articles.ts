// `sourcemark import FILE|FOLDER...`: a file that cannot be imported is
// reported and the rest still go in; the exit code says whether any failed.
// A folder stands for the articles in it. More than one file go in batches
// (one index write per batch, not per file), and progress goes to standard
// error: the count, the file and the time left. Ctrl-C (SIGINT) cancels the
// import on the server, which stops before its next file: the files read
// are finished, every file imported is whole and listed, the rest are not
// started, and the exit code is 130.

import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { ApiError, MAX_IMPORT_BYTES, type Api, type Output } from '../../shared/api/contract.ts'
import { tooLargeWords } from '../../shared/import/limits.ts'
import { importInBatches } from '../../shared/api/import-batches.ts'
import { formatFromName } from '../../shared/import/file.ts'
import { importProgressLine } from '../../shared/import/progress-words.ts'
import { terminalJson, terminalText } from './terminal-text.ts'
import { complain } from './messages.ts'
import { readBounded, refusalWords } from '../read-bounded.ts'

type ImportReport = { file: string; status: 'created' | 'duplicate'; id: string; title: string } | { file: string; status: 'failed'; error: string }

export interface ImportOptions { keepDuplicates: boolean; wholePage: boolean; json: boolean }
type WithLibrary = <T>(use: (api: Api) => Promise<T>) => Promise<T>

class FileError extends Error {}

export async function importArticles(withLibrary: WithLibrary, paths: string[], options: ImportOptions): Promise<void> {
  const files = await expandFolders(paths)
  const reports = files.length > 1 ? await importMany(withLibrary, files, options) : await withLibrary(async (api) => [await importOne(api, files[0]!, options)])
  if (options.json) console.log(terminalJson(reports))
  if (!process.exitCode && reports.some((r) => r.status === 'failed')) process.exitCode = 1
}

// Many files: in batches through importDocuments (import-batches.ts), the
// progress asked of the server while each batch is under way; Ctrl-C
// cancels the import on the server, which stops before its next file.
async function importMany(withLibrary: WithLibrary, files: string[], options: ImportOptions): Promise<ImportReport[]> {
  const progress = new Progress(files.length)
  const reports: ImportReport[] = []
  const importId = randomUUID()
  // For the batches' size; a file that cannot be read is told when read.
  const sizes = await Promise.all(files.map((file) => stat(file).then((info) => info.size, () => 0)))
  let cancelled: (() => void) | null = null
  const cancel = () => {
    progress.clear()
    complain('cancelling: the file being saved is finished first…')
    cancelled?.()
  }
  process.on('SIGINT', cancel)
  let outcome
  try {
    outcome = await withLibrary(async (api) => {
      cancelled = () => void api.cancelImport({ importId })
      return importInBatches(api, files.map((file, i) => ({ name: basename(file), size: sizes[i]!, read: () => readImportable(file).then((b) => b.toString('base64')) })), {
        importId,
        ...(options.keepDuplicates ? { duplicate: 'keep' as const } : {}),
        ...(options.wholePage ? { wholePage: true } : {}),
        tick: () => new Promise((resolve) => setTimeout(resolve, 200)),
        progress: (at) => { if (at < files.length) progress.show(at, files[at]!) },
        handled: (results) => {
          progress.clear()
          for (const { index, result } of results) reports.push(reported(files[index]!, result, options))
        },
      })
    })
  } finally {
    process.off('SIGINT', cancel)
    progress.clear()
  }
  if (outcome.cancelled) {
    const done = outcome.results.length
    complain(`cancelled: ${done} of ${files.length} files were imported (or skipped), each whole; the other ${files.length - done} were not started.`)
    process.exitCode = 130
  }
  return reports
}

type Handled = Output<'importDocuments'>['results'][number]

// One file on its own, through importDocument.
async function importOne(api: Api, file: string, options: ImportOptions): Promise<ImportReport> {
  const fileName = basename(file)
  let handled: Handled
  try {
    const bytes = await readImportable(file)
    const result = await api.importDocument({
      fileName, contentBase64: bytes.toString('base64'), ...(options.keepDuplicates ? { duplicate: 'keep' } : {}),
      ...(options.wholePage ? { wholePage: true } : {}),
    })
    handled = { fileName, ...result }
  } catch (error) {
    if (!(error instanceof ApiError) && !(error instanceof FileError)) throw error
    handled = { fileName, status: 'failed', error: error.message }
  }
  return reported(file, handled, options)
}

// What became of a file, said (the document on standard output, the rest
// on standard error) and made a report.
function reported(file: string, result: Handled, { json }: ImportOptions): ImportReport {
  if (result.status === 'created') {
    if (!json) console.log(`${terminalText(result.document.id)}\t${terminalText(result.document.meta.title)}`)
    if (result.assumedEncoding) complain(`${file}: the file does not say how its text is encoded; read it as ${result.assumedEncoding}.`)
    // A doubt is not a failure: the document is in; say how to get all of the page.
    if (result.unsure) complain(`${file}: ${result.unsure} To import the whole page: sourcemark import --whole-page --keep-duplicates ${file}`)
    return { file, status: 'created', id: result.document.id, title: result.document.meta.title }
  }
  if (result.status === 'duplicate') {
    if (!json) complain(`${file} is already in the library as ${result.existing.id} ("${result.existing.meta.title}"); skipped. Use --keep-duplicates to add a second copy.`)
    return { file, status: 'duplicate', id: result.existing.id, title: result.existing.meta.title }
  }
  // The service names the file by its base name; name it by its path.
  const prefix = `${basename(file)}: `
  const message = result.error.startsWith(prefix) ? `${file}: ${result.error.slice(prefix.length)}` : result.error
  complain(message)
  return { file, status: 'failed', error: message }
}

// Folders replaced by the articles in them (by extension, in name order,
// not descending); a saved page's _files folder stays, to be refused.
async function expandFolders(paths: string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (!info?.isDirectory() || /_files$/i.test(path.replace(/[\\/]+$/, ''))) {
      files.push(path)
      continue
    }
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && isArticleName(entry.name))
      .map((entry) => entry.name)
      .sort()
    if (names.length === 0) throw new Error(`${path}: this folder holds no articles to import (.txt, .md, .html)`)
    files.push(...names.map((name) => join(path, name)))
  }
  return files
}

function isArticleName(name: string): boolean {
  try {
    return formatFromName(name) !== undefined
  } catch {
    return false
  }
}

async function readImportable(file: string): Promise<Buffer> {
  const info = await stat(file).catch((error: unknown) => { throw new FileError(`${file}: ${whyNotFound(error)}`) })
  if (info.isDirectory() && /_files$/i.test(file.replace(/[\\/]+$/, ''))) {
    // "Web page, complete" saves page.html beside page_files/; the page is in the .html.
    throw new FileError(`${file}: this is the folder of a saved web page; import the .html file beside it (${file.replace(/[\\/]+$/, '').replace(/_files$/i, '')}.html)`)
  }
  if (!info.isFile()) throw new FileError(`${file}: not a file`)
  if (info.size > MAX_IMPORT_BYTES) throw new FileError(`${file}: ${tooLargeWords(info.size)}`)
  // Checked again on the file opened, and the read itself kept to the limit.
  const read = await readBounded(file, MAX_IMPORT_BYTES)
  if (read.ok) return read.bytes
  throw new FileError(`${file}: ${refusalWords(read)}`)
}

// Why a file named on the command line cannot be looked at: "there is no
// such file" only when there is none.
function whyNotFound(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ELOOP') return 'it is a link that leads back to itself (a loop of links), not a file'
  if (code === 'EACCES' || code === 'EPERM') return 'Sourcemark may not look into the folder that holds it'
  if (code === 'ENOTDIR') return 'there is no such file (part of its path is a file, not a folder)'
  if (code === 'ENAMETOOLONG') return 'its name is too long for this system'
  return 'there is no such file'
}

// "importing 3 of 1000: a.txt, about 2 min left": one line rewritten on a
// terminal, one line per file otherwise (a log).
class Progress {
  readonly #total: number
  readonly #started = Date.now()
  readonly #terminal = process.stderr.isTTY === true
  #shown = false
  #last = -1

  constructor(total: number) {
    this.#total = total
  }

  show(done: number, file: string): void {
    // A log gets one line per file; a terminal's line also counts down the time.
    if (!this.#terminal && done === this.#last) return
    this.#last = done
    const line = `sourcemark: ${importProgressLine(done, this.#total, terminalText(file), Date.now() - this.#started)}`
    if (this.#terminal) {
      process.stderr.write(`\r\x1b[K${line}`)
      this.#shown = true
    } else console.error(line)
  }

  clear(): void {
    if (!this.#shown) return
    process.stderr.write('\r\x1b[K')
    this.#shown = false
  }
}
