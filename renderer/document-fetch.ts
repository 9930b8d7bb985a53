// What opening a document needs from the API, asked for at once: its text,
// its annotations, the sources, and the names of sources removed (so that an
// annotation naming one shows it as removed).

import type { Api } from '../shared/api/contract.ts'
import type { Annotation } from '../shared/model/annotation.ts'
import type { ArticleDocument } from '../shared/model/document.ts'
import type { Source } from '../shared/model/source.ts'
import { loadRemovedNames } from './removed-sources.ts'

export type Fetched = [ArticleDocument, Annotation[], Source[], void]

export function fetchDocument(api: Api, documentId: string): Promise<Fetched> {
  return Promise.all([
    api.getDocument({ documentId }),
    api.listAnnotations({ documentId }),
    api.listSources({}),
    loadRemovedNames(api),
  ])
}
