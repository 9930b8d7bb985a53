// Boots the reader: connect to the services, build the toolbar, sidebar,
// source manager, library, search and imports, hand every action to the
// command runner (renderer/commands/), and open the startup document.
// Wiring only: what an action does lives in its command.

// zod is made jitless (no eval under the CSP) by the build:
// scripts/zod-jitless.mjs.
import { connect } from './api-client.ts'
import { allCommands } from './commands/index.ts'
import { CommandRunner } from './commands/runner.ts'
import type { Placed } from './editor/painter.ts'
import { UndoHistory } from './history.ts'
import { connectDesktop } from './desktop-bridge.ts'
import { bindKeys, keyBindings } from './keys.ts'
import { ArticleCaret, caretKeys } from './ui/caret.ts'
import { Reader } from './reader.ts'
import { askStartup } from './startup.ts'
import { afterPaint } from './after-paint.ts'
import { endEarlyCalls } from './early-calls.ts'
import { takeSelection } from './selection.ts'
import { ask } from './ui/dialog.ts'
import { downloadFile } from './ui/download.ts'
import { showImportProgress } from './ui/import-progress.ts'
import type { ImportDialog } from './ui/import-dialog.ts'
import { fillAppBar } from './ui/app-actions.ts'
import { LibraryView } from './ui/library-view.ts'
import { guardLinks } from './ui/link-confirm.ts'
import { SearchView } from './ui/search-view.ts'
import { Sidebar } from './ui/sidebar.ts'
import { selectText } from './editor/select-text.ts'
import { SourceManager } from './ui/source-manager.ts'
import { applySourceColours } from './ui/source-colours.ts'
import { clearError, showError, showNotices, showStatus } from './ui/status.ts'
import { Toolbar } from './ui/toolbar.ts'
import { followSelection } from './ui/toolbar-follow.ts'
import type { Target } from '../shared/model/annotation.ts'
import type { Source } from '../shared/model/source.ts'
import { suggestionPanels } from './ui/suggestion-panels.ts'
import { ReadingPositions } from './reading-position.ts'
import { AnnotationsDrawer } from './ui/annotations-drawer.ts'
import { showLanguage } from './ui/document-language.ts'
import { ReadingSettingsPanel } from './ui/reading-settings.ts'
import { applyReadingSettings } from './ui/theme.ts'
import { followAppBarHeight } from './ui/app-bar-height.ts'
import type { ReadingSettings } from '../shared/model/reading.ts'

const api = connect()

