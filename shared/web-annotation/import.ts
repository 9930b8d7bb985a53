// W3C Web Annotation JSON (and the Hypothesis client's JSON export) -> annotations
// re-anchored on one document's canonical text. The inverse of
// export.ts: export, then import onto the same text, gives
// the same annotations back (kind, sources, note, target, ids, times).
//
// Accepted input: an AnnotationCollection (items in first.items, or in
// items), an AnnotationPage, a single Annotation, an array of annotations,
// or the Hypothesis client's export ({ annotations: [...] } of Hypothesis API
// annotations). Anything else is rejected with an Error saying what is
// wrong. Inside a valid container, an annotation that cannot be used (bad
// shape, no quoted text) is skipped into `orphans` with a reason, as is one
// whose quote anchoring cannot find in the text.
//
// Mapping:
//   kind     W3C: motivation "classifying" -> claim; any other (highlighting,
//            commenting, ...) -> highlight. Hypothesis has no motivation: an
//            annotation is a claim when at least one of its tags names a
//            known source, otherwise a highlight (a bare highlight, or a
//            highlight with a note).
//   sources  W3C bodies with purpose "tagging", Hypothesis tags. A body id
//            urn:sourcemark:source:<id> naming a known source wins; else the
//            value is matched against source names and aliases, trimmed and
//            case-insensitively. A tag that matches no source is NOT turned
//            into a source id: it is left out of `sources` and reported once
//            in `unknownSources` (first spelling seen, de-duplicated
//            case-insensitively), for the caller to offer
//            creating sources.
//   via      tagging bodies with the id urn:sourcemark:via:<id> (as the
//            export writes relays), or whose value (or Hypothesis tag) is
//            "via <name>": matched as sources are, into `via`.
//   note     W3C: TextualBody values with purpose "commenting" (or no
//            purpose, or "describing") and bodyValue, joined by a blank line.
//            Hypothesis: `text` (Markdown, kept as is).
//   id       the uuid of urn:uuid:<uuid>, the id of
//            urn:sourcemark:annotation:<id>, or a Hypothesis id; only when it
//            is a valid annotation id. Otherwise absent.
//   times    created / modified (Hypothesis: updated), normalised to ISO UTC;
//            absent when missing or unparsable.
//   target   re-described with describe() at the range anchorAll() found, so
//            it is valid for this text whatever the input held.
//
// Positions are only a hint: anchoring verifies by quote. A W3C
// TextPositionSelector counts Unicode code points (as our export writes
// them) and is converted back to UTF-16 units; Hypothesis counts UTF-16 units
// of its own rendering of the page and is used as is, except in Sourcemark's
// own Hypothesis export (hypothesis.ts), whose "sourcemark" field says it
// counts code points and gives each tag's source id and the kind.

import { anchorAll } from '../anchoring/anchor.ts'
import { describe } from '../anchoring/describe.ts'
import type { AnnotationKind, Target } from '../model/annotation.ts'
import type { Source } from '../model/source.ts'
import { utf16Offsets } from '../text/code-points.ts'
import { fromHypothesis, fromW3C, type Candidate, type ImportOrphan } from './import-candidate.ts'
import { itemsOf } from './import-container.ts'

export { MAX_IMPORTED_ANNOTATIONS } from './import-container.ts'
import { relayTag, sourceResolver } from './import-sources.ts'

interface ImportedAnnotation {
  id?: string
  kind: AnnotationKind
  target: Target
  sources: string[]
  via: string[]
  note: string
  created?: string
  modified?: string
}

export interface WebAnnotationImport {
  annotations: ImportedAnnotation[]
  // Those whose quote is not in this text, with the file's selectors (the
  // position clipped into the text), so they can be kept as orphans and
  // shown by their quote; each is also in `orphans`.
  unplaced: ImportedAnnotation[]
  orphans: ImportOrphan[]
  unknownSources: string[]
}

export interface WebAnnotationImportInput {
  text: string // the document's canonical text
  sources: Source[]
}

export const NOT_IN_DOCUMENT = 'the quoted text is not in this document'

export function importWebAnnotations(json: unknown, input: WebAnnotationImportInput): WebAnnotationImport {
  const { text } = input
  const items = itemsOf(json)
  const resolve = sourceResolver(input.sources)
  const toUtf16 = utf16Offsets(text)
  const unknown = new Map<string, string>() // lower case -> first spelling seen

  const parsed = items.map((item) => (item.hypothesis ? fromHypothesis(item.value) : fromW3C(item.value)))
  const candidates = parsed.filter((p): p is Candidate => 'claim' in p)
  const targets: Target[] = candidates.map((c) => {
    const hint = c.start === undefined ? 0 : Math.min(c.codePoints ? toUtf16(c.start) : c.start, text.length)
    return { position: { start: hint, end: hint + c.quote.exact.length }, quote: c.quote }
  })
  const found = anchorAll(text, targets)

  const annotations: ImportedAnnotation[] = []
  const unplaced: ImportedAnnotation[] = []
  const orphans: ImportOrphan[] = []
  let next = 0
  for (const p of parsed) {
    if (!('claim' in p)) { orphans.push(p); continue }
    const hint = targets[next]!
    const match = found[next++]
    if (!match) orphans.push({ quote: p.quote.exact, reason: NOT_IN_DOCUMENT })
    const length = p.quote.exact.length
    if (!match && length > text.length) continue
    const start = Math.min(hint.position.start, text.length - length)
    const target: Target = match ? describe(text, match.start, match.end) : { position: { start, end: start + length }, quote: p.quote }
    const sources: string[] = []
    const via: string[] = []
    for (const tag of p.tags) {
      const relay = relayTag(tag)
      const id = resolve(relay ?? tag)
      const into = relay ? via : sources
      if (id === undefined) {
        const name = (relay ?? tag).value.trim()
        if (name && !unknown.has(name.toLowerCase())) unknown.set(name.toLowerCase(), name)
      }
      else if (!into.includes(id)) into.push(id)
    }
    ;(match ? annotations : unplaced).push({
      ...(p.id !== undefined ? { id: p.id } : {}),
      kind: (p.claim === 'if-tagged' ? sources.length > 0 : p.claim) ? 'claim' : 'highlight',
      target,
      sources,
      via,
      note: p.note,
      ...(p.created !== undefined ? { created: p.created } : {}),
      ...(p.modified !== undefined ? { modified: p.modified } : {}),
    })
  }
  return { annotations, unplaced, orphans, unknownSources: [...unknown.values()] }
}
