// "according to a report released on Tuesday by the IPC ... The authors
// projected that": the authors of the text the article last cited are its
// issuer (GUIDE 4: the originator, named as the article names it), not an
// unnamed group. Only a definite "the authors", and only when an earlier
// suggestion names a text by its issuer ("IPC report", "Oxfam study").

import type { SourceKind } from './kinds.ts'

interface Authored { source: string; sourceKind: SourceKind; sourceId: string | null; cue: { start: number; end: number } }

const AUTHORS = /^the\s+(?:report['’]s\s+|study['’]s\s+)?authors\b/i
const UNNAMED = /^authors \((?:anonymous|unnamed)\)$/
// The texts whose issuer stands before the noun in the engine's names.
const ISSUED = /^(.+?) (?:report|study|survey|paper|analysis|review|assessment)$/
const BARE = /^(?:report|study|survey|paper|analysis|review|assessment)$/

export function textAuthors(out: Authored[], text: string, match: (name: string) => string | null): void {
  let issuer: string | null = null
  for (const s of out) {
    if (s.sourceKind === 'document') {
      // (A text of such a kind with no issuer, "a study of farms", is another text whose authors are unnamed.)
      const m = ISSUED.exec(s.source)
      if (m) issuer = /^\p{Lu}/u.test(m[1]!) ? m[1]! : null
      else if (BARE.test(s.source)) issuer = null
      continue
    }
    if (!issuer || !UNNAMED.test(s.source) || !AUTHORS.test(text.slice(s.cue.start, s.cue.end))) continue
    // (A person when some suggestion already names the issuer as one, else the body that issued it.)
    const known = out.find((o) => o.source === issuer && o.sourceKind !== 'document')
    s.source = issuer
    s.sourceKind = known?.sourceKind ?? 'organisation'
    s.sourceId = match(issuer)
  }
}
