// Commands on the library: show it, open a document, edit a document's
// details, delete one (undoable), and open the document to start with.
// Importing articles is import-articles.ts.

import type { DocumentSummary } from '../../shared/api/contract.ts'
import { askStartup, type Startup } from '../startup.ts'
import type { Command, CommandContext } from './command.ts'

// Opening a document goes back to reading.
export async function openDocument(ctx: CommandContext, documentId: string): Promise<void> {
  if (ctx.reader.documentId !== documentId) await ctx.reader.open(documentId)
  ctx.library.hide()
}

const open: Command<{ documentId: string }> = {
  id: 'library.open',
  title: 'Open document',
  run: (ctx, { documentId }) => openDocument(ctx, documentId),
}

const toggle: Command = {
  id: 'library.toggle',
  title: 'Show or hide the library',
  view: true,
  run: async (ctx) => {
    if (ctx.library.shown) ctx.library.hide()
    else void ctx.library.show()
  },
}

// The document the services say to show first, or the empty library:
// `startup` when the page asked for it already (startup.ts). Files dropped
// or chosen while the app was starting go first (commands wait their
// turn): what they opened stays, and so does their error line.
// `first` says whether no command that may change data ran before this one:
// what the page asked for at once is then still what the library holds;
// after one (a source added while the app was starting) it is asked for
// again. Opening the source manager, or any command that only moves the
// view, does not throw it away.
const openStartup: Command<{ startup?: Promise<Startup>; first?: () => boolean } | void> = {
  id: 'library.openStartup',
  title: 'Open the last document read',
  view: true,
  run: async (ctx, args) => {
    if (ctx.reader.documentId) return
    const { documentId, fetched } = await (args?.startup ?? askStartup(ctx.api))
    const current = args?.first && !args.first() ? undefined : fetched ?? undefined
    if (documentId) await ctx.reader.open(documentId, current)
    else ctx.reader.showEmpty()
  },
}

const editDetails: Command<{ document: DocumentSummary }> = {
  id: 'library.editDetails',
  title: 'Edit document details',
  run: async (ctx, { document: doc }) => {
    const edit = await ctx.ui.editMetadata(doc.meta)
    if (!edit) return
    const updated = await ctx.api.updateDocumentMeta({ documentId: doc.id, meta: edit })
    if (ctx.reader.documentId === doc.id) ctx.reader.showMeta(updated.meta)
    await ctx.library.refresh()
    return 'Details saved.'
  },
}

// After a delete: when the document was open, the first one left takes
// its place (or the empty library).
async function moveOn(ctx: CommandContext, wasOpen: boolean): Promise<void> {
  await ctx.library.refresh()
  if (!wasOpen) return
  const next = await ctx.library.first()
  if (next) await ctx.reader.open(next.id)
  else ctx.reader.showEmpty()
  ctx.library.render()
}

// Asks first. Undo restores the document (a library write) and reopens it
// when it was open; the status line offers that Undo too.
const deleteDocument: Command<{ document: DocumentSummary }> = {
  id: 'library.deleteDocument',
  title: 'Delete document',
  run: async (ctx, { document: doc }) => {
    const title = doc.meta.title
    // Counted now, in its turn: the list may have been read while a mark
    // made just before was still being saved. A file that cannot be read
    // keeps the list's count.
    const count = await ctx.api.listAnnotations({ documentId: doc.id }).then((list) => list.length, () => doc.annotationCount)
    const answer = await ctx.ui.ask({
      title: `Delete “${title}”?`,
      message: `“${title}” and its ${count} annotation${count === 1 ? '' : 's'} will be removed from the library. You can undo this right after.`,
      choices: [{ value: 'delete', label: 'Delete', tone: 'destructive' }, { value: 'cancel', label: 'Cancel' }],
      cancel: 'cancel',
      initial: 'cancel',
    })
    if (answer !== 'delete') return
    let wasOpen = ctx.reader.documentId === doc.id
    await ctx.api.deleteDocument({ documentId: doc.id })
    // Recorded as soon as the services deleted it, so a failure while the
    // screen moves on still leaves the delete undoable.
    ctx.history.record({
      undo: async () => {
        const restored = await ctx.api.restoreDocument({ documentId: doc.id })
        // Opened again when it was open, and when nothing is: deleted
        // before the start opened it, the start found the library empty.
        if (wasOpen || ctx.reader.documentId === null) await ctx.reader.open(restored.id)
        await ctx.library.refresh()
        return `Restored “${restored.meta.title}”.`
      },
      redo: async () => {
        wasOpen = ctx.reader.documentId === doc.id
        await ctx.api.deleteDocument({ documentId: doc.id })
        await moveOn(ctx, wasOpen)
        return `Deleted “${title}”.`
      },
    })
    await moveOn(ctx, wasOpen)
    ctx.ui.status(`Deleted “${title}”.`, { label: 'Undo', run: () => void ctx.run('history.undo') })
  },
}

export const libraryCommands = [open, toggle, openStartup, editDetails, deleteDocument]
