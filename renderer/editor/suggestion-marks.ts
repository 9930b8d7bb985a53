// Suggestions drawn in the text, apart from the annotations (highlights.ts):
// their own plugin and decoration set, a dotted underline in the source's
// colour and no fill, so a suggestion never looks like something marked.
// The set is rebuilt whole when the suggestions change: they are few next
// to annotations, and change only on the reader's accept or reject.

import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'

interface SuggestionMark {
  key: string
  from: number
  to: number
  // The library source it names, if it is one (a proposed one has none).
  sourceId: string | null
  current: boolean
}

const suggestionMarksKey = new PluginKey<DecorationSet>('suggestion-marks')

export const suggestionMarks = new Plugin<DecorationSet>({
  key: suggestionMarksKey,
  state: {
    init: () => DecorationSet.empty,
    apply(tr, set) {
      const marks = tr.getMeta(suggestionMarksKey) as readonly SuggestionMark[] | undefined
      if (!marks) return set.map(tr.mapping, tr.doc)
      return DecorationSet.create(tr.doc, marks.filter((m) => m.to > m.from).map(decoration))
    },
  },
  props: {
    decorations: (state) => suggestionMarksKey.getState(state),
  },
})

function decoration(m: SuggestionMark): Decoration {
  return Decoration.inline(m.from, m.to, {
    class: `suggestion ${m.sourceId ? `source-${m.sourceId}` : 'suggestion-new-source'}${m.current ? ' suggestion-current' : ''}`,
    'data-suggestion-key': m.key,
  }, { key: m.key })
}

function showSuggestions(state: EditorState, marks: readonly SuggestionMark[]): Transaction {
  return state.tr.setMeta(suggestionMarksKey, marks)
}

// Paints the suggestions (none when they are hidden) into a view whose
// canonical-text offsets `toPos` maps.
export function paintSuggestions(
  view: { state: EditorState; dispatch(tr: Transaction): void },
  toPos: (offset: number) => number,
  suggestions: readonly { key: string; content: { start: number; end: number }; sourceMatch: { sourceId: string } | object }[],
  currentKey: string | null,
  shown: boolean,
): void {
  const marks = shown ? suggestions.map((s) => ({
    key: s.key,
    from: toPos(s.content.start),
    to: toPos(s.content.end),
    sourceId: 'sourceId' in s.sourceMatch ? s.sourceMatch.sourceId : null,
    current: s.key === currentKey,
  })) : []
  view.dispatch(showSuggestions(view.state, marks))
}
