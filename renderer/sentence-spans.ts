// Sentences of the article for the keyboard's sentence moves, by the
// platform's own segmenter (Unicode's rules, in the document's language),
// trimmed of the white space around them. Computed once per text.

export interface Span { start: number; end: number }

let cached: { text: string; language: string; spans: Span[] } | null = null

export function sentenceSpans(text: string, language = 'en'): Span[] {
  if (cached?.text === text && cached.language === language) return cached.spans
  const spans: Span[] = []
  for (const { segment, index } of new Intl.Segmenter(language || undefined, { granularity: 'sentence' }).segment(text)) {
    const lead = segment.length - segment.trimStart().length
    const trimmed = segment.trim()
    if (trimmed) spans.push({ start: index + lead, end: index + lead + trimmed.length })
  }
  cached = { text, language, spans }
  return spans
}

export type SentenceMove = 'current' | 'next' | 'previous'

// The sentence to select from a selection (start = end for a caret): the
// one it is in, the one after its end, or the one before its start.
export function sentenceFor(spans: readonly Span[], at: Span, move: SentenceMove): Span | null {
  if (move === 'next') return spans.find((s) => s.start >= at.end) ?? null
  if (move === 'previous') return spans.findLast((s) => s.end <= at.start) ?? null
  return spans.find((s) => at.start < s.end) ?? spans.at(-1) ?? null
}
