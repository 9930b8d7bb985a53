// The "Coverage" section that leads the Markdown export: each source's
// share of the article's statement sentences, what came through which
// relay, and how many sentences have no source. The same figures as the
// reader's Coverage view (coverage.ts).

import type { Annotation } from '../model/annotation.ts'
import type { Block } from '../model/document.ts'
import { coverage, percent } from './coverage.ts'
import { statementSentences } from './statements.ts'

// `name` gives a source id's name as it may stand in a Markdown line
// (escaped by the caller).
export function coverageSection(blocks: readonly Block[], annotations: readonly Annotation[], name: (id: string) => string): string[] {
  const c = coverage(statementSentences(blocks), annotations)
  const out = ['## Coverage', '']
  if (c.sentences === 0) return [...out, 'No sentences to count.', '']
  out.push(`Share of the text (${plural(c.sentences, 'sentence')}) by source:`, '')
  for (const s of c.sources) {
    out.push(`- ${name(s.sourceId)}: ${percent(s.chars, c.chars)}% (${plural(s.sentences, 'sentence')}, ${plural(s.claims, 'claim')})`)
  }
  out.push(`- No source: ${percent(c.unattributed.chars, c.chars)}% (${plural(c.unattributed.sentences.length, 'sentence')} unattributed)`, '')
  for (const r of c.relays) {
    out.push(`Via ${name(r.viaId)}: ${plural(r.claims, 'claim')} (${r.sources.map((s) => `${name(s.sourceId)} ${s.claims}`).join(', ')}).`, '')
  }
  return out
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
