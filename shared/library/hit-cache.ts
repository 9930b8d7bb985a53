// What finding hits keeps of a document between answers, made when first
// needed and kept as long as the document's contents object lives (the
// search service keeps the documents it read, and reads a document again
// when its file changes, which gives a new object): the index of its
// annotations and its text in lower case when it is ASCII. Typing a query
// asks the same few documents again at every key.

import type { Annotation } from '../model/annotation.ts'
import { AnnotationWords } from './annotation-words.ts'
import type { Searchable } from './search.ts'
import { asciiLowered } from './text-spans.ts'
import { wordsOf, type Word } from './words.ts'

export class DocumentHitCache {
  readonly #annotations: readonly Annotation[]
  readonly #count: number
  readonly #text: string
  #words: AnnotationWords | null = null
  #lowered: string | null | undefined
  // A source's name (or "via" it) cut into words; names can change.
  readonly #names = new Map<string, Word[]>()

  constructor({ annotations, text }: Searchable) {
    this.#annotations = annotations
    this.#count = annotations.length
    this.#text = text
  }

  // Still what the entry holds (an entry is not changed in place, but if
  // it were, the cache must not answer for what it was).
  fits({ annotations, text }: Searchable): boolean {
    return annotations === this.#annotations && annotations.length === this.#count && text === this.#text
  }

  get annotationWords(): AnnotationWords {
    return (this.#words ??= new AnnotationWords(this.#annotations))
  }

  // The text in lower case, or null when it is not ASCII.
  get lowered(): string | null {
    if (this.#lowered === undefined) this.#lowered = asciiLowered(this.#text)
    return this.#lowered
  }

  nameWords(name: string): Word[] {
    let words = this.#names.get(name)
    if (!words) {
      if (this.#names.size > 1000) this.#names.clear()
      this.#names.set(name, (words = wordsOf(name)))
    }
    return words
  }
}

const kept = new WeakMap<Searchable, DocumentHitCache>()

export function hitCacheOf(entry: Searchable): DocumentHitCache {
  let cache = kept.get(entry)
  if (!cache || !cache.fits(entry)) kept.set(entry, (cache = new DocumentHitCache(entry)))
  return cache
}
