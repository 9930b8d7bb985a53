// Attribution suggestions for the API: the engine (shared/attribution/) run
// on a document's canonical text, matched against the library's sources,
// keyed, and filtered by what the reader already has (an annotation with
// the same source over the same words) and has rejected.
//
// The engine and its NLP model run in a worker thread of their own
// (suggest/run-engine.ts), started on the first request, so a first run on
// a long text never holds up a save. The engine is told the outlet that
// published the article (its meta's publisher) when known: "told <that
// outlet>" is its own interview, "told <another>" a relay (GUIDE 6). Its raw
// answers are cached per text and publisher (a few documents; a run under
// way is shared), so opening a document
// again, or matching after a source was added, does not run it again; and
// on disk (suggest/answer-cache.ts), so the document shown at a start has
// its answer without the worker being started. The engine reads at most
// MAX_TEXT characters of a text.

import { createHash } from 'node:crypto'
import type { Annotation } from '../shared/model/annotation.ts'
import { describe } from '../shared/anchoring/describe.ts'
import { uncovered } from '../shared/model/suggestion-coverage.ts'
import { blockOffsets, canonicalText, type Block } from '../shared/model/document.ts'
import type { Source } from '../shared/model/source.ts'
import { suggestionKey, type SourceMatch, type Suggestion } from '../shared/model/suggestion.ts'
import type { AnswerCache } from './suggest/answer-cache.ts'
import { enginePublisher } from './suggest/engine-protocol.ts'
import { EngineThread, type EngineAnswer } from './suggest/run-engine.ts'

type Registry = typeof import('../shared/attribution/registry.ts')

// How many texts' raw suggestions are kept (the oldest goes first).
const CACHE_SIZE = 16

export interface Article {
  blocks: readonly Block[]
  meta?: { publisher?: string }
}

export interface Filters {
  // The document's annotations: one with the same source over any of the
  // suggested words hides the suggestion.
  annotations?: readonly Annotation[]
  rejected?: readonly string[]
}

export class Suggestions {
  #registry: Promise<Registry> | null = null
  #engine: Pick<EngineThread, 'run'>
  #cache = new Map<string, Promise<EngineAnswer>>()
  #disk: AnswerCache | null

  // disk: where answers are kept between sessions (none: only in memory).
  constructor(disk: AnswerCache | null = null, engine: Pick<EngineThread, 'run'> = new EngineThread()) {
    this.#disk = disk
    this.#engine = engine
  }

  async for(article: Article, sources: readonly Source[], filters: Filters = {}): Promise<Suggestion[]> {
    const text = canonicalText(article.blocks)
    const raw = (await this.#raw(text, article)).found
    // The source registry is loaded only now; the engine needs it not.
    const registry = await (this.#registry ??= import('../shared/attribution/registry.ts'))
    const index = new registry.SourceIndex(sources)
    const match = (name: string, kind: Parameters<Registry['libraryKind']>[1]): SourceMatch => {
      const sourceId = index.match(name)
      return sourceId ? { sourceId } : { proposed: { name: name.trim().slice(0, 200), kind: registry.libraryKind(name, kind) } }
    }
    const rejected = new Set(filters.rejected ?? [])
    const seen = new Set<string>()
    const out: Suggestion[] = []
    for (const s of raw) {
      const { start, end } = s.content
      if (end <= start || !s.source.trim()) continue
      const key = suggestionKey(start, end, s.source, s.via)
      if (seen.has(key) || rejected.has(key)) continue
      seen.add(key)
      out.push({
        key, content: s.content, cue: s.cue, source: s.source, sourceKind: s.sourceKind, via: s.via, venue: s.venue,
        confidence: s.confidence, sourceMatch: match(s.source, s.sourceKind), viaMatch: s.via ? match(s.via, 'outlet') : null,
        target: describe(text, start, end),
      })
    }
    return uncovered(out, filters.annotations ?? []) as Suggestion[]
  }

  // The statement sentences (the coverage view's units), cached as the
  // suggestions are.
  async sentences(article: Article): Promise<Range[]> {
    return (await this.#raw(canonicalText(article.blocks), article)).sentences
  }

  // The engine's answer without the library (matching comes after), so a
  // change of sources needs no new run. A failed run is not kept.
  #raw(text: string, { blocks, meta }: Article): Promise<EngineAnswer> {
    const starts = blockOffsets(blocks)
    const paragraphs = blocks.map((b, i) => ({ start: starts[i]!, end: starts[i]! + b.text.length, kind: b.type }))
    const publisher = enginePublisher(meta?.publisher)
    const key = cacheKey(text, blocks, publisher)
    return remembered(this.#cache, key, () => this.#found(key, text, paragraphs, publisher).catch((error: unknown) => {
      this.#cache.delete(key)
      throw error
    }))
  }

  // From the disk when kept there, else from the engine (and then kept).
  async #found(key: string, text: string, paragraphs: Parameters<EngineThread['run']>[1], publisher: string | null): Promise<EngineAnswer> {
    const kept = await this.#disk?.get(key, text.length)
    if (kept) return kept
    const answer = await this.#engine.run(text, paragraphs, publisher)
    void this.#disk?.put(key, answer)
    return answer
  }
}

interface Range { start: number; end: number }

// The text, its blocks' kinds and the publisher: the same text published by
// another outlet has other relays.
function cacheKey(text: string, blocks: readonly Block[], publisher: string | null): string {
  const hash = createHash('sha256').update(text).update('\u0000').update(blocks.map((b) => b.type).join(','))
  if (publisher !== null) hash.update('\u0000').update(publisher)
  return hash.digest('hex')
}

// A small least-recently-used cache: the oldest entry goes past CACHE_SIZE.
function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key)
  if (hit !== undefined) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const made = make()
  cache.set(key, made)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  return made
}
