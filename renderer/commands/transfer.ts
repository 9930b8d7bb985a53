// Commands that move annotations in and out of the app: export a document
// or the library to a file, import a file of web annotations onto the open
// document.

import { ApiError, type Output } from '../../shared/api/contract.ts'
import { isLibraryExportFormat, type ExportFormat } from '../../shared/export/formats.ts'
import type { Command, CommandContext } from './command.ts'

const MAX_ANNOTATION_FILE_BYTES = 20 * 1024 * 1024

function openDocumentId(ctx: CommandContext): string {
  const id = ctx.reader.documentId
  if (!id) throw new Error('Open a document first.')
  return id
}

const exportFile: Command<{ scope: 'document' | 'library'; format: ExportFormat }> = {
  id: 'file.export',
  title: 'Export',
  run: async (ctx, { scope, format }) => {
    const file = scope === 'library' && isLibraryExportFormat(format)
      ? await ctx.api.exportLibrary({ format })
      : await ctx.api.exportDocument({ documentId: openDocumentId(ctx), format })
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
    let result
    try {
      result = await ctx.api.importAnnotations({ documentId: openDocumentId(ctx), data })
    } catch (error) {
      // Which file, then why: the service's reason is already in words.
      if (error instanceof ApiError && error.code === 'invalid-input') throw new Error(`“${file.name}” was not imported. ${error.message}`)
      throw error
    }
    await ctx.reader.session?.reloadAnnotations()
    return describeImport(result)
  },
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

export const transferCommands = [exportFile, importAnnotations]
