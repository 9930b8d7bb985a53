// sourcemark <command> [options]
//   start   the desktop app; browser mode when no Electron runtime can be had
//   serve   browser mode: the app on 127.0.0.1, opened in the default browser
//   list    the documents in the library
//   import  articles (text, Markdown, HTML) into the library
//   export  a document's annotations as Markdown, W3C JSON-LD, HTML, CSV,
//           a Readwise CSV or Hypothesis annotations
//   suggest attribution suggestions for an article file or a document
// Plain Node: this file never imports Electron.

import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { MAX_IMPORT_BYTES, type Api } from '../shared/api/contract.ts'
import { findAppRoot } from './app-root.ts'
import { exportFormats, isExportFormat, isLibraryExportFormat, libraryExportFormats, type MarkdownOptions } from '../shared/export/formats.ts'
import { closest } from './cli/did-you-mean.ts'
import { findDocument } from './cli/find-document.ts'
import { toStandardOutput, writeOutput } from './cli/write-output.ts'
import { suggestCommand } from './cli/suggest.ts'
import { importArticles } from './cli/import-articles.ts'
import { COMMANDS, USAGE, type Command } from './cli/commands.ts'
import { terminalJson, terminalText } from './cli/terminal-text.ts'
import { resolveDataDir } from './data-dir.ts'
import { ensureElectronRuntime } from './electron-runtime.ts'
import { LAUNCH_CODE_LIFETIME_MS, PRINTED_CODE_LIFETIME_MS, startServer } from './http/server.ts'
import { openBrowser } from './open-browser.ts'
import { openServices, type ServiceOptions } from './services.ts'
import { throughDispatch } from './dispatch.ts'
import { LockError } from './store/lock.ts'
import { takeFolder } from './store/take-folder.ts'
import { onStoreNotice } from './store/store.ts'


// Every message and listing goes out through these two: what they print may
// quote a title, a file name or a tag, and none of it reaches the terminal
// raw (terminal-text.ts). Exports to standard output do not: they are data.
function say(line: string): void {
  console.log(terminalText(line))
}

function complain(line: string): void {
  console.error(`sourcemark: ${terminalText(line)}`)
}

export class UsageError extends Error {
  readonly usage: string
  constructor(message: string, usage: string = USAGE) {
    super(message)
    this.usage = usage
  }
}

function unknownCommand(name: string): UsageError {
  const guess = closest(name, [...Object.keys(COMMANDS), 'help'])
  return new UsageError(`unknown command ${JSON.stringify(name)}${guess ? `; did you mean "${guess}"?` : ''}`)
}

function version(): string {
  const { version } = JSON.parse(readFileSync(join(findAppRoot(), 'package.json'), 'utf8')) as { version: string }
  return version
}

