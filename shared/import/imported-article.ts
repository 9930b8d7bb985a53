// What each file importer (text, Markdown, HTML) hands back: the blocks it
// found and whatever metadata the file itself states. file.ts turns
// it into an ArticleDraft, filling in a title where the file has none.

import type { Block, DocumentMeta } from '../model/document.ts'

export interface ImportedArticle {
  meta: Partial<DocumentMeta>
  blocks: Block[]
}

// Input the user should be told about in one sentence, e.g. "The file is
// empty." Importers throw it; anything else thrown is a bug.
export class ImportError extends Error {
  override name = 'ImportError'
}
