// Importing articles: a file's bytes go to importDocument as base64 and
// the service decides what the file is. The same file again asks whether
// to open the copy already there or keep a second one. Many files go in
// batches to importDocuments, with progress and Cancel. The last document
// imported (or chosen) is opened. When the service is not sure it found the
// article in a web page, the status says why and offers to import the
// whole page in place of what was found.

import { MAX_IMPORT_BYTES, type DocumentSummary, type Output } from '../../shared/api/contract.ts'
import { bytesToBase64 } from '../base64.ts'
import type { Command, CommandContext } from './command.ts'
import { openDocument } from './library.ts'
import { importProgressLine } from '../../shared/import/progress-words.ts'
import { importInBatches } from '../../shared/api/import-batches.ts'

interface Notes { unsure?: string; assumedEncoding?: string }

// What happened to each file is said in the status; failures are thrown
// together at the end so the error line names every file that did not
// import.
export const importArticles: Command<{ files: readonly File[] }> = {
  id: 'library.importArticles',
  title: 'Import articles',
  run: async (ctx, { files }) => {
    const { said, failed, last, doubted } = files.length > 1 ? await importMany(ctx, files) : await importSingle(ctx, files[0]!)
    if (last) await openDocument(ctx, last)
    if (said.length) {
      const replace: WholePageArgs | null = doubted && { fileName: doubted.file.name, contentBase64: await base64Of(doubted.file), replaces: doubted.id }
      ctx.ui.status(said.join(' '), replace ? { label: 'Import the whole page', run: () => void ctx.run('library.importWholePage', replace) } : undefined)
    }
    if (ctx.library.shown) await ctx.library.refresh()
    if (failed.length) throw new Error(failed.join(' '))
  },
}

// What an import did: the words for the status, the failures, the last
// document to open and the last one the importer was unsure of.
interface Told { said: string[]; failed: string[]; last: string | null; doubted: { file: File; id: string } | null }

async function importSingle(ctx: CommandContext, file: File): Promise<Told> {
  const told: Told = { said: [], failed: [], last: null, doubted: null }
  try {
    const outcome = await importOne(ctx, file)
    if (!outcome) told.said.push(`${file.name} not imported.`)
    else if (outcome.created) tellCreated(told, file, outcome.summary, outcome)
    else {
      told.last = outcome.summary.id
      told.said.push(`Opened “${outcome.summary.meta.title}”, already in the library.`)
    }
  } catch (error) {
    told.failed.push(failure(file, error instanceof Error ? error.message : String(error)))
  }
  return told
}

// Many files: in batches on the server (shared/api/import-batches.ts), with
// progress and Cancel, which reaches the server: it stops before its next
// file. A file already in the library is skipped, not asked about.
// How many documents the status names one by one.
const NAMED = 5

async function importMany(ctx: CommandContext, files: readonly File[]): Promise<Told> {
  const told: Told = { said: [], failed: [], last: null, doubted: null }
  const importId = crypto.randomUUID()
  const progress = ctx.ui.importProgress(files.length, () => void ctx.api.cancelImport({ importId }))
  const started = Date.now()
  let outcome
  try {
    outcome = await importInBatches(ctx.api, files.map((file) => ({ name: file.name, size: file.size, read: () => base64Of(file) })), {
      importId,
      tick: () => progress.tick(),
      progress: (at) => {
        if (at < files.length) progress.update(capitalised(importProgressLine(at, files.length, files[at]!.name, Date.now() - started)), at)
      },
    })
  } finally {
    progress.done()
  }
  const created = outcome.results.filter(({ result }) => result.status === 'created').length
  const skipped = outcome.results.filter(({ result }) => result.status === 'duplicate').length
  for (const { index, result } of outcome.results) {
    const file = files[index]!
    if (result.status === 'created') tellCreated(told, file, result.document, result, created <= NAMED)
    else if (result.status === 'duplicate' && skipped <= NAMED) told.said.push(`Skipped “${result.existing.meta.title}”, already in the library.`)
    else if (result.status === 'failed') told.failed.push(failure(file, result.error))
  }
  // Past a few, counted rather than named.
  if (created > NAMED) told.said.unshift(`Imported ${created} articles.`)
  if (skipped > NAMED) told.said.push(`Skipped ${skipped} already in the library.`)
  if (outcome.cancelled) {
    const taken = outcome.results.length
    told.said.push(`Import cancelled: ${taken} of ${files.length} files were taken; the other ${files.length - taken} were not started.`)
  }
  return told
}

function tellCreated(told: Told, file: File, summary: DocumentSummary, notes: Notes, named = true): void {
  told.last = summary.id
  if (named) told.said.push(`Imported “${summary.meta.title}”.`)
  if (notes.assumedEncoding) told.said.push(`It does not say how its text is encoded; read as ${notes.assumedEncoding}.`)
  if (notes.unsure) {
    told.said.push(notes.unsure)
    told.doubted = { file, id: summary.id }
  }
}

// The services' messages name the file already ("x.txt: The file is empty.").
function failure(file: File, message: string): string {
  return message.includes(file.name) ? message : `${file.name}: ${message}`
}

async function base64Of(file: File): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) throw new Error(`${file.name} is larger than 20 MB.`)
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()))
}

interface WholePageArgs { fileName: string; contentBase64: string; replaces: string }

// The whole page replaces what was found; the found part goes to the trash.
export const importWholePage: Command<WholePageArgs> = {
  id: 'library.importWholePage',
  title: 'Import the whole page',
  run: async (ctx, { fileName, contentBase64, replaces }) => {
    const result = await ctx.api.importDocument({ fileName, contentBase64, duplicate: 'keep', wholePage: true })
    if (result.status !== 'created') throw new Error(`${fileName}: the whole page was not imported.`)
    await ctx.api.deleteDocument({ documentId: replaces })
    await openDocument(ctx, result.document.id)
    if (ctx.library.shown) await ctx.library.refresh()
    return `Imported the whole page of “${result.document.meta.title}”.`
  },
}

type Outcome = ({ summary: DocumentSummary; created: boolean } & Notes) | null

async function importOne(ctx: CommandContext, file: File): Promise<Outcome> {
  const contentBase64 = await base64Of(file)
  const first = await ctx.api.importDocument({ fileName: file.name, contentBase64 })
  if (first.status === 'created') return { summary: first.document, created: true, ...notes(first) }
  const choice = await ctx.ui.ask({
    title: 'Already in your library',
    message: `You already have “${first.existing.meta.title}”. Open it, or keep a second copy?`,
    choices: [
      { value: 'open', label: 'Open existing', tone: 'primary' },
      { value: 'keep', label: 'Keep both' },
      { value: 'cancel', label: 'Cancel' },
    ],
    cancel: 'cancel',
    initial: 'open',
  })
  if (choice === 'cancel') return null
  if (choice === 'open') return { summary: first.existing, created: false }
  const second = await ctx.api.importDocument({ fileName: file.name, contentBase64, duplicate: 'keep' })
  if (second.status !== 'created') throw new Error(`${file.name}: the second copy was not kept.`)
  return { summary: second.document, created: true, ...notes(second) }
}

function notes(result: Extract<Output<'importDocument'>, { status: 'created' }>): Notes {
  return { ...(result.unsure ? { unsure: result.unsure } : {}), ...(result.assumedEncoding ? { assumedEncoding: result.assumedEncoding } : {}) }
}

function capitalised(line: string): string {
  return line.charAt(0).toUpperCase() + line.slice(1)
}
