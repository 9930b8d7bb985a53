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

export interface RelayShare {
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

export interface Owned { start: number; end: number; sourceId: string }

// What a run of sentences contributes: characters and sentences per
// source, the characters owned, and which sentences no source owns.
export interface Tally {
  chars: Map<string, number>
  sentences: Map<string, number>
  owned: number
  unowned: boolean[]
}

export function coverage(sentences: readonly Range[], annotations: readonly Annotation[]): Coverage {
  const sorted = countedSentences(sentences)
  const sourced = annotations.filter((a) => a.sources.length > 0)
  const claims = new Map<string, number>()
  for (const a of sourced) for (const id of new Set(a.sources)) claims.set(id, (claims.get(id) ?? 0) + 1)
  const t = tally(sorted, ownership(sourced))
  return shaped({ sorted, claims, chars: t.chars, sentences: t.sentences, owned: t.owned, unowned: t.unowned, order: [...claims.keys()], relays: relays(annotations) })
}

// The sentences that count, in order.
export function countedSentences(sentences: readonly Range[]): Range[] {
  return [...sentences].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)
}

// The sentences (sorted, without overlaps) against the runs (the same):
// one walk through each.
export function tally(sentences: readonly Range[], owned: readonly Owned[]): Tally {
  const out: Tally = { chars: new Map(), sentences: new Map(), owned: 0, unowned: [] }
  let k = 0
  for (const sentence of sentences) {
    while (k < owned.length && owned[k]!.end <= sentence.start) k++
    const here = new Set<string>()
    for (let j = k; j < owned.length && owned[j]!.start < sentence.end; j++) {
      const o = owned[j]!
      const chars = Math.min(o.end, sentence.end) - Math.max(o.start, sentence.start)
      if (chars <= 0) continue
      out.chars.set(o.sourceId, (out.chars.get(o.sourceId) ?? 0) + chars)
      out.owned += chars
      here.add(o.sourceId)
    }
    for (const id of here) out.sentences.set(id, (out.sentences.get(id) ?? 0) + 1)
    out.unowned.push(here.size === 0)
  }
  return out
}

// The figures as the view takes them. order: the sources in the order
// their first claim comes (ties of share and claims go by it); a function
// when it is costly to find and needed only for a tie.
export function shaped(parts: {
  sorted: readonly Range[]; claims: ReadonlyMap<string, number>; chars: ReadonlyMap<string, number>; sentences: ReadonlyMap<string, number>
  owned: number; unowned: ArrayLike<boolean | number>; order: readonly string[] | (() => readonly string[]); relays: RelayShare[]
}): Coverage {
  const { sorted } = parts
  const unattributed: Range[] = []
  let total = 0
  for (let i = 0; i < sorted.length; i++) {
    total += sorted[i]!.end - sorted[i]!.start
    if (parts.unowned[i]) unattributed.push(sorted[i]!)
  }
  const shares = [...parts.claims].map(([sourceId, claims]): SourceShare => ({ sourceId, chars: parts.chars.get(sourceId) ?? 0, sentences: parts.sentences.get(sourceId) ?? 0, claims }))
  const byShare = (a: SourceShare, b: SourceShare) => b.chars - a.chars || b.claims - a.claims
  shares.sort(byShare)
  if (shares.some((s, i) => i > 0 && byShare(shares[i - 1]!, s) === 0)) {
    const order = typeof parts.order === 'function' ? parts.order() : parts.order
    const rank = new Map(order.map((id, i) => [id, i]))
    shares.sort((a, b) => byShare(a, b) || rank.get(a.sourceId)! - rank.get(b.sourceId)!)
  }
  return { chars: total, sentences: sorted.length, sources: shares, unattributed: { chars: total - parts.owned, sentences: unattributed }, relays: parts.relays }
}

// The text split into runs owned by one source each, in order: at every
// stretch the shortest sourced annotation over it decides.
export function ownership(sourced: readonly Annotation[]): Owned[] {
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

export function relays(annotations: readonly Annotation[]): RelayShare[] {
  const byVia = new Map<string, { claims: number; sources: Map<string, number> }>()
  for (const a of annotations) {
    if (a.via.length === 0) continue
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
