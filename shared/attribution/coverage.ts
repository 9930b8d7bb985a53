// How much of an article each source accounts for: the coverage view and
// the head of the Markdown export. Pure: it takes the article's statement
// sentences (statements.ts) and its annotations.
//
// Every character of a statement sentence belongs to at most one source:
// the first source of the innermost annotation over it that has one, so
// nested or overlapping claims are never counted twice and the shares add
// up to at most the whole. A sentence counts for every source owning some
// of it; one that no sourced annotation touches is unattributed.

import type { Annotation } from '../model/annotation.ts'

export interface Range { start: number; end: number }

interface SourceShare {
  sourceId: string
  // Characters of statement sentences this source owns.
  chars: number
  // Statement sentences it owns some of.
  sentences: number
  // Annotations naming it among their sources.
  claims: number
}

interface RelayShare {
  viaId: string
  claims: number
  // Whose claims it passed on, most first.
  sources: { sourceId: string; claims: number }[]
}

export interface Coverage {
  // Characters and count of the statement sentences.
  chars: number
  sentences: number
  // Largest share first.
  sources: SourceShare[]
  // Characters no source owns, and the sentences no sourced annotation touches.
  unattributed: { chars: number; sentences: Range[] }
  relays: RelayShare[]
}

interface Owned { start: number; end: number; sourceId: string }

export function coverage(sentences: readonly Range[], annotations: readonly Annotation[]): Coverage {
  const sorted = [...sentences].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)
  const sourced = annotations.filter((a) => a.sources.length > 0)
  const owned = ownership(sourced)

  const shares = new Map<string, SourceShare>()
  const share = (sourceId: string) => {
    let s = shares.get(sourceId)
    if (!s) shares.set(sourceId, s = { sourceId, chars: 0, sentences: 0, claims: 0 })
    return s
  }
  for (const a of sourced) for (const id of new Set(a.sources)) share(id).claims++

  // Both lists are sorted and without overlaps: one walk through each.
  const unattributed: Range[] = []
  let total = 0
  let ownedChars = 0
  let k = 0
  for (const sentence of sorted) {
    total += sentence.end - sentence.start
    while (k < owned.length && owned[k]!.end <= sentence.start) k++
    const here = new Set<string>()
    for (let j = k; j < owned.length && owned[j]!.start < sentence.end; j++) {
      const o = owned[j]!
      const chars = Math.min(o.end, sentence.end) - Math.max(o.start, sentence.start)
      if (chars <= 0) continue
      share(o.sourceId).chars += chars
      ownedChars += chars
      here.add(o.sourceId)
    }
    for (const id of here) share(id).sentences++
    if (here.size === 0) unattributed.push(sentence)
  }

  const order = [...shares.keys()]
  const sources = [...shares.values()].sort((a, b) => b.chars - a.chars || b.claims - a.claims || order.indexOf(a.sourceId) - order.indexOf(b.sourceId))
  return { chars: total, sentences: sorted.length, sources, unattributed: { chars: total - ownedChars, sentences: unattributed }, relays: relays(annotations) }
}

// The text split into runs owned by one source each, in order: at every
// stretch the shortest sourced annotation over it decides.
function ownership(sourced: readonly Annotation[]): Owned[] {
  const items = sourced.map((a) => ({ start: a.target.position.start, end: a.target.position.end, sourceId: a.sources[0]! }))
    .filter((i) => i.end > i.start)
  const points = [...new Set(items.flatMap((i) => [i.start, i.end]))].sort((a, b) => a - b)
  const byStart = [...items].sort((a, b) => a.start - b.start)
  const active: typeof items = []
  const out: Owned[] = []
  let next = 0
  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p]!, to = points[p + 1]!
    while (next < byStart.length && byStart[next]!.start <= from) active.push(byStart[next++]!)
    for (let i = active.length - 1; i >= 0; i--) if (active[i]!.end <= from) active.splice(i, 1)
    if (active.length === 0) continue
    let best = active[0]!
    for (const item of active) if (item.end - item.start < best.end - best.start) best = item
    const last = out.at(-1)
    if (last && last.end === from && last.sourceId === best.sourceId) last.end = to
    else out.push({ start: from, end: to, sourceId: best.sourceId })
  }
  return out
}

function relays(annotations: readonly Annotation[]): RelayShare[] {
  const byVia = new Map<string, { claims: number; sources: Map<string, number> }>()
  for (const a of annotations) {
    for (const via of new Set(a.via)) {
      let r = byVia.get(via)
      if (!r) byVia.set(via, r = { claims: 0, sources: new Map() })
      r.claims++
      for (const id of new Set(a.sources)) r.sources.set(id, (r.sources.get(id) ?? 0) + 1)
    }
  }
  return [...byVia].map(([viaId, r]) => ({
    viaId, claims: r.claims,
    sources: [...r.sources].map(([sourceId, claims]) => ({ sourceId, claims })).sort((a, b) => b.claims - a.claims),
  })).sort((a, b) => b.claims - a.claims)
}

// A share as a whole percentage, never 0 for something that is there.
export function percent(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0
  return Math.max(1, Math.round((part / whole) * 100))
}
