// Who said what: attribution suggestions, and rejecting them.

import { z } from 'zod'
import { DocumentId } from '../../model/document.ts'
import { Suggestion, SuggestionKey } from '../../model/suggestion.ts'
import { Base64, Count } from './schema-parts.ts'

// A statement sentence of a text (the coverage view counts them).
export const SentenceRange = z.object({ start: Count, end: Count })

export const suggestionMethods = {
  // Attribution suggestions for a library document, or for
  // an article file (imported as importDocument does, never stored).
  // Offsets are in the document's canonical text. A document's suggestions
  // leave out those it rejected and those over the same words as an
  // annotation with the same source. Accepting is addSource (for a
  // proposed source or relay) then createAnnotation with the suggestion's
  // target, sources and via. `sentences` are the text's statement sentences
  // (no titles or headings), the units of the coverage view. With
  // `covered: true` the annotations' filter is left to the caller (the
  // reader applies shared/model/suggestion-coverage.ts itself as its
  // annotations change, so a new claim needs no new answer).
  suggestAttributions: () => ({
    input: z.union([
      z.strictObject({ documentId: DocumentId, covered: z.boolean().optional() }),
      z.strictObject({ fileName: z.string().min(1).max(255), contentBase64: Base64 }),
    ]),
    output: z.object({ suggestions: z.array(Suggestion), sentences: z.array(SentenceRange) }),
  }),
  // Hides a suggestion for this document for good (kept in its file);
  // unrejectSuggestion shows it again (undo).
  rejectSuggestion: () => ({
    input: z.strictObject({ documentId: DocumentId, key: SuggestionKey }),
    output: z.object({ rejected: z.boolean() }),
  }),
  unrejectSuggestion: () => ({
    input: z.strictObject({ documentId: DocumentId, key: SuggestionKey }),
    output: z.object({ unrejected: z.boolean() }),
  }),
} as const
