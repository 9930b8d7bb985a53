// The browser side of bench/anchoring.ts, bundled with esbuild (iife) and
// run in headless Chromium: window.sourcemarkBench.run(input) measures with
// performance.now() and returns the figures. It uses the renderer's own
// modules (document-view.ts, highlights.ts) and the shared anchoring.

import search from 'approx-string-match'
import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { buildDoc, type OffsetMap } from '../renderer/editor/document-view.ts'
import { highlights, paint, type Painted } from '../renderer/editor/highlights.ts'
import { anchor, anchorAll, anchorMatch, type AnchorMatch } from '../shared/anchoring/anchor.ts'
import { describe } from '../shared/anchoring/describe.ts'
import type { AnnotationKind, Target } from '../shared/model/annotation.ts'
import type { ArticleDocument } from '../shared/model/document.ts'

export interface BenchAnnotation { id: string; kind: AnnotationKind; target: Target }

export interface BenchInput {
  document: ArticleDocument
  annotations: BenchAnnotation[]
  // The canonical text after a few edits.
  editedText: string
  // Ranges of the unedited text to annotate in scenario (c), one per run.
  addRanges: { start: number; end: number }[]
  // Annotations (of those whose quote is still in the edited text) the
  // baseline is timed on; its total is extrapolated from them.
  baselineSample: number
}

export interface BenchRow {
  scenario: string
  ms: number
  // Target in ms; null: reported for information.
  target: number | null
  baseline: number | null
  // ours / baseline must be at most this.
  ratioTarget?: number
}

export interface BenchOutput { rows: BenchRow[]; notes: string[]; runs: number; annotations: number; cores: number }

declare global {
  interface Window { sourcemarkBench: { run(input: BenchInput): Promise<BenchOutput> } }
}

const RUNS = 7
const OPEN_RUNS = 5

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
// After the next frame has been rendered (style, layout, paint).
const frameRendered = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
const idle = () => new Promise<void>((resolve) => setTimeout(resolve, 50))

function toPainted(annotations: BenchAnnotation[], ranges: (AnchorMatch | null)[], map: OffsetMap): Painted[] {
  const painted: Painted[] = []
  ranges.forEach((range, i) => {
    if (range) painted.push(paintedAs(annotations[i]!.id, annotations[i]!.kind, map.toPos(range.start), map.toPos(range.end), i))
  })
  return painted
}

// Some annotations carry a source (a colour class), as in the app.
const SOURCES = [undefined, 'xinhua', 'global-times', 'tass']
const paintedAs = (id: string, kind: AnnotationKind, from: number, to: number, i: number): Painted =>
  ({ id, kind, from, to, sources: SOURCES[i % SOURCES.length] ? [SOURCES[i % SOURCES.length]!] : [], current: false })

