// Accepting a suggestion is one step for the reader and three for the API:
// add the proposed source and relay when they are new, then create the
// claim. acceptSuggestion does them in order and, when a later step fails,
// takes back the sources it added, so nothing is half done; what it
// returns is all undoAccepted needs to take the whole step back.

import type { Api } from './contract.ts'
import type { Annotation, Target } from '../model/annotation.ts'
import type { Source } from '../model/source.ts'
import type { SourceMatch, Suggestion } from '../model/suggestion.ts'

type AcceptApi = Pick<Api, 'listSources' | 'addSource' | 'createAnnotation' | 'deleteAnnotation' | 'removeSource'>

// The reader's edits before accepting: another source or relay (library
// ids), a shorter span (a target inside the document), a note.
export interface AcceptEdits {
  sourceId?: string
  via?: string[]
  target?: Target
  note?: string
}

export interface Accepted {
  annotation: Annotation
  // Sources this step added to the library (removed again on undo).
  addedSources: Source[]
}

export async function acceptSuggestion(api: AcceptApi, documentId: string, suggestion: Suggestion, edits: AcceptEdits = {}): Promise<Accepted> {
  const added: Source[] = []
  try {
    let known: Source[] | null = null
    const idOf = async (match: SourceMatch): Promise<string> => {
      if ('sourceId' in match) return match.sourceId
      // Someone may have added it meanwhile (names are unique, any case).
      known ??= await api.listSources({})
      const wanted = match.proposed.name.toLowerCase()
      const existing = [...known, ...added].find((s) => s.name.toLowerCase() === wanted)
      if (existing) return existing.id
      const source = await api.addSource({ name: match.proposed.name, kind: match.proposed.kind })
      added.push(source)
      return source.id
    }
    const sourceId = edits.sourceId ?? await idOf(suggestion.sourceMatch)
    const via = edits.via ?? (suggestion.viaMatch ? [await idOf(suggestion.viaMatch)] : [])
    const annotation = await api.createAnnotation({
      documentId, kind: 'claim', target: edits.target ?? suggestion.target,
      sources: [sourceId], via: via.filter((id) => id !== sourceId), ...(edits.note ? { note: edits.note } : {}),
    })
    return { annotation, addedSources: added }
  } catch (error) {
    // The failure is what the reader needs to hear, not a failed clean-up.
    await removeAll(api, added).catch(() => undefined)
    throw error
  }
}

// Undo: the claim goes, and so do the sources the step added.
export async function undoAccepted(api: AcceptApi, accepted: Accepted): Promise<void> {
  await api.deleteAnnotation({ documentId: accepted.annotation.documentId, annotationId: accepted.annotation.id })
  await removeAll(api, accepted.addedSources)
}

async function removeAll(api: AcceptApi, sources: readonly Source[]): Promise<void> {
  for (const source of [...sources].reverse()) await api.removeSource({ sourceId: source.id })
}
