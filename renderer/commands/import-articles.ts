// Importing articles: each file's bytes go to importDocument as base64 and
// the service decides what the file is. The same file again asks whether
// to open the copy already there or keep a second one. The last document
// imported (or chosen) is opened. When the service is not sure it found the
// article in a web page, the status says why and offers to import the
// whole page in place of what was found.

import { MAX_IMPORT_BYTES, type DocumentSummary, type Output } from '../../shared/api/contract.ts'
import { bytesToBase64 } from '../base64.ts'
import type { Command, CommandContext } from './command.ts'
import { openDocument } from './library.ts'
import { importProgressLine } from '../../shared/import/progress-words.ts'

interface Notes { unsure?: string; assumedEncoding?: string }
type Outcome = ({ summary: DocumentSummary; created: boolean; fileName: string; contentBase64: string } & Notes) | null

// What happened to each file is said in the status; failures are thrown
// together at the end so the error line names every file that did not
// import.
export const importArticles: Command<{ files: readonly File[] }> = {
  id: 'library.importArticles',
  title: 'Import articles',
  run: async (ctx, { files }) => {
    const done: string[] = []
    const failed: string[] = []
    let last: string | null = null
    let doubted: Outcome = null
    // Many files: progress and Cancel, which stops before the next file.
    let cancelled = false
    const progress = files.length > 1 ? ctx.ui.importProgress(files.length, () => { cancelled = true }) : null
    const started = Date.now()
    let handled = 0
    for (const file of files) {
      if (cancelled) break
      progress?.update(capitalised(importProgressLine(handled, files.length, file.name, Date.now() - started)), handled)
      handled++
      try {
        const outcome = await importOne(ctx, file)
        if (!outcome) {
          done.push(`${file.name} not imported.`)
          continue
        }
        last = outcome.summary.id
        const title = `“${outcome.summary.meta.title}”`
        done.push(outcome.created ? `Imported ${title}.` : `Opened ${title}, already in the library.`)
        if (outcome.assumedEncoding) done.push(`It does not say how its text is encoded; read as ${outcome.assumedEncoding}.`)
        if (outcome.unsure) {
          done.push(outcome.unsure)
          doubted = outcome
        }
      } catch (error) {
        // The services' messages name the file already ("x.txt: The file is empty.").
        const message = error instanceof Error ? error.message : String(error)
        failed.push(message.includes(file.name) ? message : `${file.name}: ${message}`)
      }
    }
    progress?.done()
    if (cancelled) done.push(`Import cancelled: ${handled} of ${files.length} files were taken; the other ${files.length - handled} were not started.`)
    if (last) await openDocument(ctx, last)
    if (done.length) {
      const whole = doubted
      const replace: WholePageArgs | null = whole && { fileName: whole.fileName, contentBase64: whole.contentBase64, replaces: whole.summary.id }
      ctx.ui.status(done.join(' '), replace ? { label: 'Import the whole page', run: () => void ctx.run('library.importWholePage', replace) } : undefined)
    }
    if (ctx.library.shown) await ctx.library.refresh()
    if (failed.length) throw new Error(failed.join(' '))
  },
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

async function importOne(ctx: CommandContext, file: File): Promise<Outcome> {
  if (file.size > MAX_IMPORT_BYTES) throw new Error(`${file.name} is larger than 20 MB.`)
  const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
  const kept = { fileName: file.name, contentBase64 }
  const first = await ctx.api.importDocument({ fileName: file.name, contentBase64 })
  if (first.status === 'created') return { summary: first.document, created: true, ...kept, ...notes(first) }
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
  if (choice === 'open') return { summary: first.existing, created: false, ...kept }
  const second = await ctx.api.importDocument({ fileName: file.name, contentBase64, duplicate: 'keep' })
  if (second.status !== 'created') throw new Error(`${file.name}: the second copy was not kept.`)
  return { summary: second.document, created: true, ...kept, ...notes(second) }
}

function notes(result: Extract<Output<'importDocument'>, { status: 'created' }>): Notes {
  return { ...(result.unsure ? { unsure: result.unsure } : {}), ...(result.assumedEncoding ? { assumedEncoding: result.assumedEncoding } : {}) }
}

function capitalised(line: string): string {
  return line.charAt(0).toUpperCase() + line.slice(1)
}