async function run(input: BenchInput): Promise<BenchOutput> {
  const { annotations } = input
  const targets = annotations.map((a) => a.target)
  const reader = document.getElementById('reader')!
  const rows: BenchRow[] = []
  const notes: string[] = []
  const newHost = () => {
    const host = document.createElement('div')
    host.className = 'article'
    reader.append(host)
    return host
  }

  // (a) Open to interactive: doc + offset map, anchor all, decorations,
  // view, next animation frame.
  const open = { total: [] as number[], rendered: [] as number[], doc: [] as number[], anchor: [] as number[], decorate: [] as number[], view: [] as number[] }
  let view: EditorView | null = null
  let map: OffsetMap | null = null
  let painted: Painted[] = []
  for (let r = 0; r < OPEN_RUNS; r++) {
    view?.destroy()
    reader.replaceChildren()
    const host = newHost()
    await idle()
    const t0 = performance.now()
    const built = buildDoc(input.document)
    const t1 = performance.now()
    const anchored = anchorAll(built.map.text, targets)
    const t2 = performance.now()
    painted = toPainted(annotations, anchored, built.map)
    const empty = EditorState.create({ doc: built.doc, plugins: [highlights] })
    const state = empty.apply(paint(empty, { remove: [], add: painted }))
    const t3 = performance.now()
    view = new EditorView(host, { state, editable: () => false })
    const t4 = performance.now()
    await nextFrame()
    const t5 = performance.now()
    await frameRendered()
    const t6 = performance.now()
    map = built.map
    open.doc.push(t1 - t0); open.anchor.push(t2 - t1); open.decorate.push(t3 - t2); open.view.push(t4 - t3)
    open.total.push(t5 - t0); open.rendered.push(t6 - t0)
    if (r === 0) notes.push(`(a) first (cold) open: ${(t5 - t0).toFixed(0)} ms to the next frame, ${(t6 - t0).toFixed(0)} ms until it was rendered`)
  }
  const marks = view!.dom.querySelectorAll('mark.annotation').length
  rows.push({ scenario: '(a) open to interactive (next frame)', ms: median(open.total), target: 1500, baseline: null })
  rows.push({ scenario: '    … until that frame is rendered', ms: median(open.rendered), target: null, baseline: null })
  rows.push({ scenario: '    of which: doc + offset map', ms: median(open.doc), target: null, baseline: null })
  rows.push({ scenario: '    of which: anchorAll', ms: median(open.anchor), target: null, baseline: null })
  rows.push({ scenario: '    of which: decorations', ms: median(open.decorate), target: null, baseline: null })
  rows.push({ scenario: '    of which: EditorView', ms: median(open.view), target: null, baseline: null })
  notes.push(`(a) ${painted.length.toLocaleString('en')} annotations painted as ${marks.toLocaleString('en')} <mark> elements; ${view!.dom.querySelectorAll('*').length.toLocaleString('en')} elements in the view`)

  // (b) Building the decorations alone: the highlights plugin turning
  // painted ranges into a DecorationSet.
  const decorate: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const empty = EditorState.create({ doc: view!.state.doc, plugins: [highlights] })
    const t0 = performance.now()
    empty.apply(paint(empty, { remove: [], add: painted }))
    decorate.push(performance.now() - t0)
  }
  rows.push({ scenario: `(b) build ${painted.length.toLocaleString('en')} decorations`, ms: median(decorate), target: 50, baseline: null })

  // (c) Adding one annotation: describe the selection, anchor it, and add
  // its decoration to the set (the renderer's incremental path).
  // view.dispatch(tr) is view.updateState(view.state.apply(tr)); the two
  // halves are timed apart.
  const add = { sync: [] as number[], rendered: [] as number[], anchor: [] as number[], apply: [] as number[], update: [] as number[] }
  for (const [i, range] of input.addRanges.entries()) {
    await idle()
    const t0 = performance.now()
    const target = describe(map!.text, range.start, range.end)
    const found = anchor(map!.text, target)!
    const added = paintedAs(`new-${i}`, 'claim', map!.toPos(found.start), map!.toPos(found.end), i)
    const ta = performance.now()
    const next = view!.state.apply(paint(view!.state, { remove: [], add: [added] }))
    const tb = performance.now()
    view!.updateState(next)
    const t1 = performance.now()
    await frameRendered()
    add.sync.push(t1 - t0)
    add.rendered.push(performance.now() - t0)
    add.anchor.push(ta - t0); add.apply.push(tb - ta); add.update.push(t1 - tb)
  }
  rows.push({ scenario: '(c) add one annotation (describe+anchor+repaint)', ms: median(add.sync), target: 16, baseline: null })
  rows.push({ scenario: '    of which: describe + anchor', ms: median(add.anchor), target: null, baseline: null })
  rows.push({ scenario: '    of which: add to DecorationSet', ms: median(add.apply), target: null, baseline: null })
  rows.push({ scenario: '    of which: EditorView update', ms: median(add.update), target: null, baseline: null })
  rows.push({ scenario: '    … until the next frame is rendered', ms: median(add.rendered), target: null, baseline: null })

  // (d) Anchoring all annotations on the unchanged text.
  const text = map!.text
  const unchanged: number[] = []
  let result: (AnchorMatch | null)[] = []
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now()
    result = anchorAll(text, targets)
    unchanged.push(performance.now() - t0)
  }
  const byPosition = result.filter((r) => r?.method === 'position').length
  const baseUnchanged = baseline(text, annotations, input.baselineSample, result)
  rows.push({ scenario: `(d) anchor ${targets.length.toLocaleString('en')}, text unchanged`, ms: median(unchanged), target: 50, baseline: baseUnchanged.total, ratioTarget: 0.5 })
  notes.push(`(d) ${byPosition.toLocaleString('en')} of ${targets.length.toLocaleString('en')} anchored at their stored position`)

  // (e) Anchoring all annotations after a few edits.
  const editedRuns: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now()
    result = anchorAll(input.editedText, targets)
    editedRuns.push(performance.now() - t0)
  }
  const count = (method: string) => result.filter((r) => (r ? r.method : 'orphan') === method).length
  const baseEdited = baseline(input.editedText, annotations, input.baselineSample, result)
  rows.push({ scenario: `(e) anchor ${targets.length.toLocaleString('en')}, text edited`, ms: median(editedRuns), target: 300, baseline: baseEdited.total, ratioTarget: 0.5 })
  notes.push(`(e) results: ${count('position')} at their position, ${count('exact')} exact elsewhere, ${count('approximate')} approximate, ${count('orphan')} orphans`)

  // (e′) One anchor() call per annotation, as a caller without anchorAll.
  const oneByOne: number[] = []
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now()
    for (const t of targets) anchorMatch(input.editedText, t)
    oneByOne.push(performance.now() - t0)
  }
  rows.push({ scenario: '(e′) same, anchor() one by one (median of 3)', ms: median(oneByOne), target: null, baseline: baseEdited.total })

  for (const [label, b] of [['(d)', baseUnchanged], ['(e)', baseEdited]] as const) {
    notes.push(`${label} baseline: approx-string-match as the Hypothesis client uses it (all exact occurrences first, else approximate search of the whole text with maxErrors = min(256, floor(length/2)); best by 50·quote + 20·prefix + 20·suffix + 2·position). ` +
      `${b.hard} annotations whose quote is no longer in the text were timed all (${b.hardMs.toFixed(0)} ms); the other ${b.easy.toLocaleString('en')} were timed on an even sample of ${b.sampled} (${b.sampleMs.toFixed(0)} ms) and extrapolated linearly. Estimated total ${b.total.toFixed(0)} ms. ` +
      `Of the ${b.compared} it anchored, ${b.agreed} got the same range as ours; ${b.attached} of our orphans it attached somewhere.`)
  }
  return { rows, notes, runs: RUNS, annotations: annotations.length, cores: navigator.hardwareConcurrency }
}


