// Matching a suggested source against the library's sources by name and
// aliases, folded for case and diacritics (and outlet aliases: "Tass" finds
// a source named "TASS"). No match proposes a new source of the given kind.

import { fold } from './fold.ts'
import { knownOutlet } from './outlets.ts'
import type { SourceKind } from './kinds.ts'

export interface RegistrySource {
  id: string
  name: string
  aliases: readonly string[]
  kind?: string
}

// The library's kinds (shared/model/source.ts) for a proposed new source.
export type LibraryKind = 'news-agency' | 'newspaper' | 'broadcaster' | 'government-body' | 'person' | 'other'

export class SourceIndex {
  private readonly byName = new Map<string, string>()

  constructor(sources: readonly RegistrySource[]) {
    for (const source of sources) {
      for (const name of [source.name, ...source.aliases]) {
        for (const key of keys(name)) if (!this.byName.has(key)) this.byName.set(key, source.id)
      }
    }
  }

  // (Asked for every suggestion by a dozen passes: an empty library folds no
  // name, and the outlet's form is looked for only when the name itself misses.)
  match(name: string): string | null {
    if (this.byName.size === 0) return null
    const id = this.byName.get(fold(name))
    if (id) return id
    const outlet = knownOutlet(name)
    return (outlet && this.byName.get(fold(outlet))) || null
  }
}

function keys(name: string): string[] {
  const out = [fold(name)]
  const outlet = knownOutlet(name)
  if (outlet) out.push(fold(outlet))
  return out
}

export function libraryKind(name: string, kind: SourceKind): LibraryKind {
  if (kind === 'person') return 'person'
  if (kind === 'outlet') {
    if (/\b(?:agency|agence|tass|xinhua|reuters|ap|afp|interfax|ria|kyodo|yonhap|anadolu)\b/i.test(name)) return 'news-agency'
    if (/\b(?:tv|television|radio|broadcast\w*|cnbc|cnn|bbc|cctv|cgtn|rt|nhk|sky|fox|nbc|abc|cbs|npr|pbs)\b/i.test(name)) return 'broadcaster'
    return 'newspaper'
  }
  if (kind === 'organisation' && /\b(?:ministry|government|kremlin|department|office|council|commission|parliament|embassy|administration|cabinet|state)\b/i.test(name)) return 'government-body'
  return 'other'
}
