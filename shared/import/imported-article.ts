// What each file importer (text, Markdown, HTML) hands back: the blocks it
// found and whatever metadata the file itself states. file.ts turns
// it into an ArticleDraft, filling in a title where the file has none.

import type { Block, DocumentMeta } from '../model/document.ts'

export interface ImportedArticle {
  meta: Partial<DocumentMeta>
  blocks: Block[]
  // Set when the importer is not sure it found the article (a web page
  // with very little text, or several parts that look alike): why, in the
  // user's words. Importing the whole page is then worth offering.
  unsure?: string
}

export interface ImportOptions {
  // Take the whole web page, not the part that looks like the article.
  wholePage?: boolean
  // Called once the file has passed the checks that need no clock (size,
  // text not binary, and for a web page its parse: nesting, tangle), before
  // the slower reading; the import worker starts its deadline here.
  checked?: () => void
}

// Input the user should be told about in one sentence, e.g. "The file is
// empty." Importers throw it; anything else thrown is a bug.
export class ImportError extends Error {
  override name = 'ImportError'
}
