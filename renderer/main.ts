// Boots the reader: connect to the services, open the startup document (or
// show the empty library), and wire the toolbar, sidebar, source manager,
// library, search, imports and keys.

// First: zod must be configured before any schema exists.
import './zod-jitless.ts'
import { describe } from '../shared/anchoring/describe.ts'
import { ApiError, type DocumentSummary, type SearchHit } from '../shared/api/contract.ts'
import type { AnnotationKind } from '../shared/model/annotation.ts'
import { connect } from './api-client.ts'
import type { Placed } from './editor/painter.ts'
import { bindKeys } from './keys.ts'
import { Reader } from './reader.ts'
import { selectedSpan } from './selection.ts'
import { ask } from './ui/dialog.ts'
import { exportControl } from './ui/export-control.ts'
import { describeImport, importControl } from './ui/import-control.ts'
import { acceptDroppedFiles, acceptPastedArticles, importArticleButton, importArticles } from './ui/import-actions.ts'
import { LibraryView } from './ui/library-view.ts'
import { guardLinks } from './ui/link-confirm.ts'
import { editMetadata } from './ui/metadata-dialog.ts'
import { SearchView } from './ui/search-view.ts'
import { Sidebar } from './ui/sidebar.ts'
import { SourceManager } from './ui/source-manager.ts'
import { applySourceColours } from './ui/source-colours.ts'
import { clearError, showError, showNotices, showStatus } from './ui/status.ts'
import { Toolbar } from './ui/toolbar.ts'

const api = connect()

