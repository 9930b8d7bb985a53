// A command runner over fakes: the in-memory Api, a reader holding a real
// Session, a library panel, a selection and dialogs answered by the test.
// It records what the reader would have seen (status lines, errors).

import { allCommands } from '../../renderer/commands/index.ts'
import type { LibraryPort, ReaderPort } from '../../renderer/commands/command.ts'
import { CommandRunner } from '../../renderer/commands/runner.ts'
import { UndoHistory } from '../../renderer/history.ts'
import { Session } from '../../renderer/session.ts'
import { SuggestionState } from '../../renderer/suggestion-state.ts'
import type { DocumentSummary } from '../../shared/api/contract.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import type { Target } from '../../shared/model/annotation.ts'
import type { ReadingSettings } from '../../shared/model/reading.ts'
import { fakeApi, summary, type FakeApi } from './fake-api.ts'
import type { ExportChoice } from '../../renderer/ui/export-dialog.ts'

export const TEXT = 'Xinhua said the talks went well. Tass said so too. CNBC was not sure.'

export function words(text: string): Target {
  const start = TEXT.indexOf(text)
  return describeRange(TEXT, start, start + text.length)
}

export interface Harness {
  fake: FakeApi
  history: UndoHistory
  runner: CommandRunner
  reader: ReaderPort & { session: Session | null; revealed: string[] }
  suggestions: SuggestionState
  library: LibraryPort & { shown: boolean }
  // The text the reader has selected; taken by the next mark.
  selected: { target: Target | null }
  // What the next questions are answered.
  answers: string[]
  // The messages of the questions asked.
  asked: string[]
  statuses: string[]
  errors: string[]
  // Reading settings drawn, and panel toggles asked for.
  reading: { applied: ReadingSettings[]; toggled: string[] }
  // The "Undo" button of the last status line that had one.
  statusAction: { label: string; run(): void } | undefined
  // A many-file import's progress lines, open while it runs; cancel is its button.
  importProgress: { lines: string[]; counts: number[]; open: boolean; cancel: () => void } | null
  // Called with each progress line as it is shown (a test presses Cancel there).
  onImportProgress: ((line: string) => void) | null
  // The files downloaded (exports), by name.
  downloads: string[]
  // What the Export dialog was opened with, and what the reader chooses in it.
  exportDialogs: Pick<ExportChoice, 'scope' | 'format'>[]
  exportChoice: ExportChoice | null
}

export async function harness(documents: DocumentSummary[] = [summary('doc-a', 'A'), summary('doc-b', 'B')]): Promise<Harness> {
  const fake = fakeApi(documents)
  const history = new UndoHistory()
  let session: Session | null = null
  const reader = {
    get session() { return session },
    get documentId() { return session?.documentId ?? null },
    async open(documentId: string) {
      const [annotations, sources] = await Promise.all([fake.api.listAnnotations({ documentId }), fake.api.listSources({})])
      // As the real reader does when it replaces the session.
      history.forgetDocumentSteps()
      session = new Session(fake.api, history, documentId, annotations, sources)
    },
    showEmpty() { history.forgetDocumentSteps(); session = null },
    showMeta() {},
    painted: () => true,
    revealed: [] as string[],
    reveal(id: string) { this.revealed.push(id) },
    // As painted: by where each annotation starts in the text.
    readingOrder: () => [...(session?.annotations ?? [])].sort((a, b) => a.target.position.start - b.target.position.start).map((a) => a.id),
    selectRange() {},
    text: () => null,
  }
  let documentsShown: DocumentSummary[] = []
  const library = {
    shown: false,
    async show() { this.shown = true },
    hide() { this.shown = false },
    async refresh() { documentsShown = await fake.api.listDocuments({}) },
    first: async () => documentsShown[0] ?? null,
    render() {},
  }
  const h: Harness = {
    fake, history, reader, library, runner: undefined as unknown as CommandRunner,
    suggestions: new SuggestionState(fake.api),
    selected: { target: null }, answers: [], asked: [], statuses: [], errors: [], statusAction: undefined, importProgress: null, onImportProgress: null,
    downloads: [], exportDialogs: [], exportChoice: null,
    reading: { applied: [], toggled: [] },
  }
  h.runner = new CommandRunner(allCommands, {
    api: fake.api,
    history,
    reader,
    library,
    suggestions: h.suggestions,
    reading: {
      apply: (settings) => { h.reading.applied.push(settings) },
      toggleSettings: () => { h.reading.toggled.push('settings') },
      toggleAnnotations: () => { h.reading.toggled.push('annotations') },
    },
    selection: {
      take: () => { const taken = h.selected.target; h.selected.target = null; return taken },
      clear: () => { h.selected.target = null },
      restore: (target) => { h.selected.target = target },
    },
    ui: {
      status: (message, action) => { h.statuses.push(message); h.statusAction = action },
      ask: async <T extends string>(question: { message: string }) => { h.asked.push(question.message); return h.answers.shift() as T },
      editMetadata: async () => null,
      editNote: () => {},
      manageSources: () => {},
      sourcesChanged: () => {},
      focusSearch: () => {},
      pickSource: () => {},
      download: (file) => { h.downloads.push(file.filename) },
      exportDialog: async (initial) => {
        h.exportDialogs.push(initial)
        return h.exportChoice
      },
      showShortcuts: () => {},
      selectSentence: () => false,
      importProgress: (_total, cancel) => {
        const progress = { lines: [] as string[], counts: [] as number[], open: true, cancel }
        h.importProgress = progress
        return {
          update: (line, done) => { progress.lines.push(line); progress.counts.push(done); h.onImportProgress?.(line) },
          // The next turn of the event loop: no time passes in these tests.
          tick: () => new Promise<void>((resolve) => setImmediate(resolve)),
          done: () => { progress.open = false },
        }
      },
    },
  }, {
    succeeded: (message) => { if (message) h.statuses.push(message) },
    failed: (error) => h.errors.push(error instanceof Error ? error.message : String(error)),
  })
  await reader.open(documents[0]!.id)
  return h
}