async function main(argv: string[]): Promise<void> {
  const at = commandIndex(argv)
  const name = at === -1 ? 'start' : argv[at]!
  if (at === -1 && argv.includes('--version')) return void console.log(`sourcemark ${version()}`)
  if (name === 'help') {
    const topic = argv.slice(at + 1).find((a) => !a.startsWith('-'))
    if (topic === undefined) return void console.log(USAGE)
    if (!Object.hasOwn(COMMANDS, topic)) throw unknownCommand(topic)
    return void console.log(COMMANDS[topic as Command].usage)
  }
  if (at === -1 && argv.some((a) => a === '-h' || a === '--help')) return void console.log(USAGE)
  if (!Object.hasOwn(COMMANDS, name)) throw unknownCommand(name)
  const command = COMMANDS[name as Command]
  let parsed
  try {
    parsed = parseArgs({
      args: argv.filter((_, i) => i !== at),
      options: { ...command.options, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    throw new UsageError((error as Error).message, command.usage)
  }
  const { values, positionals } = parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] }
  if (values.help) return void console.log(command.usage)
  const dataDir = resolveDataDir(values['data-dir'] as string | undefined)
  if (name === 'import') {
    if (positionals.length === 0) throw new UsageError('which files? give the paths of the articles to import', command.usage)
    return importArticles((use) => withLibrary(dataDir, use), positionals, { keepDuplicates: !!values['keep-duplicates'], wholePage: !!values['whole-page'], json: !!values.json })
  }
  const wantArgs = name === 'export' || name === 'suggest' ? (values.all ? 0 : 1) : name === 'import-annotations' ? 2 : 0
  if (positionals.length !== wantArgs) {
    const which = name === 'suggest' ? 'which article? give a file, or a document\'s id or the start of its title' : 'which document? give its id or the start of its title'
    throw new UsageError(positionals.length > wantArgs ? `unexpected argument ${JSON.stringify(positionals[wantArgs])}` : positionals.length === 0 ? which : 'which file? give the path of the annotations to import', command.usage)
  }
  if (name === 'suggest') return suggestCommand(dataDir, positionals[0]!, !!values.json, complain)
  if (name === 'serve') return serve(dataDir, parsePort(values.port as string | undefined), !values['no-open'])
  if (name === 'start') return start(dataDir)
  if (name === 'list') return list(dataDir, !!values.json)
  if (name === 'import-annotations') return importAnnotations(dataDir, positionals[0]!, positionals[1]!, !!values.json)
  const out: ExportOutput = { output: values.output as string | undefined, force: !!values.force, json: !!values.json }
  const format = values.format as string | undefined
  if (values.all) return exportLibrary(dataDir, format, out)
  return exportDocument(dataDir, positionals[0]!, format, markdownOptions(values), out)
}

// Where the command word is: the first word that is not an option or an
// option's value.
function commandIndex(argv: readonly string[]): number {
  const takesValue = new Set(['--data-dir', '--port', '--format', '--output', '-o', '--group-by'])
  for (let i = 0; i < argv.length; i++) {
    if (takesValue.has(argv[i]!)) i++
    else if (!argv[i]!.startsWith('-')) return i
  }
  return -1
}

// The library as the app sees it, with the one-writer lock held meanwhile.
// Commands that only read (list, export) still work while the app has the
// folder, or on a folder that cannot be written: they open it read-only and
// change nothing on disk.
async function withLibrary<T>(dataDir: string, use: (api: Api) => Promise<T>, { readsOnly = false } = {}): Promise<T> {
  const resourcesDir = join(findAppRoot(), 'resources')
  onStoreNotice((notice) => complain(notice))
  let taken
  try {
    taken = await takeFolder(dataDir)
  } catch (error) {
    if (!(error instanceof LockError) || !readsOnly) throw error
    complain(error.pid === null ? `${error.message} Reading it without changing anything.` : `another Sourcemark (pid ${error.pid}) is using ${dataDir}; reading it without changing anything.`)
    return use(await openClient({ dataDir, resourcesDir, readOnly: true }))
  }
  const { lock, readOnlyBecause } = taken
  if (!lock) {
    if (!readsOnly) throw new Error(`nothing can be changed in ${dataDir}, because ${readOnlyBecause}.`)
    return use(await openClient({ dataDir, resourcesDir, readOnly: true, readOnlyBecause }))
  }
  try {
    return await use(await openClient({ dataDir, resourcesDir, lock }))
  } finally {
    await lock.release()
  }
}

// The CLI is a client like the app's windows: every call goes through
// dispatch, so its input is checked and its errors are the API's, in words.
async function openClient(options: ServiceOptions): Promise<Api> {
  return throughDispatch(await openServices(options))
}

async function list(dataDir: string, json: boolean): Promise<void> {
  const documents = await withLibrary(dataDir, (api) => api.listDocuments({}), { readsOnly: true })
  if (json) return void console.log(terminalJson(documents))
  if (documents.length === 0) return void say('The library is empty.')
  const width = Math.max(...documents.map((d) => d.id.length))
  for (const d of documents) say(`${d.id.padEnd(width)}  ${String(d.annotationCount).padStart(5)}  ${d.meta.title}`)
}

async function importAnnotations(dataDir: string, query: string, file: string, json: boolean): Promise<void> {
  const size = await stat(file).then((s) => s.size, () => { throw new Error(`there is no file at ${file}`) })
  if (size > MAX_IMPORT_BYTES) throw new Error(`${file} is ${size} bytes; annotation files up to ${MAX_IMPORT_BYTES} bytes can be imported`)
  let data: unknown
  try {
    data = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file} is not JSON (${(error as Error).message})`)
  }
  const { title, result } = await withLibrary(dataDir, async (api) => {
    const { id, meta } = findDocument(await api.listDocuments({}), query)
    return { title: meta.title, result: await api.importAnnotations({ documentId: id, data }) }
  })
  if (json) console.log(terminalJson(result))
  else say(`Imported ${result.imported} annotation${result.imported === 1 ? '' : 's'} into "${title}"${result.alreadyPresent ? `; ${result.alreadyPresent} were already there` : ''}.`)
  // What could not be placed is a problem to see, apart from the result.
  for (const orphan of result.orphans) complain(`not imported: "${orphan.quote.slice(0, 80)}" (${orphan.reason})`)
  if (result.unknownSources.length && !json) say(`Tags that match no source (left off): ${result.unknownSources.join(', ')}`)
  if (result.imported === 0 && result.alreadyPresent === 0 && result.orphans.length > 0) process.exitCode = 1
}

interface ExportOutput { output: string | undefined; force: boolean; json: boolean }

function markdownOptions(values: Record<string, string | boolean | undefined>): MarkdownOptions | undefined {
  const groupBy = values['group-by']
  if (groupBy !== undefined && groupBy !== 'document' && groupBy !== 'source') {
    throw new UsageError(`--group-by is document or source, not ${JSON.stringify(groupBy)}`, COMMANDS.export.usage)
  }
  const options: MarkdownOptions = {
    ...(groupBy !== undefined ? { groupBy } : {}),
    ...(values.context ? { context: true } : {}),
    ...(values.callouts ? { callouts: true } : {}),
  }
  return Object.keys(options).length > 0 ? options : undefined
}

async function exportDocument(dataDir: string, query: string, format: string | undefined, markdown: MarkdownOptions | undefined, out: ExportOutput): Promise<void> {
  if (!format) throw new UsageError(`--format is required: one of ${exportFormats.join(', ')}`, COMMANDS.export.usage)
  if (!isExportFormat(format)) throw new UsageError(`unknown format ${JSON.stringify(format)}: use one of ${exportFormats.join(', ')}`, COMMANDS.export.usage)
  if (markdown !== undefined && format !== 'md') throw new UsageError('--group-by, --context and --callouts are for --format md', COMMANDS.export.usage)
  const file = await withLibrary(dataDir, async (api) => {
    const { id } = findDocument(await api.listDocuments({}), query)
    return api.exportDocument({ documentId: id, format, ...(markdown ? { markdown } : {}) })
  }, { readsOnly: true })
  await writeExport(format, file, out)
}

async function exportLibrary(dataDir: string, format: string | undefined, out: ExportOutput): Promise<void> {
  const formats = libraryExportFormats.join(', ')
  if (!format) throw new UsageError(`--format is required: one of ${formats}`, COMMANDS.export.usage)
  if (!isLibraryExportFormat(format)) {
    throw new UsageError(`the whole library can be exported as ${formats}${format === 'html' ? '; html is for one document at a time' : `, not ${JSON.stringify(format)}`}`, COMMANDS.export.usage)
  }
  const file = await withLibrary(dataDir, (api) => api.exportLibrary({ format }), { readsOnly: true })
  await writeExport(format, file, out)
}

// Standard output gets the export as it is (data, not text for a person);
// --json wraps it, or says where it went.
async function writeExport(format: string, file: { filename: string; mimeType: string; content: string }, out: ExportOutput): Promise<void> {
  const about = { format, filename: file.filename, mimeType: file.mimeType }
  if (toStandardOutput(out.output)) {
    // The same JSON value as the export, with terminal controls as \u escapes.
    if (out.json) console.log(terminalJson({ ...about, content: file.content }))
    else process.stdout.write(file.content)
    return
  }
  // An existing file is a failure (exit 1), not a usage error: the command was right.
  await writeOutput(file.content, out.output!, out.force)
  if (out.json) console.log(terminalJson({ ...about, output: out.output }))
  else console.error(terminalText(`Exported to ${out.output}`))
}

async function serve(dataDir: string, port: number | undefined, open: boolean): Promise<void> {
  const root = findAppRoot()
  // One writer per data directory; a second one stops here with a message.
  // A folder that cannot be written is opened read-only (a notice says so).
  const { lock, readOnlyBecause } = await takeFolder(dataDir)
  // What recovery did with a bad file, now and when a document is opened.
  onStoreNotice((notice) => complain(notice))
  const api = await openServices({ dataDir, resourcesDir: join(root, 'resources'), indexAtStart: true, ...(lock ? { lock } : { readOnly: true, readOnlyBecause }) })
  const server = await startServer({ api, rendererDir: join(root, 'dist', 'renderer'), ...(port === undefined ? {} : { port }) })
  // Before the URL is printed: whoever reads it may stop us at once.
  const stop = () => void server.close().then(() => lock?.release()).then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  // Two one-time addresses, each spent on first load: the printed one
  // (only the user sees standard output) may wait a while for them; the
  // one on the opener's command line, visible to all, lasts a minute.
  console.log(`Sourcemark running at ${server.launchUrl(PRINTED_CODE_LIFETIME_MS)}`)
  if (open) openBrowser(server.launchUrl(LAUNCH_CODE_LIFETIME_MS))
}

async function start(dataDir: string): Promise<void> {
  const runtime = await ensureElectronRuntime({ log: (line) => console.error(line) })
  if (!runtime.ok) {
    console.error(terminalText(`Electron runtime unavailable (${runtime.reason}); starting browser mode instead.`))
    return serve(dataDir, undefined, true)
  }
  const root = findAppRoot()
  // Without ELECTRON_RUN_AS_NODE, or the binary would start as plain Node.
  const { ELECTRON_RUN_AS_NODE: _, ...env } = process.env
  const child = spawn(runtime.executable, [root, '--data-dir', dataDir], { stdio: 'inherit', env })
  child.on('exit', (code) => process.exit(code ?? 1))
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(value)}`)
  return port
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`sourcemark: ${terminalText(error.message)}\n\n${error.usage}`)
    process.exit(2)
  }
  complain(String((error as Error)?.message ?? error))
  process.exit(1)
})
