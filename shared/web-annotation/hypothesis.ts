// Annotations -> the Hypothesis API's annotation format
// (https://h.readthedocs.io/en/latest/api-reference/), so that a reader can
// move their notes into a Hypothesis group (POST each to /api/annotations
// with a group id added) or keep them as a Hypothesis-style file.
//
// The file: { export_date, generator: "Sourcemark", annotations: [...] }
// (the shape of the Hypothesis client's own export), each annotation:
//   id, created, updated   as stored (a server assigns its own id)
//   uri                    the article's URL (urn:sourcemark:document:<id>
//                          when it has none)
//   document.title         [the title]
//   text                   the note (Hypothesis reads it as Markdown)
//   tags                   the sources' names, then "via <name>" per relay
//   target                 [{ source: uri, selector: [TextQuoteSelector,
//                          TextPositionSelector] }], positions in Unicode
//                          code points like every Sourcemark export
//   sourcemark             { kind, sources, via, offsets: "code-points" }:
//                          what tags cannot say (a claim without a source,
//                          a highlight with one; ids that survive a rename).
//                          Hypothesis keeps fields it does not know as
//                          "extra"; import.ts reads them back, so export
//                          then import gives the same annotations.
// In reading order, orphans last with their stored selectors.

import type { Annotation, AnnotationKind } from '../model/annotation.ts'
import { byDocumentOrder } from '../model/annotation.ts'
import { canonicalText } from '../model/document.ts'
import { placeEach } from '../anchoring/place.ts'
import { codePointOffsets } from '../text/code-points.ts'
import { documentUri, VIA_PREFIX, type WebAnnotationExportInput } from './export.ts'

export interface HypothesisAnnotation {
  id: string
  created: string
  updated: string
  uri: string
  document: { title: string[] }
  text: string
  tags: string[]
  target: [{
    source: string
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }]
  sourcemark: { kind: AnnotationKind; sources: string[]; via: string[]; offsets: 'code-points' }
}

export interface HypothesisExport {
  export_date: string
  generator: 'Sourcemark'
  annotations: HypothesisAnnotation[]
}

export function toHypothesis(input: WebAnnotationExportInput): HypothesisExport {
  return { export_date: input.exported, generator: 'Sourcemark', annotations: hypothesisAnnotations(input) }
}

export function hypothesisAnnotations({ document: article, annotations, sources }: WebAnnotationExportInput): HypothesisAnnotation[] {
  const names = new Map(sources.map((s) => [s.id, s.name]))
  const text = canonicalText(article.blocks)
  const toCodePoints = codePointOffsets(text)
  const mine = annotations.filter((a) => a.documentId === article.id)
  const now = placeEach(text, mine)
  const placed = mine.flatMap((_, i) => (now[i] ? [now[i]] : []))
  const orphans = mine.filter((_, i) => !now[i])
  const uri = documentUri(article)
  return [...placed.sort(byDocumentOrder), ...[...orphans].sort(byDocumentOrder)].map((a: Annotation): HypothesisAnnotation => {
    const { quote, position } = a.target
    return {
      id: a.id,
      created: a.created,
      updated: a.modified,
      uri,
      document: { title: [article.meta.title] },
      text: a.note,
      tags: [...a.sources.map((id) => names.get(id) ?? id), ...a.via.map((id) => `${VIA_PREFIX}${names.get(id) ?? id}`)],
      target: [{
        source: uri,
        selector: [
          { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
          { type: 'TextPositionSelector', start: toCodePoints(position.start), end: toCodePoints(position.end) },
        ],
      }],
      sourcemark: { kind: a.kind, sources: [...a.sources], via: [...a.via], offsets: 'code-points' },
    }
  })
}
