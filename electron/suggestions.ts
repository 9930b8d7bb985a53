// Attribution suggestions for the API: the engine (shared/attribution/) run
// on a document's canonical text, matched against the library's sources,
// keyed, and filtered by what the reader already has (an annotation with
// the same source over the same words) and has rejected.
//
// The engine and its NLP model are loaded on the first request, not when
// the app starts; its raw answers are cached per text (a few documents),
// so opening a document again, or matching after a source was added, does
// not run it again. The engine reads at most MAX_TEXT characters of a text.

import { createHash } from 'node:crypto'
import type { Annotation } from '../shared/model/annotation.ts'
import { describe } from '../shared/anchoring/describe.ts'
import { uncovered } from '../shared/model/suggestion-coverage.ts'
import { blockOffsets, canonicalText, type Block } from '../shared/model/document.ts'
import type { Source } from '../shared/model/source.ts'
import { suggestionKey, type SourceMatch, type Suggestion } from '../shared/model/suggestion.ts'
import type { Suggestion as EngineSuggestion } from '../shared/attribution/suggest.ts'

type Engine = typeof import('../shared/attribution/suggest.ts')
type Registry = typeof import('../shared/attribution/registry.ts')
type Statements = typeof import('../shared/attribution/statements.ts')

// How many texts' raw suggestions are kept (the oldest goes first).
const CACHE_SIZE = 16

export interface Article {
  blocks: readonly Block[]
}

export interface Filters {
  // The document's annotations: one with the same source over any of the
  // suggested words hides the suggestion.
  annotations?: readonly Annotation[]
  rejected?: readonly string[]
}

export class Suggestions {
  #modules: Promise<{ engine: Engine; registry: Registry; statements: Statements }> | null = null
  #cache = new Map<string, Raw>()

  async for(article: Article, sources: readonly Source[], filters: Filters = {}): Promise<Suggestion[]> {
    const { engine, registry, statements } = await this.#load()
    const text = canonicalText(article.blocks)
    const raw = this.#raw(engine, statements, text, article.blocks).found
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
    const { engine, statements } = await this.#load()
    return this.#raw(engine, statements, canonicalText(article.blocks), article.blocks).sentences
  }

  #load() {
    this.#modules ??= Promise.all([import('../shared/attribution/suggest.ts'), import('../shared/attribution/registry.ts'), import('../shared/attribution/statements.ts')])
      .then(([engine, registry, statements]) => ({ engine, registry, statements }))
    return this.#modules
  }

  // The engine's answer without the library (matching comes after), so a
  // change of sources needs no new run.
  #raw(engine: Engine, statements: Statements, text: string, blocks: readonly Block[]): Raw {
    const starts = blockOffsets(blocks)
    const paragraphs = blocks.map((b, i) => ({ start: starts[i]!, end: starts[i]! + b.text.length, kind: b.type }))
    return remembered(this.#cache, cacheKey(text, blocks), () => {
      let sentences: Range[] = []
      const found = engine.suggestAttributions(text, { paragraphs, sentences: (split) => { sentences = statements.statements(split) } })
      return { found, sentences }
    })
  }
}

interface Range { start: number; end: number }

// One engine run: its suggestions and the text's statement sentences.
interface Raw { found: EngineSuggestion[]; sentences: Range[] }

function cacheKey(text: string, blocks: readonly Block[]): string {
  return createHash('sha256').update(text).update('\u0000').update(blocks.map((b) => b.type).join(',')).digest('hex')
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
