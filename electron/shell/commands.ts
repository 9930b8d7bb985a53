// The commands the desktop shell (menus, opened files, deep links) sends to
// the renderer: an id the renderer's command runner knows, and for some the
// arguments. The preload checks every message against this schema before
// the page sees it, so the channel carries nothing else. Ids the renderer
// has no command for yet are disabled in the menus (it reports its ids).

import { z } from 'zod'
import { AnnotationId } from '../../shared/model/annotation.ts'
import { DocumentId } from '../../shared/model/document.ts'
import { SourceId } from '../../shared/model/source.ts'
import { exportFormats } from '../../shared/export/formats.ts'

export const COMMAND_CHANNEL = 'sourcemark-shell:command'

// Commands without arguments.
const plainCommandIds = [
  'library.toggle', 'search.focus', 'reading.settings', 'suggestions.toggle', 'help.shortcuts',
  'annotation.markHighlight', 'annotation.markClaim', 'history.undo', 'history.redo',
] as const

// The renderer's own command for searching the selected words is the
// bridge's (renderer/desktop-bridge.ts): it fills the search field.
export const SEARCH_TEXT = 'search.text'

const MAX_ANNOTATION_FILE_CHARS = 20 * 1024 * 1024

export const ShellCommand = z.discriminatedUnion('id', [
  z.strictObject({ id: z.enum(plainCommandIds) }),
  // The Export dialog, opened with this scope and format chosen.
  z.strictObject({ id: z.literal('file.exportDialog'), args: z.strictObject({ scope: z.enum(['document', 'library']), format: z.enum(exportFormats) }) }),
  z.strictObject({ id: z.literal('library.open'), args: z.strictObject({ documentId: DocumentId }) }),
  z.strictObject({ id: z.literal('annotation.reveal'), args: z.strictObject({ id: AnnotationId }) }),
  z.strictObject({ id: z.literal('annotation.editNote'), args: z.strictObject({ id: AnnotationId }) }),
  z.strictObject({ id: z.literal('annotation.delete'), args: z.strictObject({ id: AnnotationId }) }),
  z.strictObject({ id: z.literal('annotation.tagSource'), args: z.strictObject({ sourceId: SourceId }) }),
  z.strictObject({ id: z.literal('file.importAnnotations'), args: z.strictObject({ name: z.string().min(1).max(255), text: z.string().max(MAX_ANNOTATION_FILE_CHARS) }) }),
  z.strictObject({ id: z.literal(SEARCH_TEXT), args: z.strictObject({ query: z.string().trim().min(1).max(500) }) }),
])
export type ShellCommand = z.infer<typeof ShellCommand>
export type ShellCommandId = ShellCommand['id']

// What the page reports of itself: the command ids it has (menus enable
// only those) and, on a right click, the annotation under the pointer.
export const CommandsReport = z.array(z.string().max(100)).max(1000)
export const ContextHint = z.strictObject({ annotationId: AnnotationId.nullable() })
