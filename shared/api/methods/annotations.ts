// One document's annotations: listed, made, changed, put back and removed.

import { z } from 'zod'
import { Annotation, AnnotationId, annotationKinds, Target } from '../../model/annotation.ts'
import { DocumentId } from '../../model/document.ts'
import { SourceId } from '../../model/source.ts'

export const annotationMethods = {
  listAnnotations: () => ({ input: z.strictObject({ documentId: DocumentId }), output: z.array(Annotation) }),
  createAnnotation: () => ({
    input: z.strictObject({
      documentId: DocumentId,
      kind: z.enum(annotationKinds),
      target: Target,
      sources: z.array(SourceId).max(100).optional(),
      // The outlets that relayed it ("via Xinhua").
      via: z.array(SourceId).max(100).optional(),
      note: z.string().max(100_000).optional(),
    }),
    output: Annotation,
  }),
  // Changes what is given and leaves the rest; modified is set by the service.
  updateAnnotation: () => ({
    input: z.strictObject({
      documentId: DocumentId,
      annotationId: AnnotationId,
      kind: z.enum(annotationKinds).optional(),
      sources: z.array(SourceId).max(100).optional(),
      via: z.array(SourceId).max(100).optional(),
      note: z.string().max(100_000).optional(),
    }),
    output: Annotation,
  }),
  // Puts back an annotation exactly as it was (undo of a delete).
  restoreAnnotation: () => ({ input: z.strictObject({ annotation: Annotation }), output: Annotation }),
  deleteAnnotation: () => ({
    input: z.strictObject({ documentId: DocumentId, annotationId: AnnotationId }),
    output: z.object({ deleted: z.boolean() }),
  }),
} as const
