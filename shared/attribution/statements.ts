// The sentences of an article that state something: the units the coverage
// view counts. Titles and headings are left out (they announce, they do not
// assert); every other sentence, as the engine splits them, counts.

import type { Block } from '../model/document.ts'
import { blockOffsets, canonicalText } from '../model/document.ts'
import { MAX_TEXT } from './suggest.ts'
import { tokenize } from './nlp.ts'
import { paragraphsOf, splitSentences, type Sentence } from './sentences.ts'

export interface Range { start: number; end: number }

export function statementSentences(blocks: readonly Block[]): Range[] {
  const whole = canonicalText(blocks)
  // The engine reads no further than this, and neither does coverage.
  const text = whole.length > MAX_TEXT ? whole.slice(0, MAX_TEXT) : whole
  const starts = blockOffsets(blocks)
  const paragraphs = blocks.map((b, i) => ({ start: starts[i]!, end: Math.min(text.length, starts[i]! + b.text.length), kind: b.type }))
    .filter((p) => p.start < p.end)
  return statements(splitSentences(text, tokenize(text), paragraphsOf(text, paragraphs)))
}

// The statements among sentences the engine already split.
export function statements(sentences: readonly Sentence[]): Range[] {
  return sentences.filter((s) => !s.heading).map((s) => ({ start: s.start, end: s.end }))
}