async function boot(): Promise<void> {
  // Actions run one at a time, in the order the reader asked for them, so
  // "c" then "2" tags the claim that "c" made. Each reports failure and
  // leaves the screen as the API left it.
  let queue: Promise<unknown> = Promise.resolve()
  const act = (action: () => Promise<unknown>, done?: string) => {
    queue = queue.then(action).then((result) => {
      clearError()
      if (done && result !== false) showStatus(done)
    }, showError)
    return queue
  }

  const toolbar = new Toolbar({
    mark: (kind) => void markSelection(kind),
    source: (sourceId) => void markSelection('claim', [sourceId]),
  })
  document.body.append(toolbar.element)

  const sourceManager = new SourceManager(api, async () => {
    if (reader.current) await reader.current.session.reloadSources()
    else applySourceColours(await api.listSources({}))
  }, showError)
  document.body.append(sourceManager.element)

  const reader = new Reader(api, {
    opened: (opened, placed) => {
      if (!opened) { toolbar.hide(); return }
      sidebar.use(opened.session)
      refresh(placed)
    },
    repainted: (placed) => refresh(placed),
  })
  const session = () => reader.current?.session ?? null
  const openDocumentId = () => {
    const id = reader.documentId
    if (!id) throw new Error('Open a document first.')
    return id
  }

  const sidebar = new Sidebar({
    open: (id) => { session()?.select(id); reader.reveal(id) },
    saveNote: (id, note) => void act(() => session()!.update(id, { note }), 'Note saved.'),
    remove: (id) => void act(() => session()!.remove(id), 'Deleted.'),
    manageSources: () => sourceManager.open(session()?.sources ?? []),
  })
  document.getElementById('sidebar-host')!.append(sidebar.element)

  const placeToolbar = () => {
    const opened = reader.current
    if (!opened || library.shown) return toolbar.hide()
    const span = selectedSpan(opened.view, opened.map)
    const current = opened.session.currentAnnotation()
    if (span) {
      const range = document.getSelection()!.getRangeAt(0)
      toolbar.show(range.getBoundingClientRect(), opened.session.sources, { sources: [] })
    } else if (current) {
      const mark = reader.markElement(current.id)
      if (mark) toolbar.show(mark.getBoundingClientRect(), opened.session.sources, { kind: current.kind, sources: current.sources })
      else toolbar.hide()
    } else {
      toolbar.hide()
    }
  }

  const refresh = (placed: Placed[]) => {
    const sources = session()?.sources ?? []
    applySourceColours(sources)
    sidebar.render(placed)
    sourceManager.render(sources)
    placeToolbar()
  }

  // The selection is read when the key is pressed; the current annotation
  // when the action runs.
  const markSelection = (kind: AnnotationKind, sourceIds: string[] = []) => {
    const opened = reader.current
    if (!opened) return
    const { session, map } = opened
    const span = selectedSpan(opened.view, map)
    if (span) {
      document.getSelection()?.removeAllRanges()
      return act(() => session.create(kind, describe(map.text, span.start, span.end), sourceIds),
        `${kind === 'claim' ? 'Claim' : 'Highlight'} saved.`)
    }
    return act(async () => {
      const current = session.currentAnnotation()
      if (!current) return false
      if (sourceIds.length) await session.toggleSource(current.id, sourceIds[0]!)
      else await session.update(current.id, { kind })
    }, 'Saved.')
  }

  // Opening a document goes back to reading.
  const open = async (documentId: string) => {
    if (reader.documentId !== documentId) await reader.open(documentId)
    library.hide()
  }

  // Where a search result points: the annotation, selected as a click on
  // it would, or else the matching words, selected.
  const goTo = async (hit: SearchHit) => {
    await open(hit.documentId)
    const opened = reader.current!
    if (hit.annotationId && opened.session.annotations.some((a) => a.id === hit.annotationId) && reader.markElement(hit.annotationId)) {
      document.getSelection()?.removeAllRanges()
      opened.session.select(hit.annotationId)
      reader.reveal(hit.annotationId)
    } else {
      opened.session.select(null)
      reader.selectRange(hit.start, hit.end)
    }
  }

  const editDetails = (doc: DocumentSummary) => void act(async () => {
    const edit = await editMetadata(doc.meta)
    if (!edit) return false
    const updated = await api.updateDocumentMeta({ documentId: doc.id, meta: edit })
    if (reader.documentId === doc.id) reader.showMeta(updated.meta)
    await library.refresh()
  }, 'Details saved.')

  const removeDocument = (doc: DocumentSummary) => void act(async () => {
    const answer = await ask({
      title: `Delete “${doc.meta.title}”?`,
      message: `“${doc.meta.title}” and its ${doc.annotationCount} annotation${doc.annotationCount === 1 ? '' : 's'} will be removed from the library. You can undo this right after.`,
      choices: [{ value: 'delete', label: 'Delete' }, { value: 'cancel', label: 'Cancel' }],
      cancel: 'cancel',
      initial: 'cancel',
    })
    if (answer !== 'delete') return
    await api.deleteDocument({ documentId: doc.id })
    const wasOpen = reader.documentId === doc.id
    await library.refresh()
    if (wasOpen) {
      const next = library.ordered()[0]
      if (next) await reader.open(next.id)
      else reader.showEmpty()
      library.render()
    }
    showStatus(`Deleted “${doc.meta.title}”.`, {
      label: 'Undo',
      run: () => void act(async () => {
        const restored = await api.restoreDocument({ documentId: doc.id })
        if (wasOpen) await reader.open(restored.id)
        await library.refresh()
        showStatus(`Restored “${restored.meta.title}”.`)
      }),
    })
  })

  const search = new SearchView(api, (hit) => void act(() => goTo(hit)))
  const library = new LibraryView(api, {
    open: (id) => void act(() => open(id)),
    edit: editDetails,
    remove: removeDocument,
  }, () => reader.documentId, search.element, () => placeToolbar())
  document.querySelector('.layout')!.before(library.element)

  const importFiles = (files: File[]) => void act(async () => {
    await importArticles(api, files, open)
    if (library.shown) await library.refresh()
  })

  const importButton = importArticleButton(importFiles)
  document.getElementById('app-actions')!.append(
    library.toggle,
    importButton.element,
    exportControl(api, openDocumentId, (action, done) => void act(action, done)),
    importControl(api, openDocumentId, (action) => void act(action), async (result) => {
      await session()?.reloadAnnotations()
      showStatus(describeImport(result))
    }),
  )
  document.getElementById('empty-import')!.addEventListener('click', () => importButton.choose())
  acceptDroppedFiles(importFiles)
  acceptPastedArticles(importFiles)

  const host = document.getElementById('article')!
  guardLinks(host)
  document.addEventListener('selectionchange', placeToolbar)
  // A click (not a drag) on a painted span selects its annotation, the
  // innermost where they nest. ProseMirror may put back its last text
  // selection on a click, so the text selection is cleared here.
  let down = { x: 0, y: 0 }
  host.addEventListener('mousedown', (event) => { down = { x: event.clientX, y: event.clientY } })
  host.addEventListener('click', (event) => {
    if (event.detail !== 1 || Math.hypot(event.clientX - down.x, event.clientY - down.y) > 3) return
    const mark = (event.target as Element).closest('mark[data-annotation-id]')
    document.getSelection()?.removeAllRanges()
    session()?.select(mark?.getAttribute('data-annotation-id') ?? null)
  })

  const showSearch = () => {
    void library.show(false)
    search.focus()
  }
  // Annotation keys act only on an article in view, never behind the library.
  const reading = () => (library.shown ? null : session())
  bindKeys({
    mark: (kind) => { if (reading()) void markSelection(kind) },
    source: (n) => {
      const source = reading()?.sources[n - 1]
      if (source) void markSelection('claim', [source.id])
    },
    note: () => { const current = reading()?.current; if (current) sidebar.editNote(current) },
    remove: () => { const s = reading(); if (s?.current) void act(() => s.remove(s.current!), 'Deleted.') },
    dismiss: () => {
      if (library.shown && reader.current) return library.hide()
      document.getSelection()?.removeAllRanges()
      session()?.select(null)
    },
    undo: () => { const s = reading(); if (s) void act(async () => showStatus((await s.undo()) ? 'Undone.' : 'Nothing to undo.')) },
    redo: () => { const s = reading(); if (s) void act(async () => showStatus((await s.redo()) ? 'Redone.' : 'Nothing to redo.')) },
    library: () => { if (library.shown) library.hide(); else void library.show() },
    search: showSearch,
  })

  await act(async () => {
    const documentId = await startupDocument()
    if (documentId) await reader.open(documentId)
    else reader.showEmpty()
  })
}

// The document to show first, or null when the library is empty.
async function startupDocument(): Promise<string | null> {
  try {
    return (await api.startupDocument({})).documentId
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not-found') return null
    throw error
  }
}

// Whatever the store repaired while loading is told, even when loading failed.
boot().catch(showError).finally(() => api.storageNotices({}).then(showNotices, () => {}))
