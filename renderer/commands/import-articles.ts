// Importing articles: each file's bytes go to importDocument as base64 and
// the service decides what the file is. The same file again asks whether
// to open the copy already there or keep a second one. The last document
// imported (or chosen) is opened.

import { MAX_IMPORT_BYTES, type DocumentSummary } from '../../shared/api/contract.ts'
import { bytesToBase64 } from '../base64.ts'
import type { Command, CommandContext } from './command.ts'
import { openDocument } from './library.ts'

type Outcome = { summary: DocumentSummary; created: boolean } | null

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
    for (const file of files) {
      try {
        const outcome = await importOne(ctx, file)
        if (!outcome) {
          done.push(`${file.name} not imported.`)
          continue
        }
        last = outcome.summary.id
        const title = `“${outcome.summary.meta.title}”`
        done.push(outcome.created ? `Imported ${title}.` : `Opened ${title}, already in the library.`)
      } catch (error) {
        // The services' messages name the file already ("x.txt: The file is empty.").
        const message = error instanceof Error ? error.message : String(error)
        failed.push(message.includes(file.name) ? message : `${file.name}: ${message}`)
      }
    }
    if (last) await openDocument(ctx, last)
    if (done.length) ctx.ui.status(done.join(' '))
    if (ctx.library.shown) await ctx.library.refresh()
    if (failed.length) throw new Error(failed.join(' '))
  },
}

async function importOne(ctx: CommandContext, file: File): Promise<Outcome> {
  if (file.size > MAX_IMPORT_BYTES) throw new Error(`${file.name} is larger than 20 MB.`)
  const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
  const first = await ctx.api.importDocument({ fileName: file.name, contentBase64 })
  if (first.status === 'created') return { summary: first.document, created: true }
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
  return { summary: second.document, created: true }
}
