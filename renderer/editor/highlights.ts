// Annotations drawn as inline decorations. The plugin state is the
// DecorationSet; a transaction carries which painted spans to take away and
// which to add, so one change costs one span, not a rebuild of all of them.

import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { AnnotationKind } from '../../shared/model/annotation.ts'

export interface Painted {
  id: string
  kind: AnnotationKind
  from: number
  to: number
  // The sources, in the annotation's order: the first colours the span's
  // tint, the underline is split between up to three; none is neutral.
  sources: readonly string[]
  current: boolean
}

export const MAX_PAINTED_SOURCES = 3

export interface PaintChange {
  // As they were painted: where they are tells where to look for them.
  remove: readonly Painted[]
  add: readonly Painted[]
}

const highlightsKey = new PluginKey<DecorationSet>('highlights')

export const highlights = new Plugin<DecorationSet>({
  key: highlightsKey,
  state: {
    init: () => DecorationSet.empty,
    apply(tr, set) {
      let next = set.map(tr.mapping, tr.doc)
      const change = tr.getMeta(highlightsKey) as PaintChange | undefined
      if (!change) return next
      if (change.remove.length) {
        const ids = new Set(change.remove.map((p) => p.id))
        // A few are looked for where they are painted, not among all
        // 10,000 (the text never changes, so neither do their places).
        const found = change.remove.length > 64
          ? next.find(undefined, undefined, (spec) => ids.has(spec.id as string))
          : change.remove.flatMap((p) => next.find(p.from, p.to, (spec) => spec.id === p.id))
        next = next.remove(found)
      }
      if (change.add.length) next = next.add(tr.doc, change.add.map(decoration))
      return next
    },
  },
  props: {
    decorations: (state) => highlightsKey.getState(state),
  },
})

function decoration(p: Painted): Decoration {
  return Decoration.inline(p.from, p.to, {
    nodeName: 'mark',
    class: [
      'annotation', `annotation-${p.kind}`, `source-${p.sources[0] ?? 'none'}`,
      ...p.sources.slice(1).map((id, i) => `source${i + 2}-${id}`),
      p.sources.length > 1 ? `annotation-sources-${p.sources.length}` : '',
      p.current ? 'annotation-current' : '',
    ].filter(Boolean).join(' '),
    'data-annotation-id': p.id,
  }, { id: p.id })
}

export function paint(state: EditorState, change: PaintChange): Transaction {
  return state.tr.setMeta(highlightsKey, change)
}
