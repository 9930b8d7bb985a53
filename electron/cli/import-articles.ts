// `sourcemark import FILE|FOLDER...`: each file on its own (one that cannot
// be imported is reported and the rest still go in; the exit code says
// whether any failed). A folder stands for the articles in it. With more
// than one file, progress goes to standard error: the count, the file and
// the time left. Ctrl-C (SIGINT) cancels between files: the file being
// saved is finished, every file imported is whole and listed, the rest are
// not started, and the exit code is 130.

import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { ApiError, MAX_IMPORT_BYTES, type Api } from '../../shared/api/contract.ts'
import { formatFromName } from '../../shared/import/file.ts'
import { importProgressLine } from '../../shared/import/progress-words.ts'
import { terminalJson, terminalText } from './terminal-text.ts'

type ImportReport = { file: string; status: 'created' | 'duplicate'; id: string; title: string } | { file: string; status: 'failed'; error: string }

export interface ImportOptions { keepDuplicates: boolean; wholePage: boolean; json: boolean }
type WithLibrary = <T>(use: (api: Api) => Promise<T>) => Promise<T>

class FileError extends Error {}

const complain = (line: string) => console.error(`sourcemark: ${terminalText(line)}`)

export async function importArticles(withLibrary: WithLibrary, paths: string[], { keepDuplicates, wholePage, json }: ImportOptions): Promise<void> {
  let failed = 0
  const reports: ImportReport[] = []
  const files = await expandFolders(paths)
  const progress = files.length > 1 ? new Progress(files.length) : null
  let cancelled = false
  const cancel = () => {
    cancelled = true
    progress?.clear()
    complain('cancelling: the file being saved is finished first…')
  }
  process.on('SIGINT', cancel)
  let done = 0
  try {
    await withLibrary(async (api) => {
      for (const file of files) {
        if (cancelled) break
        progress?.show(done, file)
        const report = await importOne(api, file, { keepDuplicates, wholePage, json }, progress)
        reports.push(report)
        if (report.status === 'failed') failed++
        done++
      }
    })
  } finally {
    process.off('SIGINT', cancel)
    progress?.clear()
  }
  if (json) console.log(terminalJson(reports))
  if (cancelled) {
    complain(`cancelled: ${done} of ${files.length} files were imported (or skipped), each whole; the other ${files.length - done} were not started.`)
    process.exitCode = 130
  } else if (failed) process.exitCode = 1
}

async function importOne(api: Api, file: string, { keepDuplicates, wholePage, json }: ImportOptions, progress: Progress | null): Promise<ImportReport> {
  try {
    const bytes = await readImportable(file)
    const result = await api.importDocument({
      fileName: basename(file), contentBase64: bytes.toString('base64'), ...(keepDuplicates ? { duplicate: 'keep' } : {}),
      ...(wholePage ? { wholePage } : {}),
    })
    progress?.clear()
    if (result.status === 'created') {
      if (!json) console.log(`${terminalText(result.document.id)}\t${terminalText(result.document.meta.title)}`)
      if (result.assumedEncoding) complain(`${file}: the file does not say how its text is encoded; read it as ${result.assumedEncoding}.`)
      // A doubt is not a failure: the document is in; say how to get all of the page.
      if (result.unsure) complain(`${file}: ${result.unsure} To import the whole page: sourcemark import --whole-page --keep-duplicates ${file}`)
      return { file, status: 'created', id: result.document.id, title: result.document.meta.title }
    }
    if (!json) complain(`${file} is already in the library as ${result.existing.id} ("${result.existing.meta.title}"); skipped. Use --keep-duplicates to add a second copy.`)
    return { file, status: 'duplicate', id: result.existing.id, title: result.existing.meta.title }
  } catch (error) {
    if (!(error instanceof ApiError) && !(error instanceof FileError)) throw error
    progress?.clear()
    // The service names the file by its base name; name it by its path.
    const prefix = `${basename(file)}: `
    const message = error.message.startsWith(prefix) ? `${file}: ${error.message.slice(prefix.length)}` : error.message
    complain(message)
    return { file, status: 'failed', error: message }
  }
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
  const info = await stat(file).catch(() => { throw new FileError(`${file}: there is no such file`) })
  if (info.isDirectory() && /_files$/i.test(file.replace(/[\\/]+$/, ''))) {
    // "Web page, complete" saves page.html beside page_files/; the page is in the .html.
    throw new FileError(`${file}: this is the folder of a saved web page; import the .html file beside it (${file.replace(/[\\/]+$/, '').replace(/_files$/i, '')}.html)`)
  }
  if (!info.isFile()) throw new FileError(`${file}: not a file`)
  if (info.size > MAX_IMPORT_BYTES) throw new FileError(`${file}: ${info.size} bytes is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB import limit`)
  return readFile(file)
}

// "importing 3 of 1000: a.txt, about 2 min left": one line rewritten on a
// terminal, one line per file otherwise (a log).
class Progress {
  readonly #total: number
  readonly #started = Date.now()
  readonly #terminal = process.stderr.isTTY === true
  #shown = false

  constructor(total: number) {
    this.#total = total
  }

  show(done: number, file: string): void {
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
