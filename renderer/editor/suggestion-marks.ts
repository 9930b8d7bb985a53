// Suggestions drawn in the text, apart from the annotations (highlights.ts):
// their own plugin and decoration set, a dotted underline in the source's
// colour and no fill, so a suggestion never looks like something marked.
// The set is rebuilt whole when the suggestions change (they change only
// on the reader's accept or reject); many new at once come in slices. In a
// long article only those in the window near the screen are painted
// (rendered-blocks.ts), and more as the reader scrolls.

import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { inWindow, paintWindow } from './rendered-blocks.ts'
import { repaint, type PaintedView } from './repaint.ts'

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
  // An element of its own: without one, ProseMirror puts these classes on
  // an annotation's <mark> over the same words, and the suggestion's source
  // class would set that mark's colour.
  return Decoration.inline(m.from, m.to, {
    nodeName: 'span',
    class: `suggestion ${m.sourceId ? `source-${m.sourceId}` : 'suggestion-new-source'}${m.current ? ' suggestion-current' : ''}`,
    'data-suggestion-key': m.key,
  }, { key: m.key })
}

function showSuggestions(state: EditorState, marks: readonly SuggestionMark[]): Transaction {
  return state.tr.setMeta(suggestionMarksKey, marks)
}

// Suggestions changed at once past this many are painted in slices.
const SLICE = 300

// Per view: every mark it should show, what is painted, and which paint is
// the latest (a slice of an older one is dropped).
interface Painting { generation: number; marks: SuggestionMark[]; painted: Map<string, SuggestionMark> }
const painting = new WeakMap<object, Painting>()

interface View extends PaintedView { readonly isDestroyed?: boolean }

// Paints the suggestions (none when they are hidden) into a view whose
// canonical-text offsets `toPos` maps. A few changed (an accept, a
// reject, the current one) are painted at once. Many (the first paint of a
// long article's 3,000) go in slices, one task each, from the top: a
// single task redrawing every paragraph holds the page for a second.
export function paintSuggestions(
  view: View,
  toPos: (offset: number) => number,
  suggestions: readonly { key: string; content: { start: number; end: number }; sourceMatch: { sourceId: string } | object }[],
  currentKey: string | null,
  shown: boolean,
): void {
  const marks: SuggestionMark[] = shown ? suggestions.map((s) => ({
    key: s.key,
    from: toPos(s.content.start),
    to: toPos(s.content.end),
    sourceId: 'sourceId' in s.sourceMatch ? s.sourceMatch.sourceId : null,
    current: s.key === currentKey,
  })) : []
  const entry: Painting = painting.get(view) ?? { generation: 0, marks: [], painted: new Map<string, SuggestionMark>() }
  painting.set(view, entry)
  entry.marks = marks
  paintWanted(view, entry)
}

// The window to paint in moved (rendered-blocks.ts). With `tr` (the
// highlights' own repaint for the move), a few changed go in it: one
// redraw of the view for both.
export function repaintSuggestions(view: View, tr?: Transaction): void {
  const entry = painting.get(view)
  if (entry) paintWanted(view, entry, tr)
}

function paintWanted(view: View, entry: Painting, tr?: Transaction): void {
  // In a long article, those in the window; the current one wherever it
  // is (it is scrolled to).
  const area = paintWindow(view)
  const marks = area ? entry.marks.filter((m) => m.current || inWindow(area, m.from, m.to)) : entry.marks
  const generation = ++entry.generation
  const kept = marks.filter((m) => sameMark(entry.painted.get(m.key), m))
  const fresh = marks.filter((m) => !sameMark(entry.painted.get(m.key), m)).sort((a, b) => a.from - b.from)
  const changes = fresh.length + entry.painted.size - kept.length
  if (changes === 0) return
  if (tr && changes <= SLICE) {
    tr.setMeta(suggestionMarksKey, marks)
    entry.painted = new Map(marks.map((m) => [m.key, m]))
    return
  }
  let count = changes <= SLICE ? fresh.length : 0
  const step = () => {
    if (entry.generation !== generation || view.isDestroyed) return
    count = Math.min(fresh.length, count + SLICE)
    const now = count === fresh.length ? marks : kept.concat(fresh.slice(0, count))
    repaint(view, (state) => showSuggestions(state, now))
    entry.painted = new Map(now.map((m) => [m.key, m]))
    if (count < fresh.length) setTimeout(step)
  }
  step()
}

function sameMark(a: SuggestionMark | undefined, b: SuggestionMark): boolean {
  return !!a && a.from === b.from && a.to === b.to && a.sourceId === b.sourceId && a.current === b.current
}
