// A block of an HTML page while it is being read: its raw text (whitespace
// not yet collapsed) and the marks in force over each run of it.
//
// Marks are recorded per run of text, never per open element: the walk
// keeps one MarkState per mark element it enters, and a run of text holds a
// reference to the state it was read under. However deeply marks nest, a
// text node costs one run and a block at most three marks per run, so the
// work stays linear in the page (300 nested <b><i><a> around 40,000 words
// once made 12 million mark records).

import { limits, type Block, type BlockType, type InlineMark, type MarkType } from '../../model/document.ts'
import { collapseMarkedText } from '../collapse-marked-text.ts'
import type { WorkMeter } from '../work-meter.ts'

// At most one of each kind: nested <b><b> is one strong, and a link inside
// a link is the inner one, the one a click follows.
export interface MarkState {
  readonly em: boolean
  readonly strong: boolean
  readonly href: string | undefined
}

export const NO_MARKS: MarkState = { em: false, strong: false, href: undefined }

export type MarkSpec = { type: 'em' | 'strong' } | { type: 'link'; href: string }

// The state inside an element carrying `mark`; the same object when the
// mark changes nothing, so runs under <b><b> still share their state.
export function withMark(state: MarkState, mark: MarkSpec): MarkState {
  if (mark.type === 'link') return state.href === mark.href ? state : { ...state, href: mark.href }
  return state[mark.type] ? state : { ...state, [mark.type]: true }
}

export interface Shape {
  type: BlockType
  level?: number
  ordered?: boolean
  number?: number
}

interface Run { from: number; to: number; marks: MarkState }
interface RawMark { type: MarkType; from: number; to: number; href?: string }

function solidLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) n++
  }
  return n
}

export class Draft {
  raw = ''
  // Visible characters of the text that came from inside links.
  linked = 0
  // Characters other than HTML whitespace: collapsing never drops them, so
  // past the limit the block is surely too long, however it collapses.
  solid = 0
  // Read inside a figure or caption (walk.ts).
  caption = false
  private runs: Run[] = []
  // Kept as text arrives: testing the whole raw text each time a table cell
  // is added made a row of many cells quadratic.
  private text = false
  constructor(readonly shape: Shape, readonly lead: boolean, readonly pre = false) {}

  append(text: string, marks: MarkState): void {
    if (text.length === 0) return
    const from = this.raw.length
    this.raw += text
    this.solid += solidLength(text)
    if (!this.text) this.text = this.solid > 0
    const last = this.runs.at(-1)
    if (last && last.marks === marks) last.to = this.raw.length
    else this.runs.push({ from, to: this.raw.length, marks })
  }

  appendDraft(other: Draft): void {
    const shift = this.raw.length
    this.raw += other.raw
    this.solid += other.solid
    if (!this.text) this.text = other.text
    for (const run of other.runs) this.runs.push({ from: run.from + shift, to: run.to + shift, marks: run.marks })
  }

  hasText(): boolean {
    return this.text
  }

  // The draft as blocks' raw pieces: the whole of it, or for pre its parts
  // between blank lines. Each piece's marks are read off the runs it spans.
  pieces(meter: WorkMeter): { raw: string; marks: RawMark[] }[] {
    const cuts: [number, number][] = []
    let start = 0
    if (this.pre) {
      for (const match of this.raw.matchAll(/\n[ \t\r\f]*\n/g)) {
        cuts.push([start, match.index])
        start = match.index + match[0].length
      }
    }
    cuts.push([start, this.raw.length])
    const pieces: { raw: string; marks: RawMark[] }[] = []
    let at = 0
    for (const [from, to] of cuts) {
      while (at < this.runs.length && this.runs[at]!.to <= from) at++
      const marks: RawMark[] = []
      // Runs are in order and touch, so a mark stays open while the runs
      // after it keep its kind (and href).
      const open: Partial<Record<'em' | 'strong' | 'link', RawMark>> = {}
      for (let i = at; i < this.runs.length && this.runs[i]!.from < to; i++) {
        meter.step()
        const run = this.runs[i]!
        const start = Math.max(run.from, from) - from
        const end = Math.min(run.to, to) - from
        extend(open, marks, 'em', run.marks.em ? '' : undefined, start, end)
        extend(open, marks, 'strong', run.marks.strong ? '' : undefined, start, end)
        extend(open, marks, 'link', run.marks.href, start, end)
      }
      pieces.push({ raw: this.raw.slice(from, to), marks })
    }
    return pieces
  }
}

function extend(
  open: Partial<Record<'em' | 'strong' | 'link', RawMark>>, marks: RawMark[],
  type: 'em' | 'strong' | 'link', value: string | undefined, from: number, to: number,
): void {
  const current = open[type]
  if (value === undefined) {
    delete open[type]
    return
  }
  if (current && current.to === from && (type !== 'link' || current.href === value)) {
    current.to = to
    return
  }
  const mark: RawMark = type === 'link' ? { type, from, to, href: value } : { type, from, to }
  marks.push(mark)
  open[type] = mark
}

const ORDER: Record<MarkType, number> = { dateline: 0, link: 1, strong: 2, em: 3 }

// HTML's own whitespace: a no-break space is text.
const isHtmlSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f'

// Runs of HTML whitespace become one space and the ends are trimmed, as a
// browser renders them; marks move with their words and lose any spaces at
// their edges. Undefined when nothing readable is left.
export function finishBlock(raw: string, rawMarks: RawMark[], shape: Shape, meter: WorkMeter): Block | undefined {
  meter.step(raw.length + rawMarks.length)
  const collapsed = collapseMarkedText(raw, rawMarks, isHtmlSpace)
  if (!/[^\s]/u.test(collapsed.text)) return undefined
  const marks = collapsed.marks
    .map(({ type, from, to, href }): InlineMark => (href === undefined ? { type, from, to } : { type, from, to, href }))
    .sort((a, b) => a.from - b.from || b.to - a.to || ORDER[a.type] - ORDER[b.type])
  const block: Block = { type: shape.type, text: collapsed.text }
  if (shape.level !== undefined) block.level = shape.level
  if (shape.ordered !== undefined) block.ordered = shape.ordered
  if (shape.number !== undefined) block.number = shape.number
  if (marks.length > 0) block.marks = marks.slice(0, limits.marks)
  return block
}
