// The "Coverage" region: how much of the article each source accounts for,
// as one stacked bar with a legend (share, sentences, claims), what came
// through which relay, and how many sentences have no source. The figures
// come from shared/attribution/coverage.ts; widths are rules on a
// constructed style sheet, as the CSP allows no inline styles.

import { percent, type Coverage } from '../../shared/attribution/coverage.ts'
import { CoverageCount } from '../../shared/attribution/coverage-count.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import type { Range } from '../suggestion-state.ts'
import { h } from './dom.ts'

const sheet = new CSSStyleSheet()
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]

// Sources past this many are one "Other sources" segment.
const SEGMENTS = 6

export interface CoverageInput {
  sentences: readonly Range[] | null
  annotations: readonly Annotation[]
  // The sources the names come from: when they change, names may have.
  sources: readonly unknown[]
  sourceName(id: string): string
}

export class CoverageView {
  readonly element: HTMLElement
  #body = h('div', { class: 'coverage-body' })
  #showUnattributed: (range: Range) => void

  constructor(showUnattributed: (range: Range) => void) {
    this.#showUnattributed = showUnattributed
    this.element = h('section', { role: 'region', 'aria-label': 'Coverage', class: 'sidebar-section coverage' },
      h('div', { class: 'sidebar-head' }, h('h2', {}, 'Coverage')), this.#body)
  }

  #rules = ''

  // Kept from draw to draw: a claim added to a long article is counted by
  // what it changes, and one with no source changes nothing to draw.
  #count: { sentences: readonly Range[]; count: CoverageCount; sources: readonly unknown[] } | null = null

  render({ sentences, annotations, sources, sourceName }: CoverageInput): void {
    if (!sentences) {
      this.#count = null
      this.#body.replaceChildren(h('p', { class: 'hint' }, 'Counting the article’s sentences…'))
      return
    }
    const kept = this.#count
    if (kept?.sentences === sentences) {
      if (kept.count.update(annotations) === 'same' && kept.sources === sources) return
      kept.sources = sources
    } else {
      this.#count = { sentences, count: new CoverageCount(sentences, annotations), sources }
    }
    const c = this.#count!.count.result()
    if (c.sentences === 0) {
      this.#body.replaceChildren(h('p', { class: 'hint' }, 'This article has no sentences to count.'))
      return
    }
    const shown = c.sources.slice(0, SEGMENTS)
    const rest = c.sources.slice(SEGMENTS).reduce((n, s) => n + s.chars, 0)
    const segments = [
      ...shown.filter((s) => s.chars > 0).map((s) => ({ cls: `source-${s.sourceId}`, chars: s.chars, label: sourceName(s.sourceId) })),
      ...(rest > 0 ? [{ cls: 'coverage-other', chars: rest, label: 'Other sources' }] : []),
      { cls: 'coverage-none', chars: c.unattributed.chars, label: 'No source' },
    ].filter((s) => s.chars > 0)
    // Restyling is not free on a long article: only a changed bar is put back.
    const rules = segments.map((s, i) => `.coverage-bar .seg-${i} { flex-grow: ${s.chars}; }`).join('\n')
    if (rules !== this.#rules) sheet.replaceSync(rules)
    this.#rules = rules
    const summary = summaryLine(c, sourceName)
    this.#body.replaceChildren(
      h('div', { class: 'coverage-bar', role: 'img', 'aria-label': summary },
        segments.map((s, i) => h('span', { class: `seg seg-${i} ${s.cls}`, title: `${s.label}: ${percent(s.chars, c.chars)}%` }))),
      h('ul', { class: 'coverage-legend', 'aria-label': 'Sources in this article' },
        c.sources.map((s) => h('li', { class: `source-${s.sourceId}` },
          h('span', { class: 'swatch', 'aria-hidden': 'true' }),
          h('span', { class: 'legend-name' }, sourceName(s.sourceId)),
          h('span', { class: 'legend-figures' }, `${percent(s.chars, c.chars)}% · ${plural(s.sentences, 'sentence')} · ${plural(s.claims, 'claim')}`))),
        h('li', { class: 'coverage-none' },
          h('span', { class: 'swatch', 'aria-hidden': 'true' }),
          h('span', { class: 'legend-name' }, 'No source'),
          h('span', { class: 'legend-figures' }, `${percent(c.unattributed.chars, c.chars)}% · ${plural(c.unattributed.sentences.length, 'sentence')} unattributed`))),
      c.relays.length > 0 ? h('div', { class: 'coverage-relays' },
        h('h3', {}, 'Through relays'),
        h('ul', { 'aria-label': 'Relays' }, c.relays.map((r) => h('li', { class: `source-${r.viaId}` },
          h('span', { class: 'swatch', 'aria-hidden': 'true' }),
          `${sourceName(r.viaId)} passed on ${plural(r.claims, 'claim')}: `,
          r.sources.map((s) => `${sourceName(s.sourceId)} (${s.claims})`).join(', '))))) : '',
      c.unattributed.sentences.length > 0 ? h('button', { type: 'button', class: 'small', onclick: () => this.#next(c) }, 'Show next unattributed sentence') : '',
    )
  }

  #cursor = -1
  #next(c: Coverage): void {
    const list = c.unattributed.sentences
    this.#cursor = (this.#cursor + 1) % list.length
    this.#showUnattributed(list[this.#cursor]!)
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

// One sentence for screen readers and the bar's tooltip.
function summaryLine(c: Coverage, sourceName: (id: string) => string): string {
  const parts = c.sources.filter((s) => s.chars > 0).map((s) => `${sourceName(s.sourceId)} ${percent(s.chars, c.chars)}%`)
  parts.push(`no source ${percent(c.unattributed.chars, c.chars)}%`)
  return `Share of the text by source: ${parts.join(', ')}`
}
