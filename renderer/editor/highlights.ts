// Annotations drawn as inline decorations. The plugin state is the
// DecorationSet; it changes only through a transaction carrying new
// painted ranges, never by being edited in place.

import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { AnnotationKind } from '../../shared/model/annotation.ts'

export interface Painted {
  id: string
  kind: AnnotationKind
  from: number
  to: number
  // The first source colours the span; none means a neutral colour.
  source: string | undefined
  current: boolean
}

export const highlightsKey = new PluginKey<DecorationSet>('highlights')

export const highlights = new Plugin<DecorationSet>({
  key: highlightsKey,
  state: {
    init: () => DecorationSet.empty,
    apply(tr, set) {
      const painted = tr.getMeta(highlightsKey) as Painted[] | undefined
      return painted ? DecorationSet.create(tr.doc, painted.map(decoration)) : set.map(tr.mapping, tr.doc)
    },
  },
  props: {
    decorations: (state) => highlightsKey.getState(state),
  },
})

function decoration(p: Painted): Decoration {
  return Decoration.inline(p.from, p.to, {
    nodeName: 'mark',
    class: `annotation annotation-${p.kind} source-${p.source ?? 'none'}${p.current ? ' annotation-current' : ''}`,
    'data-annotation-id': p.id,
  }, { id: p.id })
}

export function paint(state: EditorState, painted: Painted[]): Transaction {
  return state.tr.setMeta(highlightsKey, painted)
}
