// The document's header as the reader shows it: title first, then the
// byline and date. An imported page keeps its headline as the first block
// of its text (it can be annotated like any other), so the byline is drawn
// right after that block, as a widget outside the text; a document without
// a title block shows both in the page header above the text instead.

import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { DocumentMeta } from '../../shared/model/document.ts'

const key = new PluginKey<string>('document-header')

// "Jane Doe · The Northport Ledger · 5 November 2025": who, where, when.
export function bylineText(meta: DocumentMeta): string {
  return [meta.author, meta.publisher, meta.published && readableDate(meta.published)].filter(Boolean).join(' · ')
}

// A full date reads as one in the reader's language; anything else
// (a year, a date we cannot read) is shown as it was given.
function readableDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return value
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  if (Number.isNaN(date.getTime())) return value
  dates ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  return dates.format(date)
}

// Made once: toLocaleDateString sets up the locale's formatter at each call
// (about 15 ms each on a loaded machine, twice as a document opens).
let dates: Intl.DateTimeFormat | undefined

export function startsWithTitle(state: EditorState): boolean {
  return state.doc.firstChild?.type.name === 'title'
}

// Plugin state: the byline text; decorations: the byline after the title block.
export const documentHeader = new Plugin<string>({
  key,
  state: {
    init: () => '',
    apply: (tr, value) => tr.getMeta(key) ?? value,
  },
  props: {
    decorations(state) {
      const text = key.getState(state)
      const title = state.doc.firstChild
      if (!text || !title || title.type.name !== 'title') return null
      return DecorationSet.create(state.doc, [Decoration.widget(title.nodeSize, () => bylineElement(text), { side: -1, key: `byline:${text}`, ignoreSelection: true })])
    },
  },
})

export function bylineOf(state: EditorState): string {
  return key.getState(state) ?? ''
}

export function setByline(state: EditorState, text: string): Transaction {
  return state.tr.setMeta(key, text)
}

function bylineElement(text: string): HTMLElement {
  const el = document.createElement('p')
  el.className = 'byline document-byline'
  el.id = 'document-byline'
  el.contentEditable = 'false'
  el.textContent = text
  return el
}
