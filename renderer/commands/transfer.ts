// Commands that move annotations in and out of the app: export a document
// or the library to a file, import a file of web annotations onto the open
// document.

import { ApiError, type Output } from '../../shared/api/contract.ts'
import { isLibraryExportFormat } from '../../shared/export/formats.ts'
import type { Command, CommandContext } from './command.ts'
import type { ExportChoice } from '../ui/export-dialog.ts'

const MAX_ANNOTATION_FILE_BYTES = 20 * 1024 * 1024

// The web annotation importer (its schemas, the anchoring) is loaded when a
// file is imported, not with the app (issue 18: app.js's evaluation is on
// the start's critical path).
type Importer = typeof import('../../shared/web-annotation/import.ts')
const importer = (): Promise<Importer> => import('../../shared/web-annotation/import.ts')

function openDocumentId(ctx: CommandContext): string {
  const id = ctx.reader.documentId
  if (!id) throw new Error('Open a document first.')
  return id
}

// markdown: the Markdown notes' layout (one document only; the export
// dialog offers it).
const exportFile: Command<ExportChoice> = {
  id: 'file.export',
  title: 'Export',
  run: async (ctx, { scope, format, markdown }) => {
    const file = scope === 'library' && isLibraryExportFormat(format)
      ? await ctx.api.exportLibrary({ format })
      : await ctx.api.exportDocument({ documentId: openDocumentId(ctx), format, ...(format === 'md' && markdown ? { markdown } : {}) })
    ctx.ui.download(file)
    return `Exported “${file.filename}”.`
  },
}

const importAnnotations: Command<{ file: File }> = {
  id: 'file.importAnnotations',
  title: 'Import annotations',
  run: async (ctx, { file }) => {
    if (file.size > MAX_ANNOTATION_FILE_BYTES) throw new Error(`${file.name} is larger than 20 MB.`)
    let data: unknown
    try {
      data = JSON.parse(await file.text())
    } catch {
      throw new Error(`${file.name} is not a JSON file.`)
    }
    const documentId = openDocumentId(ctx)
    const { importWebAnnotations, NOT_IN_DOCUMENT } = await importer()
    const added = await offerNewSources(ctx, file.name, data, importWebAnnotations)
    let result
    try {
      result = await ctx.api.importAnnotations({ documentId, data, keepOrphans: true })
    } catch (error) {
      // Which file, then why: the service's reason is already in words.
      if (error instanceof ApiError && error.code === 'invalid-input') throw new Error(`“${file.name}” was not imported. ${error.message}`)
      throw error
    }
    if (added.length) await ctx.reader.session?.reloadSources()
    await ctx.reader.session?.reloadAnnotations()
    const orphans = result.orphans.some((o) => o.reason === NOT_IN_DOCUMENT) ? ' Those not placed are listed under Orphans in the sidebar.' : ''
    return (added.length ? `Added ${added.length} new source${added.length === 1 ? '' : 's'}: ${added.join(', ')}. ` : '') + describeImport(result) + orphans
  },
}

// Tags naming sources the registry lacks: asked, before anything is
// written, whether to add them as new sources (their annotations are then
// attributed to them) or to skip those tags. The same importer the services
// run finds them on the same text; a file it refuses is left to the
// services to refuse in words.
async function offerNewSources(ctx: CommandContext, fileName: string, data: unknown, importWebAnnotations: Importer['importWebAnnotations']): Promise<string[]> {
  const text = ctx.reader.text()
  const session = ctx.reader.session
  if (text === null || !session) return []
  let unknown: string[]
  try {
    unknown = importWebAnnotations(data, { text, sources: session.sources }).unknownSources.filter((name) => name.length <= 200)
  } catch {
    return []
  }
  if (unknown.length === 0) return []
  const shown = unknown.slice(0, 8).map((name) => `“${name}”`).join(', ') + (unknown.length > 8 ? ` and ${unknown.length - 8} more` : '')
  const answer = await ctx.ui.ask({
    title: unknown.length === 1 ? 'Add a new source?' : `Add ${unknown.length} new sources?`,
    message: `“${fileName}” tags annotations with ${unknown.length === 1 ? 'a source' : 'sources'} not in your list: ${shown}. Add ${unknown.length === 1 ? 'it' : 'them'} as new sources so those annotations are attributed, or skip these tags (the annotations are imported without them).`,
    choices: [{ value: 'add', label: 'Add as new sources', tone: 'primary' }, { value: 'skip', label: 'Skip these tags' }],
    cancel: 'skip',
    initial: 'add',
  })
  if (answer !== 'add') return []
  const added: string[] = []
  for (const name of unknown) {
    await ctx.api.addSource({ name })
    added.push(name)
  }
  return added
}

export function describeImport(result: Output<'importAnnotations'>): string {
  const parts = [`Imported ${result.imported} annotation${result.imported === 1 ? '' : 's'}.`]
  if (result.alreadyPresent) parts.push(`${result.alreadyPresent} were already here.`)
  if (result.orphans.length) parts.push(orphansInWords(result.orphans))
  if (result.unknownSources.length) parts.push(`Tags that match no source: ${result.unknownSources.join(', ')}.`)
  return parts.join(' ')
}

// The annotations left out, by their quote (the first three, clipped).
const SHOWN = 3, CLIP = 60
function orphansInWords(orphans: Output<'importAnnotations'>['orphans']): string {
  const n = orphans.length
  const named = orphans.slice(0, SHOWN).map(({ quote }) => {
    const words = quote.replace(/\s+/g, ' ').trim()
    if (!words) return 'one without a quote'
    return `“${[...words].length > CLIP ? `${[...words].slice(0, CLIP - 1).join('')}…` : words}”`
  })
  if (n > SHOWN) named.push(`and ${n - SHOWN} more`)
  return `${n} could not be placed, ${n === 1 ? 'its text is' : 'their text is'} not in this article: ${named.join(', ')}.`
}

// The Export dialog, with a scope and format chosen (the desktop menu's
// Export items); the export runs once the reader has seen what it writes.
const exportDialog: Command<Pick<ExportChoice, 'scope' | 'format'>> = {
  id: 'file.exportDialog',
  title: 'Export…',
  run: async (ctx, initial) => {
    const choice = await ctx.ui.exportDialog(initial)
    // The export itself, within this command (ctx.run would wait for this one).
    return choice ? exportFile.run(ctx, choice) : undefined
  },
}

export const transferCommands = [exportFile, exportDialog, importAnnotations]
