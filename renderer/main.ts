// Boots the reader: connect to the services, show the startup document with
// its annotations, and wire the toolbar, sidebar, source manager and keys.

import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { describe } from '../shared/anchoring/describe.ts'
import type { AnnotationKind } from '../shared/model/annotation.ts'
import type { ArticleDocument } from '../shared/model/document.ts'
import { connect } from './api-client.ts'
import { buildDoc, type OffsetMap } from './editor/document-view.ts'
import { highlights, paint } from './editor/highlights.ts'
import { Painter, type Placed } from './editor/painter.ts'
import { bindKeys } from './keys.ts'
import { selectedSpan } from './selection.ts'
import { Session } from './session.ts'
import { Sidebar } from './ui/sidebar.ts'
import { SourceManager } from './ui/source-manager.ts'
import { applySourceColours } from './ui/source-colours.ts'
import { clearError, showError, showNotices, showStatus } from './ui/status.ts'
import { Toolbar } from './ui/toolbar.ts'
import { exportControl } from './ui/export-control.ts'
import { describeImport, importControl } from './ui/import-control.ts'

const api = connect()

async function boot(): Promise<void> {
  const { documentId } = await api.startupDocument({})
  const [article, annotations, sources] = await Promise.all([
    api.getDocument({ documentId }),
    api.listAnnotations({ documentId }),
    api.listSources({}),
  ])
  const session = new Session(api, documentId, annotations, sources)
  const { view, map, painter, placed } = openArticle(article, session)

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

  // The selection is read when the key is pressed; the current annotation
  // when the action runs.
  const markSelection = (kind: AnnotationKind, sourceIds: string[] = []) => {
    const span = selectedSpan(view, map)
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

  document.getElementById('app-actions')!.append(
    exportControl(api, () => session.documentId, (action, done) => void act(action, done)),
    importControl(api, () => session.documentId, (action) => void act(action), async (result) => {
      await session.reloadAnnotations()
      showStatus(describeImport(result))
    }),
  )

  const toolbar = new Toolbar({
    mark: (kind) => void markSelection(kind),
    source: (sourceId) => void markSelection('claim', [sourceId]),
  })
  document.body.append(toolbar.element)

  const sidebar = new Sidebar(session, {
    open: (id) => { session.select(id); reveal(view, id) },
    saveNote: (id, note) => void act(() => session.update(id, { note }), 'Note saved.'),
    remove: (id) => void act(() => session.remove(id), 'Deleted.'),
    manageSources: () => sourceManager.open(session.sources),
  })
  document.getElementById('sidebar-host')!.append(sidebar.element)

  const sourceManager = new SourceManager(api, () => session.reloadSources(), showError)
  document.body.append(sourceManager.element)

  const placeToolbar = () => {
    const span = selectedSpan(view, map)
    const current = session.currentAnnotation()
    if (span) {
      const range = document.getSelection()!.getRangeAt(0)
      toolbar.show(range.getBoundingClientRect(), session.sources, { sources: [] })
    } else if (current) {
      const mark = markElement(view, current.id)
      if (mark) toolbar.show(mark.getBoundingClientRect(), session.sources, { kind: current.kind, sources: current.sources })
      else toolbar.hide()
    } else {
      toolbar.hide()
    }
  }

  const refresh = (placed: Placed[]) => {
    applySourceColours(session.sources)
    sidebar.render(placed)
    sourceManager.render(session.sources)
    placeToolbar()
  }
  session.onChange(() => {
    const { change, placed } = painter.update(session.annotations, session.current)
    if (change.add.length || change.remove.length) view.dispatch(paint(view.state, change))
    refresh(placed)
  })
  refresh(placed)

  document.addEventListener('selectionchange', placeToolbar)
  // A click (not a drag) on a painted span selects its annotation, the
  // innermost where they nest. ProseMirror may put back its last text
  // selection on a click, so the text selection is cleared here.
  let down = { x: 0, y: 0 }
  view.dom.addEventListener('mousedown', (event) => { down = { x: event.clientX, y: event.clientY } })
  view.dom.addEventListener('click', (event) => {
    if (event.detail !== 1 || Math.hypot(event.clientX - down.x, event.clientY - down.y) > 3) return
    const mark = (event.target as Element).closest('mark[data-annotation-id]')
    document.getSelection()?.removeAllRanges()
    session.select(mark?.getAttribute('data-annotation-id') ?? null)
  })

  bindKeys({
    mark: (kind) => void markSelection(kind),
    source: (n) => {
      const source = session.sources[n - 1]
      if (source) void markSelection('claim', [source.id])
    },
    note: () => { if (session.current) sidebar.editNote(session.current) },
    remove: () => { if (session.current) void act(() => session.remove(session.current!), 'Deleted.') },
    dismiss: () => { document.getSelection()?.removeAllRanges(); session.select(null) },
    undo: () => void act(async () => showStatus((await session.undo()) ? 'Undone.' : 'Nothing to undo.')),
    redo: () => void act(async () => showStatus((await session.redo()) ? 'Redone.' : 'Nothing to redo.')),
  })
}

// The first paint goes into the state before the view exists, so the long
// document is laid out once, already highlighted.
function openArticle(article: ArticleDocument, session: Session): { view: EditorView; map: OffsetMap; painter: Painter; placed: Placed[] } {
  const host = document.getElementById('article')!
  host.setAttribute('aria-label', article.meta.title)
  document.getElementById('article-heading')!.textContent = article.meta.title
  document.getElementById('article-byline')!.textContent = [article.meta.publisher, article.meta.published].filter(Boolean).join(' · ')
  document.title = `${article.meta.title} — Sourcemark`
  const { doc, map } = buildDoc(article)
  const painter = new Painter(map)
  const { change, placed } = painter.update(session.annotations, session.current)
  const empty = EditorState.create({ doc, plugins: [highlights] })
  const view = new EditorView(host, {
    state: empty.apply(paint(empty, change)),
    editable: () => false,
  })
  view.dom.setAttribute('aria-readonly', 'true')
  return { view, map, painter, placed }
}

function markElement(view: EditorView, id: string): HTMLElement | null {
  return view.dom.querySelector<HTMLElement>(`mark[data-annotation-id="${CSS.escape(id)}"]`)
}

// Scrolls an annotation's text into view and flashes it.
function reveal(view: EditorView, id: string): void {
  const mark = markElement(view, id)
  if (!mark) return
  mark.scrollIntoView({ block: 'center' })
  for (const part of view.dom.querySelectorAll(`mark[data-annotation-id="${CSS.escape(id)}"]`)) {
    part.classList.remove('flash')
    void (part as HTMLElement).offsetWidth
    part.classList.add('flash')
  }
}

// Whatever the store repaired while loading is told, even when loading failed.
boot().catch(showError).finally(() => api.storageNotices({}).then(showNotices, () => {}))
