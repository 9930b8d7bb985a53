// Documents of the library: which one opens first, the list, one document,
// its details, and moving it to the trash and back.

import { ApiError, type Api, type Input, type Output } from '../../shared/api/contract.ts'
import type { DocumentMeta } from '../../shared/model/document.ts'
import { saving, summary, type ServiceContext } from './context.ts'
import { libraryPages } from './library-pages.ts'

type DocumentMethods = 'startupDocument' | 'listDocuments' | 'listLibrary' | 'getDocument' | 'updateDocumentMeta' | 'deleteDocument' | 'restoreDocument'

export function documentServices(ctx: ServiceContext): Pick<Api, DocumentMethods> {
  const { store } = ctx
  const page = libraryPages(() => store.library.data)
  return {
    async startupDocument(): Promise<Output<'startupDocument'>> {
      const lib = store.library.data
      const last = store.state.data.lastOpened
      const id = last && lib.documents.some((d) => d.id === last) ? last : lib.documents[0]?.id
      return { documentId: id ?? null }
    },

    async listDocuments(): Promise<Output<'listDocuments'>> {
      return store.library.data.documents.map(summary)
    },

    async listLibrary(query: Input<'listLibrary'>): Promise<Output<'listLibrary'>> {
      return page(query)
    },

    async getDocument({ documentId }: Input<'getDocument'>): Promise<Output<'getDocument'>> {
      const db = await ctx.open(documentId)
      // Not the library: state.json, best-effort (a failure fails nothing).
      if (store.state.data.lastOpened !== documentId) await store.state.change({ lastOpened: documentId })
      return db.data.document
    },

    async updateDocumentMeta({ documentId, meta: edit }: Input<'updateDocumentMeta'>): Promise<Output<'updateDocumentMeta'>> {
      const db = await ctx.open(documentId)
      const meta: DocumentMeta = { ...db.data.document.meta }
      for (const [key, value] of Object.entries(edit) as [keyof DocumentMeta, string | undefined][]) {
        if (value === undefined) continue
        if (value === '' && key !== 'title') delete meta[key]
        else meta[key] = value
      }
      // The document file holds it; its library entry follows.
      await saving(store.changeDocument(documentId, (data) => ({ ...data, document: { ...data.document, meta } })))
      return summary(ctx.entry(documentId)!)
    },

    async deleteDocument({ documentId }: Input<'deleteDocument'>): Promise<Output<'deleteDocument'>> {
      if (!ctx.entry(documentId)) return { deleted: false }
      await saving(store.setDeleted(documentId, new Date().toISOString()))
      if (store.state.data.lastOpened === documentId) await store.state.change({ lastOpened: null })
      return { deleted: true }
    },

    async restoreDocument({ documentId }: Input<'restoreDocument'>): Promise<Output<'restoreDocument'>> {
      const present = ctx.entry(documentId)
      if (present) return summary(present)
      const trashed = store.library.data.trash.find((d) => d.id === documentId)
      if (!trashed) throw new ApiError('not-found', `There is no deleted document with id ${documentId}.`)
      await saving(store.setDeleted(documentId, undefined))
      return summary(ctx.entry(documentId)!)
    },
  }
}