// ---------------------------------------------------------------------------
// Baseline: approx-string-match used the way the Hypothesis client's
// match-quote does (re-implemented here from its description).

function baselineAnchor(text: string, target: Target): { start: number; end: number } | null {
  const { exact, prefix, suffix } = target.quote
  const hint = target.position.start
  let matches: { start: number; end: number; errors: number }[] = []
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) matches.push({ start: at, end: at + exact.length, errors: 0 })
  if (matches.length === 0) matches = search(text, exact, Math.min(256, Math.floor(exact.length / 2)))
  let best: { start: number; end: number } | null = null
  let bestScore = -Infinity
  for (const m of matches) {
    const quoteScore = 1 - m.errors / exact.length
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1
    const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1
    const positionScore = 1 - Math.abs(m.start - hint) / text.length
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92
    if (score > bestScore) { bestScore = score; best = { start: m.start, end: m.end } }
  }
  return best
}

function similarity(found: string, expected: string): number {
  if (!found.length || !expected.length) return 0
  const matches = search(found, expected, expected.length)
  return matches.length ? 1 - Math.min(...matches.map((m) => m.errors)) / expected.length : 0
}

// Times the baseline on every annotation whose quote is gone from the text
// (each costs an approximate search of the whole text) and on an even
// sample of the rest, and extrapolates the rest linearly. Also compares its
// answers with ours.
function baseline(text: string, annotations: BenchAnnotation[], sample: number, ours: (AnchorMatch | null)[]) {
  const hard = annotations.flatMap((a, i) => (text.includes(a.target.quote.exact) ? [] : [i]))
  const easy = annotations.flatMap((a, i) => (text.includes(a.target.quote.exact) ? [i] : []))
  const step = Math.max(1, Math.floor(easy.length / sample))
  const sampled = easy.filter((_, j) => j % step === 0).slice(0, sample)
  const answers = new Map<number, { start: number; end: number } | null>()
  let t0 = performance.now()
  for (const i of hard) answers.set(i, baselineAnchor(text, annotations[i]!.target))
  const hardMs = performance.now() - t0
  t0 = performance.now()
  for (const i of sampled) answers.set(i, baselineAnchor(text, annotations[i]!.target))
  const sampleMs = performance.now() - t0
  const total = hardMs + (sampled.length ? (sampleMs * easy.length) / sampled.length : 0)
  let compared = 0, agreed = 0, attached = 0
  for (const [i, theirs] of answers) {
    const mine = ours[i]
    if (!mine && theirs) attached++
    if (!mine || !theirs) continue
    compared++
    if (mine.start === theirs.start && mine.end === theirs.end) agreed++
  }
  return { hard: hard.length, hardMs, easy: easy.length, sampled: sampled.length, sampleMs, total, compared, agreed, attached }
}

window.sourcemarkBench = { run }
