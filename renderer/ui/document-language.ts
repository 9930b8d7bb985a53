// The open document's language on the article and its header, so fonts,
// line breaking, hyphenation and screen readers follow it; Arabic also
// reads right to left. As the file declared it (the importer's metadata),
// else guessed from the text's script.

import type { ArticleDocument } from '../../shared/model/document.ts'
import { directionOf, documentLanguage } from '../../shared/text/detect-language.ts'

const SAMPLE = 20_000

export function showLanguage(article: ArticleDocument | null): void {
  let text = ''
  for (const block of article?.blocks ?? []) {
    if (text.length >= SAMPLE) break
    text += block.text.slice(0, SAMPLE) + '\n'
  }
  const language = article ? documentLanguage(article.meta.language, text) : ''
  for (const id of ['article', 'article-header']) {
    const element = document.getElementById(id)!
    if (article) element.lang = language
    else element.removeAttribute('lang')
    element.dir = directionOf(language)
  }
}
