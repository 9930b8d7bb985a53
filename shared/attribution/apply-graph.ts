// The mention graph's names written into the finished suggestions: each
// source, relay and other source takes its entity's one name, and an
// unnamed source's description or a document's name the name it opens with
// (mention-graph.ts says which).

import { MARK, MAX_NAMES, type MentionGraph } from './mention-graph.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null; via: string | null; otherSources: string[] }

// Every suggestion's names in the graph's form (`match` finds a renamed source in the registry again).
export function applyGraph(out: Sourced[], graph: MentionGraph, match: (name: string) => string | null): void {
  // (Sources recur through an article: each is looked up once.)
  const seen = new Map<string, string>()
  const once = (key: string, find: () => string) => {
    let found = seen.get(key)
    if (found === undefined) { found = find(); if (seen.size < 16 * MAX_NAMES) seen.set(key, found) }
    return found
  }
  const described = (n: string) => once(`d ${n}`, () => graph.described(n))
  const named = (n: string, person: boolean) => once(`${person ? 'p' : 'n'} ${n}`, () => graph.name(n, person))
  const people = new Set<string>()
  for (const s of out) {
    // (A bare surname is a person's only where the source is one: "Ford said" may be the firm.)
    const name = s.sourceKind === 'anonymous' || s.sourceKind === 'document' || MARK.test(s.source) ? described(s.source) : named(s.source, s.sourceKind === 'person')
    if (name !== s.source) { s.source = name; s.sourceId = match(name) }
    if (s.sourceKind === 'person' && people.size < MAX_NAMES) people.add(s.source)
    if (s.via) s.via = named(s.via, false)
    s.otherSources = s.otherSources.map((n) => (MARK.test(n) ? described(n) : named(n, false)))
  }
  // (A surname the engine took for a body is the person whose full name is a person's source elsewhere, as fullest-names.ts reads it.)
  for (const s of out) {
    if (s.sourceKind !== 'organisation' || s.source.includes(' ')) continue
    const name = named(s.source, true)
    if (name !== s.source && people.has(name)) { s.source = name; s.sourceKind = 'person'; s.sourceId = match(name) }
  }
}