async function boot(): Promise<void> {
  // Asked first: the answers come while the controls below are built.
  const startup = askStartup(api)
  // Every control below runs commands; the runner is made once they exist.
  const run = (id: string, args?: unknown) => void commands.run(id, args)
  const history = new UndoHistory()

  // The selection the toolbar was shown for, held while the source picker
  // has the focus (typing in it takes the text selection away).
  let held: Target | null = null
  const toolbar = new Toolbar({
    mark: (kind) => run(kind === 'claim' ? 'annotation.markClaim' : 'annotation.markHighlight'),
    source: (sourceId) => run('annotation.tagSource', { sourceId }),
    picking: (picking) => {
      held = picking ? follow.shownFor() : null
      if (!picking) placeToolbar()
    },
  })
  document.body.append(toolbar.element)

  const sourceManager = new SourceManager({
    add: (name, kind) => commands.run('sources.add', { name, kind }),
    rename: (sourceId, name) => run('sources.rename', { sourceId, name }),
    recolour: (sourceId, colour) => run('sources.recolour', { sourceId, colour }),
    remove: (sourceId) => run('sources.remove', { sourceId }),
    update: (sourceId, changes) => run('sources.update', { sourceId, changes }),
    move: (sourceId, by) => run('sources.move', { sourceId, by }),
    merge: (from, into) => run('sources.merge', { from, into }),
  })
  document.body.append(sourceManager.element)

  followAppBarHeight(document.querySelector<HTMLElement>('.app-bar')!)
  const readingPanel = new ReadingSettingsPanel((edit) => commands.run('reading.change', { edit }), () => run('reading.settings'))
  document.body.append(readingPanel.element)
  const drawer = new AnnotationsDrawer(() => run('view.toggleAnnotations'))
  const positions = new ReadingPositions(api, document.getElementById('reading-progress') as HTMLProgressElement)
  const showSettings = (settings: ReadingSettings) => {
    applyReadingSettings(settings)
    readingPanel.render(settings)
    // The text reflowed: keep the reader's place.
    positions.restore()
  }

  // The Import dialog shown, told when a document opens or closes.
  let importDialog: ImportDialog | null = null
  const reader = new Reader(api, history, {
    opened: (opened, placed) => {
      // An error about the document left behind no longer holds.
      clearError()
      suggestions.opened(opened?.session ?? null)
      showLanguage(opened?.article ?? null)
      positions.opened(opened)
      importDialog?.documentOpened(opened !== null)
      if (!opened) { toolbar.hide(); return }
      // The text is painted first: the sidebar's cards and the toolbar's
      // place come in the task after that frame. Placing the toolbar reads
      // the page's selection, which made Chromium lay the new article out
      // in the open's task, before the frame that lays it out anyway.
      sidebar.use(opened.session, placed)
      refresh(placed, true)
    },
    repainted: (placed) => { refresh(placed); suggestions.changed() },
    // One claim made: its mark and card are put in by themselves; the
    // toolbar follows in the next frame (placing it reads the layout the
    // new mark and card change), the suggestions and coverage once it is
    // saved, when the page is idle: done while the save was on its way,
    // that work (over the 10,000 annotations of a long article) could hold
    // up the answer's task, and "saved" a frame. A refused save draws
    // everything again (repainted). Its save answered changes nothing the
    // toolbar shows (the same span, kind and sources): the frame that
    // shows "saved" places nothing.
    stepped: (change, placed, index) => {
      sidebar.step(change, placed, index)
      if (change.kind === 'added') placeNextFrame()
      else suggestions.changed()
    },
    // Another annotation (or none) current: its card and the one before
    // it; the toolbar follows in the next frame. The annotations, sources,
    // counts and suggestions are as they were.
    selected: (previous) => {
      sidebar.select(previous)
      placeNextFrame()
    },
  })
  const suggestions = suggestionPanels(api, reader, run)

  const sidebar = new Sidebar({
    open: (id) => run('annotation.reveal', { id }),
    saveNote: (id, note) => commands.run('annotation.saveNote', { id, note }),
    remove: (id) => run('annotation.delete', { id }),
    manageSources: () => run('sources.manage'),
    editing: () => placeToolbar(),
  })
  document.getElementById('sidebar-host')!.append(...suggestions.elements, sidebar.element)

  const follow = followSelection(toolbar, reader, sidebar, () => library.shown)
  const placeToolbar = follow.place
  const placeNextFrame = follow.placeNextFrame
  const sidebarHost = document.getElementById('sidebar-host')!
  sidebarHost.addEventListener('transitionend', (event) => { if (event.target === sidebarHost && toolbar.shown) placeNextFrame() })

  // The source manager is drawn again only when the sources changed, not
  // at every new annotation.
  let managed: readonly Source[] | null = null
  // opening: a document was just opened (the sidebar draws itself after
  // the paint, see Sidebar.use; the toolbar is placed then too).
  const refresh = (placed: Placed[], opening = false) => {
    const sources = reader.session?.sources ?? []
    applySourceColours(sources)
    if (!opening) sidebar.render(placed)
    if (sources !== managed) sourceManager.render(sources)
    managed = sources
    if (!opening) return placeToolbar()
    // Not shown beside the document closed meanwhile.
    toolbar.hide()
    afterPaint(placeToolbar)
  }

  const search = new SearchView(api, (hit) => run('search.goTo', { hit }))
  const library = new LibraryView(api, {
    open: (documentId) => run('library.open', { documentId }),
    edit: (document) => run('library.editDetails', { document }),
    remove: (document) => run('library.deleteDocument', { document }),
  }, () => reader.documentId, search.element, (shown) => { positions.pause(shown); placeToolbar() })
  library.progressOf = (id) => positions.progress(id)
  document.querySelector('.layout')!.before(library.element)

  const desktop = 'sourcemarkDesktop' in window
  fillAppBar(document.getElementById('app-actions')!, {
    run,
    documentId: () => reader.documentId,
    importDialogShown: (dialog) => { importDialog = dialog },
    libraryToggle: library.toggle,
    annotationsToggle: drawer.button,
    readingToggle: readingPanel.button,
  })

  const host = document.getElementById('article')!
  guardLinks(host)
  // Placed once per frame, however many times the selection changed (a key
  // that marks a claim takes the selection away and draws the claim: one
  // placement in the next frame serves both).
  document.addEventListener('selectionchange', () => placeNextFrame(true))
  // A click (not a drag) on a painted span selects its annotation, the
  // innermost where they nest. ProseMirror may put back its last text
  // selection on a click, so the text selection is cleared here, at once.
  let down = { x: 0, y: 0 }
  host.addEventListener('mousedown', (event) => { down = { x: event.clientX, y: event.clientY } })
  host.addEventListener('click', (event) => {
    if (event.detail !== 1 || Math.hypot(event.clientX - down.x, event.clientY - down.y) > 3) return
    const mark = (event.target as Element).closest('mark[data-annotation-id]')
    document.getSelection()?.removeAllRanges()
    run('annotation.select', { id: mark?.getAttribute('data-annotation-id') ?? null })
  })
  bindKeys(run)
  const caret = new ArticleCaret(host, () => reader.current)
  // The dialogs below open only when asked for: their code is a chunk
  // loaded then, not evaluated before the first paint (issue 18).
  const showShortcuts = async () => {
    const [{ shortcutSections }, { showShortcutsDialog }] = await Promise.all([import('./shortcut-list.ts'), import('./ui/shortcuts-dialog.ts')])
    const sections = shortcutSections(keyBindings, (id) => commands.list().find((c) => c.id === id)?.title ?? id)
    sections.find((s) => s.title === 'Annotating')?.rows.unshift(...caretKeys.map((k) => ({ ...k, keys: [...k.keys] })))
    showShortcutsDialog(sections)
  }

  const commands = new CommandRunner(allCommands, {
    api,
    history,
    reader,
    library,
    suggestions: suggestions.state,
    reading: {
      apply: showSettings,
      toggleSettings: () => readingPanel.toggle(),
      // The toolbar keeps clear of the drawer: placed again as it opens or
      // closes, and once it has slid there.
      toggleAnnotations: () => { drawer.toggle(); if (toolbar.shown) placeNextFrame() },
    },
    selection: {
      // The caret goes on from a selection a mark takes, even one made
      // this moment (its "selectionchange" still to come).
      take: () => {
        caret.remember()
        const target = held ?? takeSelection(reader.current)
        held = null
        return target
      },
      clear: () => { held = null; caret.remember(); document.getSelection()?.removeAllRanges() },
      restore: (target) => { if (reader.current) selectText(reader.current.view, reader.current.map, target.position.start, target.position.end) },
    },
    ui: {
      status: showStatus,
      ask,
      editMetadata: (meta) => import('./ui/metadata-dialog.ts').then((dialog) => dialog.editMetadata(meta)),
      editNote: (id) => sidebar.editNote(id),
      manageSources: () => sourceManager.open(reader.session?.sources ?? []),
      sourcesChanged: (sources) => {
        applySourceColours(sources)
        sourceManager.render(sources)
      },
      focusSearch: () => search.focus(),
      pickSource: () => { if (toolbar.hasPicker) toolbar.picker.focus() },
      download: downloadFile,
      exportDialog: (initial) => import('./ui/export-dialog.ts').then((dialog) => dialog.showExportDialog({ documentId: reader.documentId, desktop, initial })),
      showShortcuts: () => void showShortcuts().catch(showError),
      selectSentence: (move) => caret.selectSentence(move),
      importProgress: showImportProgress,
    },
  }, {
    succeeded: (message) => {
      clearError()
      if (message) showStatus(message)
    },
    failed: showError,
  })

  // Settings first, so the first document is drawn as the reader likes it.
  await Promise.all([api.getSettings({}).then(showSettings, showError), positions.load()])
  connectDesktop(commands)
  await commands.run('library.openStartup', { startup, first: () => commands.changes === 0 })
  endEarlyCalls()
  // Once the first document is painted and the page is idle: the library
  // made ready for its first open.
  requestIdleCallback(() => library.prepare(), { timeout: 1000 })
}

// Whatever the store repaired while loading is told at once, not after the
// first document (a 1 MB one takes seconds on a loaded machine); asked again
// once the boot is over, even when it failed, for repairs found meanwhile.
const notices = () => api.storageNotices({}).then(showNotices, () => {})
void notices()
boot().catch(showError).finally(notices)
