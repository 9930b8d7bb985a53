// "The company reported $4.71 a share, exceeding the $4.32 expected, according
// to LSEG": a sentence that sets a firm's figures against what was expected
// and closes with "according to" the compiler of the figures puts the whole
// comparison in that compiler's mouth, so it is the outermost source (GUIDE
// 4), the firm's report one of the other sources. Without the comparison the
// firm's own report stays outermost ("Acme said it expects growth, according
// to a filing" is Acme).

import type { Attribution, Resolved } from './attribute.ts'
import type { Cue } from './cues.ts'

// A figure set against expectations: "exceeding the $4.32 in expected earnings", "beating estimates", "vs. $1.18 expected".
const COMPARED = /\b(?:exceed\w*|beat\w*|top(?:s|ped|ping)?|miss\w*|fell short|falls short|above|below|ahead of|compared with|versus|vs\.?)\s(?:[^;]{0,80}?\s)?(?:expect\w*|estimates?|consensus|forecasts?)\b/i

export function expectationSource(text: string, attribution: Attribution | null, cues: readonly Cue[], resolved: ReadonlyMap<Cue, Resolved>): Attribution | null {
  if (!attribution) return attribution
  const main = attribution.main
  let last: Cue | null = null
  for (const c of cues) if (!c.inQuote && resolved.has(c) && (!last || c.start > last.start)) last = c
  if (!last || last === main || last.kind !== 'according' || !last.trailing || main.start > last.start) return attribution
  const source = resolved.get(last)!
  if (source.kind !== 'organisation' && source.kind !== 'document') return attribution
  if (!COMPARED.test(text.slice(main.end, last.start))) return attribution
  const others = [attribution.source, ...attribution.otherSources].filter((n) => n !== source.name)
  return { ...attribution, source: source.name, kind: source.kind, main: last, otherSources: [...new Set(others)] }
}
