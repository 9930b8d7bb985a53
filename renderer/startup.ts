// The document to start with, asked for as soon as the page runs: its id
// together with the settings, then at once its text, annotations and
// sources, while the page is still building its controls and reading the
// settings. Before, the id was asked only after the settings had answered,
// and the document only after the id: three round trips to the server in
// a row before the first paint, now two, and the page's own work overlaps them.

import { ApiError, type Api } from '../shared/api/contract.ts'
import { fetchDocument, type Fetched } from './document-fetch.ts'

export interface Startup {
  // null: the library is empty.
  documentId: string | null
  fetched: Promise<Fetched> | null
}

export function askStartup(api: Api): Promise<Startup> {
  const asked = api.startupDocument({}).then(
    ({ documentId }) => ({ documentId, fetched: documentId ? quiet(fetchDocument(api, documentId)) : null }),
    (error: unknown) => {
      if (error instanceof ApiError && error.code === 'not-found') return { documentId: null, fetched: null }
      throw error
    })
  return quiet(asked)
}

// Its failure is reported by whoever awaits it (the startup command), not
// as an unhandled rejection while nobody does yet, or when a document
// opened first means nobody will.
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {})
  return promise
}
