// "official figures showed ... the Office for National Statistics said":
// figures the writer calls official, with no issuer of their own, are named
// by the public body the article quotes next (or, failing that, just
// before), within a few paragraphs (GUIDE 4: the fullest form in the article).

import type { SourceKind } from './kinds.ts'

export interface Placed { source: string; kind: SourceKind; para: number }

const OFFICIAL = /^official (figures|data|statistics|estimates)$/i
const PUBLIC_BODY = /\b(?:Office|Statistics|Statistical|Bureau|Ministry|Department|Agency|Service|Administration|Bank|Commission|Institute|Authority|Council|Government|Treasury)\b/
const REACH = 3
const DATA_OF = /^(?!official )(.+) (?:figures|data|statistics|estimates)$/i

export function officialIssuers(placed: readonly (Placed | null)[]): Map<string, string> {
  const names = new Map<string, string>()
  // Each name is looked for once, so the walk stays linear in the article.
  const tried = new Set<string>()
  placed.forEach((p, i) => {
    if (!p || p.kind !== 'document' || tried.has(p.source)) return
    tried.add(p.source)
    const official = OFFICIAL.exec(p.source)
    if (!official) return
    const issuer = (j: number) => {
      const q = placed[j]
      if (!q || Math.abs(q.para - p.para) > REACH) return null
      // "according to data published by NHS England": the issuer of other figures in the article.
      const data = q.kind === 'document' ? DATA_OF.exec(q.source) : null
      if (data) return data[1]!
      return q.kind === 'organisation' && PUBLIC_BODY.test(q.source) ? q.source : null
    }
    let found: string | null = null
    for (let j = i + 1; j < placed.length && !found && placed[j]?.para !== p.para + REACH + 1; j++) found = issuer(j)
    for (let j = i - 1; j >= 0 && !found && placed[j]?.para !== p.para - REACH - 1; j--) found = issuer(j)
    if (found) names.set(p.source, `${found} ${official[1]!.toLowerCase()}`)
  })
  return names
}
