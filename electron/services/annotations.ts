// One document's annotations: list, create, change, put back (undo) and
// delete. Each change is made on a copy and committed by the store.

import { randomUUID } from 'node:crypto'
import { ApiError, type Api, type Input, type Output } from '../../shared/api/contract.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import type { ServiceContext } from './context.ts'
import { countedAnnotations } from '../../shared/library/counts.ts'

// A document's canonical text, made once per version of it (a save of an
// annotation keeps the document object; a 1 MB text is not joined again).
const texts = new WeakMap<ArticleDocument, string>()
function textOf(document: ArticleDocument): string {
  let text = texts.get(document)
  if (text === undefined) texts.set(document, text = canonicalText(document.blocks))
  return text
}

type AnnotationMethods = 'listAnnotations' | 'createAnnotation' | 'updateAnnotation' | 'restoreAnnotation' | 'deleteAnnotation'

export function annotationServices(ctx: ServiceContext): Pick<Api, AnnotationMethods> {
  return {
    // The reader lists a document's annotations as it opens it. What the
    // document's first save needs, its text joined and its annotations
    // counted (10,000 on a long document: 15 ms the first time, in the
    // first claim's answer), is made once this answer has gone, while the
    // reader draws the document.
    async listAnnotations({ documentId }: Input<'listAnnotations'>): Promise<Output<'listAnnotations'>> {
      const { data } = await ctx.open(documentId)
      setImmediate(() => {
        textOf(data.document)
        countedAnnotations(data.annotations)
      })
      return data.annotations
    },

    async createAnnotation(input: Input<'createAnnotation'>): Promise<Output<'createAnnotation'>> {
      const db = await ctx.open(input.documentId)
      const text = textOf(db.data.document)
      const { start, end } = input.target.position
      if (end > text.length) {
        throw new ApiError('invalid-input', `The selection ends at ${end}, past the end of the document (${text.length} characters).`, 'target.position.end')
      }
      if (text.slice(start, end) !== input.target.quote.exact) {
        throw new ApiError('invalid-input', 'The quoted text is not what the document says at that place.', 'target.quote.exact')
      }
      ctx.checkSources(input.sources ?? [])
      ctx.checkSources(input.via ?? [], 'via')
      const now = new Date().toISOString()
      const annotation: Annotation = {
        id: randomUUID(),
        documentId: input.documentId,
        kind: input.kind,
        target: input.target,
        sources: input.sources ?? [],
        via: [...new Set(input.via ?? [])],
        note: input.note ?? '',
        created: now,
        modified: now,
      }
      await ctx.changeAnnotations(input.documentId, (annotations) => { annotations.push(annotation) })
      return annotation
    },

    async updateAnnotation(input: Input<'updateAnnotation'>): Promise<Output<'updateAnnotation'>> {
      const db = await ctx.open(input.documentId)
      const gone = () => new ApiError('not-found', `There is no annotation with id ${input.annotationId}.`)
      if (!db.data.annotations.some((a) => a.id === input.annotationId)) throw gone()
      if (input.sources) ctx.checkSources(input.sources)
      if (input.via) ctx.checkSources(input.via, 'via')
      // Made from the annotation as it is when the save runs: another tab
      // may have changed or removed it since the check above.
      let updated: Annotation | undefined
      await ctx.changeAnnotations(input.documentId, (annotations) => {
        const at = annotations.findIndex((a) => a.id === input.annotationId)
        if (at < 0) throw gone()
        const current = annotations[at]!
        annotations[at] = updated = {
          ...current,
          kind: input.kind ?? current.kind,
          sources: input.sources ? [...new Set(input.sources)] : current.sources,
          via: input.via ? [...new Set(input.via)] : current.via,
          note: input.note ?? current.note,
          modified: new Date().toISOString(),
        }
      })
      return updated!
    },

    async restoreAnnotation(input: Input<'restoreAnnotation'>): Promise<Output<'restoreAnnotation'>> {
      const annotation: Annotation = { ...input.annotation, via: input.annotation.via ?? [] }
      const db = await ctx.open(annotation.documentId)
      const text = textOf(db.data.document)
      if (annotation.target.position.end > text.length) {
        throw new ApiError('invalid-input', 'The annotation ends past the end of the document.', 'annotation.target.position.end')
      }
      await ctx.changeAnnotations(annotation.documentId, (annotations) => {
        const at = annotations.findIndex((a) => a.id === annotation.id)
        if (at === -1) annotations.push(annotation)
        else annotations[at] = annotation
      })
      return annotation
    },

    async deleteAnnotation({ documentId, annotationId }: Input<'deleteAnnotation'>): Promise<Output<'deleteAnnotation'>> {
      const db = await ctx.open(documentId)
      if (!db.data.annotations.some((a) => a.id === annotationId)) return { deleted: false }
      // Looked for again when the save runs: another tab may have deleted
      // it meanwhile (splice(-1) would take the last annotation instead).
      let deleted = false
      await ctx.changeAnnotations(documentId, (annotations) => {
        const at = annotations.findIndex((a) => a.id === annotationId)
        if (at < 0) return
        annotations.splice(at, 1)
        deleted = true
      })
      return { deleted }
    },
  }
}
