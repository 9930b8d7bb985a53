// What comes in and goes out as files besides articles (article-import.ts):
// annotations imported from W3C or Hypothesis JSON, and exports of one
// document or the whole library.

import { randomUUID } from 'node:crypto'
import { ApiError, type Api, type Input, type Output } from '../../shared/api/contract.ts'
import { exportFile } from '../../shared/export/export.ts'
import { exportLibrary } from '../../shared/export/library.ts'
import { importWebAnnotations } from '../../shared/web-annotation/import.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { canonicalText } from '../../shared/model/document.ts'
import type { ServiceContext } from './context.ts'

type TransferMethods = 'importAnnotations' | 'exportDocument' | 'exportLibrary'

export function transferServices(ctx: ServiceContext): Pick<Api, TransferMethods> {
  const { store } = ctx

  return {
    async importAnnotations({ documentId, data, keepOrphans }: Input<'importAnnotations'>): Promise<Output<'importAnnotations'>> {
      const db = await ctx.open(documentId)
      let found
      try {
        found = importWebAnnotations(data, { text: canonicalText(db.data.document.blocks), sources: store.sources })
      } catch (error) {
        throw new ApiError('invalid-input', (error as Error).message, 'data')
      }
      const have = new Set(db.data.annotations.map((a) => a.id))
      const same = new Set(db.data.annotations.map(sameness))
      const now = new Date().toISOString()
      // Skips ids already here, and a second copy of one id within the file;
      // one without an id, when an annotation marking the same words with
      // the same kind, note and sources is here (or came earlier in it).
      const isNew = (a: { id?: string } & Parameters<typeof sameness>[0]) => a.id
        ? !have.has(a.id) && !!have.add(a.id)
        : !same.has(sameness(a)) && !!same.add(sameness(a))
      // Those not placed are kept too, with the file's selectors: the reader
      // lists them under Orphans by their quote, and exports keep them.
      const placed = found.annotations.filter(isNew)
      const unplaced = keepOrphans ? found.unplaced.filter(isNew) : []
      const fresh: Annotation[] = [...placed, ...unplaced].map((a) => ({
        id: a.id ?? randomUUID(),
        documentId,
        kind: a.kind,
        target: a.target,
        sources: a.sources,
        via: a.via,
        note: a.note,
        created: a.created ?? now,
        modified: a.modified ?? a.created ?? now,
      }))
      if (fresh.length) await ctx.changeAnnotations(documentId, (annotations) => { annotations.push(...fresh) })
      return { imported: placed.length, alreadyPresent: found.annotations.length - placed.length, orphans: found.orphans, unknownSources: found.unknownSources }
    },

    async exportDocument({ documentId, format, markdown }: Input<'exportDocument'>): Promise<Output<'exportDocument'>> {
      const db = await ctx.open(documentId)
      return exportFile(format, {
        document: db.data.document,
        annotations: db.data.annotations,
        sources: store.sources,
        exported: new Date().toISOString(),
        ...(markdown !== undefined ? { markdown } : {}),
      })
    },

    async exportLibrary({ format }: Input<'exportLibrary'>): Promise<Output<'exportLibrary'>> {
      const sources = store.sources
      const documents = []
      for (const { id } of store.library.data.documents) {
        const { document, annotations } = (await ctx.open(id)).data
        documents.push({ document, annotations, sources })
      }
      return exportLibrary(format, { documents, exported: new Date().toISOString() })
    },
  }
}

// What an annotation marks and says, as one string: position, quote, kind,
// note, sources and relays (JSON, so no field can run into the next).
function sameness(a: Pick<Annotation, 'target' | 'kind' | 'note' | 'sources' | 'via'>): string {
  const { start, end } = a.target.position
  return JSON.stringify([start, end, a.target.quote.exact, a.kind, a.note, [...a.sources].sort(), [...a.via].sort()])
}
