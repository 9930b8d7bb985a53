// `sourcemark export`: one document's annotations, or the whole library's,
// to a file or to standard output.

import type { MarkdownOptions } from '../../shared/export/formats.ts'
import { exportFormats, isExportFormat, isLibraryExportFormat, libraryExportFormats } from '../../shared/export/formats.ts'
import { COMMANDS } from './commands.ts'
import { findDocument } from './find-document.ts'
import { UsageError } from './messages.ts'
import { terminalJson, terminalText } from './terminal-text.ts'
import { withLibrary } from './with-library.ts'
import { toStandardOutput, writeOutput } from './write-output.ts'

export interface ExportOutput { output: string | undefined; force: boolean; json: boolean }

export function markdownOptions(values: Record<string, string | boolean | undefined>): MarkdownOptions | undefined {
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

export async function exportDocument(dataDir: string, query: string, format: string | undefined, markdown: MarkdownOptions | undefined, out: ExportOutput): Promise<void> {
  if (!format) throw new UsageError(`--format is required: one of ${exportFormats.join(', ')}`, COMMANDS.export.usage)
  if (!isExportFormat(format)) throw new UsageError(`unknown format ${JSON.stringify(format)}: use one of ${exportFormats.join(', ')}`, COMMANDS.export.usage)
  if (markdown !== undefined && format !== 'md') throw new UsageError('--group-by, --context and --callouts are for --format md', COMMANDS.export.usage)
  const file = await withLibrary(dataDir, async (api) => {
    const { id } = findDocument(await api.listDocuments({}), query)
    return api.exportDocument({ documentId: id, format, ...(markdown ? { markdown } : {}) })
  }, { readsOnly: true })
  await writeExport(format, file, out)
}

export async function exportLibrary(dataDir: string, format: string | undefined, out: ExportOutput): Promise<void> {
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
