// Boots the reader: connect to the services, show the startup document,
// paint its annotations, and offer "Highlight" on a selection.

import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { anchor } from '../shared/anchoring/anchor.ts'
import { describe } from '../shared/anchoring/describe.ts'
import type { Annotation } from '../shared/model/annotation.ts'
import type { ArticleDocument } from '../shared/model/document.ts'
import { connect } from './api-client.ts'
import { buildDoc, type OffsetMap } from './editor/document-view.ts'
import { highlights, paint, type Painted } from './editor/highlights.ts'
import { selectedSpan } from './selection.ts'
import { showError, showStatus } from './ui/status.ts'

const api = connect()

async function boot(): Promise<void> {
  const { documentId } = await api.startupDocument({})
  const [article, annotations] = await Promise.all([
    api.getDocument({ documentId }),
    api.listAnnotations({ documentId }),
  ])
  const reader = openReader(article)
  reader.show(annotations)
  bindHighlightButton(reader)
}

interface Reader {
  article: ArticleDocument
  view: EditorView
  map: OffsetMap
  annotations: Annotation[]
  show(annotations: Annotation[]): void
}

function openReader(article: ArticleDocument): Reader {
  const host = byId('article')
  host.setAttribute('aria-label', article.meta.title)
  byId('article-heading').textContent = article.meta.title
  byId('article-byline').textContent = [article.meta.publisher, article.meta.published].filter(Boolean).join(' · ')
  document.title = `${article.meta.title} — Sourcemark`

  const { doc, map } = buildDoc(article)
  const view = new EditorView(host, {
    state: EditorState.create({ doc, plugins: [highlights] }),
    editable: () => false,
  })
  view.dom.setAttribute('aria-readonly', 'true')
  const reader: Reader = {
    article, view, map, annotations: [],
    show(annotations) {
      reader.annotations = annotations
      const painted: Painted[] = []
      for (const a of annotations) {
        const range = anchor(map.text, a.target)
        if (range) painted.push({ id: a.id, kind: a.kind, from: map.toPos(range.start), to: map.toPos(range.end) })
      }
      view.dispatch(paint(view.state, painted))
    },
  }
  return reader
}

function bindHighlightButton(reader: Reader): void {
  const button = byId('highlight-button') as HTMLButtonElement
  const update = () => { button.disabled = selectedSpan(reader.view, reader.map) === null }
  document.addEventListener('selectionchange', update)
  update()
  // Keep the text selection when the button is pressed with the mouse.
  button.addEventListener('mousedown', (event) => event.preventDefault())
  button.addEventListener('click', async () => {
    const span = selectedSpan(reader.view, reader.map)
    if (!span) return
    button.disabled = true
    try {
      const created = await api.createAnnotation({
        documentId: reader.article.id,
        kind: 'highlight',
        target: describe(reader.map.text, span.start, span.end),
      })
      reader.show([...reader.annotations, created])
      document.getSelection()?.removeAllRanges()
      showStatus('Highlight saved.')
    } catch (error) {
      showError(error)
    } finally {
      update()
    }
  })
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id)
  if (!element) throw new Error(`the page has no #${id}`)
  return element
}

boot().catch(showError)
