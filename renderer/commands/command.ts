// A command is one thing the reader can ask for ("Mark as claim", "Undo",
// "Delete document"), named by an id so that keys, the toolbar, the sidebar,
// menus and a command palette all reach the same code. Commands see the app
// only through CommandContext, so tests can run them against fakes.

import type { Api, DocumentSummary } from '../../shared/api/contract.ts'
import type { Target } from '../../shared/model/annotation.ts'
import type { DocumentMeta } from '../../shared/model/document.ts'
import type { ReadingSettings } from '../../shared/model/reading.ts'
import type { Source } from '../../shared/model/source.ts'
import type { UndoHistory } from '../history.ts'
import type { SentenceMove } from '../sentence-spans.ts'
import type { Fetched } from '../document-fetch.ts'
import type { Session } from '../session.ts'
import type { SuggestionState } from '../suggestion-state.ts'
import type { Question } from '../ui/dialog.ts'
import type { MetaEdit } from '../ui/metadata-dialog.ts'
import type { ExportChoice } from '../ui/export-dialog.ts'

// A is what callers pass; P what run receives: A itself, or what prepare
// made of it.
export interface Command<A = void, P = A> {
  id: string
  title: string
  // Whether the command applies now, asked when it is invoked: annotation
  // commands act only on an article in view, never behind the library.
  enabled?(ctx: CommandContext, args: A): boolean
  // Runs at once when invoked, before the command waits its turn: reads what
  // must be read then (the selected text, the session).
  prepare?(ctx: CommandContext, args: A): P
  // Answers the status line to show, if any.
  run(ctx: CommandContext, args: P): Promise<string | void>
  // Only moves the view (selection, panels, focus), so the error line of an
  // earlier failure stays up.
  view?: boolean
}

// The open document, as commands see it (renderer/reader.ts).
export interface ReaderPort {
  readonly documentId: string | null
  readonly session: Session | null
  // fetched: the document's data asked for already (the startup document).
  open(documentId: string, fetched?: Promise<Fetched>): Promise<unknown>
  showEmpty(): void
  showMeta(meta: DocumentMeta): void
  painted(annotationId: string): boolean
  reveal(annotationId: string): void
  // The painted annotations' ids as they stand in the text.
  readingOrder(): readonly string[]
  selectRange(start: number, end: number): void
  // The open article's text (offsets count in it); null with none open.
  text(): string | null
}

// The library panel (renderer/ui/library-view.ts).
export interface LibraryPort {
  readonly shown: boolean
  show(focus?: boolean): Promise<void>
  hide(): void
  refresh(): Promise<void>
  // The first document in the order shown, unfiltered: which one to open next.
  first(): Promise<DocumentSummary | null>
  render(): void
}

// The reader's text selection in the article.
interface SelectionPort {
  // The selected text as a target, and the selection cleared; null when
  // nothing in the article is selected.
  take(): Target | null
  clear(): void
  // Selects a target's text again (a mark whose save failed), so the
  // reader can try again without finding it.
  restore(target: Target): void
}

interface StatusAction {
  label: string
  run(): void
}

// Dialogs, panels and the status line.
interface UiPort {
  status(message: string, action?: StatusAction): void
  ask<T extends string>(question: Question<T>): Promise<T>
  editMetadata(meta: DocumentMeta): Promise<MetaEdit | null>
  editNote(annotationId: string): void
  manageSources(): void
  // The sources changed while no document is open (its session shows them
  // otherwise).
  sourcesChanged(sources: readonly Source[]): void
  focusSearch(): void
  // Focuses the toolbar's type-to-filter source picker, when it shows one.
  pickSource(): void
  download(file: { filename: string; mimeType: string; content: string }): void
  // The Export dialog (renderer/ui/export-dialog.ts), opened with this
  // choice made; the reader's choice, or null when cancelled.
  exportDialog(initial: ExportChoice): Promise<ExportChoice | null>
  // The shortcuts help (renderer/ui/shortcuts-dialog.ts).
  showShortcuts(): void
  // Selects a sentence from the caret or selection in the article; false
  // when there is none that way.
  selectSentence(move: SentenceMove): boolean
  // A many-file import's progress and its Cancel button (cancel: the
  // reader asked to stop); tick() resolves when it is time to ask the
  // server how far it is again.
  importProgress(total: number, cancel: () => void): { update(line: string, done: number): void; tick(): Promise<void>; done(): void }
}

// Reading comfort: the settings as drawn, their panel, the annotations
// drawer of narrow windows (renderer/ui/reading-settings.ts, theme.ts).
interface ReadingPort {
  apply(settings: ReadingSettings): void
  toggleSettings(): void
  toggleAnnotations(): void
}

export interface CommandContext {
  api: Api
  reading: ReadingPort
  history: UndoHistory
  reader: ReaderPort
  library: LibraryPort
  selection: SelectionPort
  ui: UiPort
  // The open document's attribution suggestions.
  suggestions: SuggestionState
  // Invokes a command later, after those waiting: for buttons a command
  // makes (the status line's "Undo"). Never awaited inside a command, since
  // it waits for that command to finish.
  run(id: string, args?: unknown): Promise<boolean>
}

// The session of the article in view; null behind the library or with no
// document open.
export function reading(ctx: CommandContext): Session | null {
  return ctx.library.shown ? null : ctx.reader.session
}
