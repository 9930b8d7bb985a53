// The sidebar's filter header: its controls, counts per source that
// filter by their source when clicked, a line saying that a filter is on
// (and how many it shows), the words for a filter that matches nothing,
// the dimming, in the text, of the annotations the filter hides, and which
// annotations a filter lets through.

import type { Annotation } from '../../shared/model/annotation.ts'
import type { Source } from '../../shared/model/source.ts'
import type { Session } from '../session.ts'
import { h } from './dom.ts'

export interface Filters { source: string; kind: string; text: string }

export const NO_FILTERS: Readonly<Filters> = { source: 'all', kind: 'all', text: '' }

export function sameFilters(a: Filters, b: Filters): boolean {
  return a.source === b.source && a.kind === b.kind && a.text === b.text
}

// The controls above the counts: by source (its options are the
// document's sources, put in at each drawing), by kind, by words; `change`
// is told each edit, clear() puts all three back.
export interface FilterControls { element: HTMLElement; source: HTMLSelectElement; clear(): void }

export function filterControls(change: (key: keyof Filters, value: string) => void): FilterControls {
  const sourceFilter = h('select', { 'aria-label': 'Filter by source', onchange: (e: Event) => change('source', (e.target as HTMLSelectElement).value) })
  const kindFilter = h('select', { 'aria-label': 'Filter by kind', onchange: (e: Event) => change('kind', (e.target as HTMLSelectElement).value) },
    h('option', { value: 'all' }, 'All kinds'), h('option', { value: 'highlight' }, 'Highlights'), h('option', { value: 'claim' }, 'Claims'))
  const textFilter = h('input', { type: 'search', 'aria-label': 'Filter by text', placeholder: 'Filter by text', oninput: (e: Event) => change('text', (e.target as HTMLInputElement).value) })
  return {
    element: h('div', { class: 'filters' }, sourceFilter, kindFilter, textFilter),
    source: sourceFilter,
    clear: () => {
      sourceFilter.value = 'all'
      kindFilter.value = 'all'
      textFilter.value = ''
    },
  }
}

// Whether an annotation passes the filters: its kind, its sources (or
// none that still exists), and the text in its quote, note or source names.
export function matchesFilters(a: Annotation, filters: Filters, session: Pick<Session, 'knownSources' | 'sourceName'>): boolean {
  const { source, kind, text } = filters
  if (kind !== 'all' && a.kind !== kind) return false
  if (source === 'none' ? session.knownSources(a).length > 0 : source !== 'all' && !a.sources.includes(source)) return false
  if (text) {
    const needle = text.toLowerCase()
    const haystack = [a.target.quote.exact, a.note, ...a.sources.map((id) => session.sourceName(id))].join('\n').toLowerCase()
    if (!haystack.includes(needle)) return false
  }
  return true
}

// Annotations per source, and claims with no source that still exists
// (the session keeps the tally).
export function countSources(session: Pick<Session, 'sources' | 'tally'>): { counts: (readonly [Source, number])[]; unattributed: number } {
  const { tally } = session
  return { counts: session.sources.map((s) => [s, tally.counts.get(s.id) ?? 0] as const), unattributed: tally.unattributed }
}

function filtersOn(f: Filters): boolean {
  return f.source !== 'all' || f.kind !== 'all' || f.text.trim() !== ''
}

// One button per source, pressed while the list is filtered by it; a
// second click shows all again.
export function countButtons(counts: readonly (readonly [Source, number])[], unattributed: number, filters: Filters, pick: (source: string) => void): HTMLElement {
  const list = h('ul', { class: 'counts', 'aria-label': 'Counts per source' },
    counts.map(([s, n]) => h('li', { class: `source-${s.id}` },
      h('button', { type: 'button', class: 'count', 'aria-pressed': String(filters.source === s.id), title: `Show only ${s.name}`, onclick: () => pick(filters.source === s.id ? 'all' : s.id) },
        h('span', { class: 'swatch', 'aria-hidden': 'true' }), `${s.name}: ${n}`))),
    h('li', {}, `Unattributed claims: ${unattributed}`))
  drawn.set(list, { sources: counts.map(([s]) => s), pressed: filters.source })
  return list
}

// What a list of counts was drawn for: the same sources (same objects,
// same order) and the same pressed one can take new numbers in place.
const drawn = new WeakMap<Element, { sources: readonly Source[]; pressed: string }>()

// New numbers put into the list drawn by countButtons (a claim added
// changes one or two), touching only the text that changed: rebuilding
// the list restyles the sidebar on the key press's path. False when it
// was drawn for other sources or another filter: then it is drawn anew.
export function updateCounts(list: Element, counts: readonly (readonly [Source, number])[], unattributed: number, filters: Filters): boolean {
  const was = drawn.get(list)
  if (!was || was.pressed !== filters.source || was.sources.length !== counts.length || counts.some(([s], i) => was.sources[i] !== s)) return false
  const items = list.children
  const put = (node: ChildNode | null | undefined, text: string) => { if (node && node.textContent !== text) node.textContent = text }
  counts.forEach(([s, n], i) => put(items[i]?.firstElementChild?.lastChild, `${s.name}: ${n}`))
  put(items[counts.length]?.firstChild, `Unattributed claims: ${unattributed}`)
  return true
}

// "Showing 2 of 9 annotations: Tass, claims, “visit”. Clear filters"; empty
// while no filter is on.
export function filterSummary(shown: number, total: number, filters: Filters, sourceName: (id: string) => string, clear: () => void): HTMLElement | '' {
  if (!filtersOn(filters)) return ''
  const what = [
    filters.source === 'none' ? 'no source' : filters.source !== 'all' && sourceName(filters.source),
    filters.kind !== 'all' && (filters.kind === 'claim' ? 'claims' : 'highlights'),
    filters.text.trim() && `“${filters.text.trim()}”`,
  ].filter(Boolean).join(', ')
  return h('p', { class: 'filter-summary', 'data-testid': 'filter-summary', 'aria-live': 'polite' },
    shown === 0 ? h('strong', {}, 'No annotation matches these filters. ') : `Showing ${shown} of ${total} annotation${total === 1 ? '' : 's'}. `,
    h('span', { class: 'filter-what' }, `Filtered by ${what}. `),
    h('button', { type: 'button', class: 'quiet small', onclick: clear }, 'Clear filters'))
}

// Annotations the filter hides are dimmed in the text: a rule per id on a
// constructed sheet (the CSP forbids inline styles), so repainting the
// marks keeps it.
const sheet = new CSSStyleSheet()
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
// Replacing the sheet restyles the whole page (a long article's tens of
// thousands of elements), so the same rules are never put back.
let applied = ''

export function dimHidden(ids: readonly string[]): void {
  const rules = ids.length === 0 ? '' : `${ids.map((id) => `#article mark[data-annotation-id="${CSS.escape(id)}"]`).join(',\n')} { opacity: .4; }`
  if (rules === applied) return
  applied = rules
  sheet.replaceSync(rules)
}
