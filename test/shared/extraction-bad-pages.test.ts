// Pages with no article, or with less of it than they seem to hold: the
// user is told, not handed a page of menu text; and a story that only the
// page's JSON-LD holds is read from there.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { importHtml } from '../../shared/import/html/import.ts'
import { canonicalText } from '../../shared/model/document.ts'

const menu = (n: number) => `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s${i}">Section number ${i}</a></li>`).join('')}</ul>`
const sentence = 'The council voted on Tuesday to close the old bridge, a decision that angered residents who cross it every day. '
const page = (head: string, body: string) => importHtml(`<!doctype html><html><head><title>Big story</title>${head}</head><body>${body}</body></html>`)
const ld = (fields: Record<string, string>) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Big story', ...fields })}</script>`

test('a page of menus and a copyright line is imported with the very-little-text warning', () => {
  const article = page('', `<nav>${menu(30)}</nav><div class="menu">${menu(20)}</div><footer>${menu(10)}<p>© 2024 Site Ltd. All rights reserved.</p></footer>`)
  assert.match(article.unsure ?? '', /it has very little text\.$/)
})

test('a headline over a story a script would have drawn, and a paywall\'s teaser, come with the warning; the paywall box goes', () => {
  const bare = page('', `<nav>${menu(12)}</nav><main><h1>Big story</h1><div id="app"></div></main><footer>${menu(10)}</footer>`)
  assert.match(bare.unsure ?? '', /it has very little text\.$/)
  const teaser = page('', `<nav>${menu(12)}</nav><article><h1>Big story</h1><p>${sentence}</p>
    <div class="article-paywall"><p>This article is for subscribers. Subscribe now for one euro a month.</p><a href="/subscribe">Subscribe</a></div></article><footer>${menu(10)}</footer>`)
  const text = canonicalText(teaser.blocks)
  assert.ok(text.includes('The council voted') && !text.includes('for subscribers'), text)
  assert.match(teaser.unsure ?? '', /it has very little text\.$/)
  // "paywalled-content" is where some sites keep the whole story.
  const whole = page('', `<article><h1>Big story</h1><div class="paywalled-content"><p>${sentence}</p><p>${sentence}</p></div></article>`)
  assert.ok(canonicalText(whole.blocks).includes('The council voted'), canonicalText(whole.blocks))
  // A short story on a page with little else is all there is: no warning.
  assert.equal(page('', `<article><h1>Big story</h1><p>${sentence}</p></article>`).unsure, undefined)
})

test('a story only the JSON-LD holds is read from its articleBody; a shorter articleBody (a summary) leaves the page\'s story alone', () => {
  const body = `${sentence.repeat(3)}\n\nThe mayor said a new bridge would open in 2027. ${sentence.repeat(2)}`
  const drawn = page(ld({ articleBody: body }), `<nav>${menu(12)}</nav><main><h1>Big story</h1><div id="app"></div></main>`)
  assert.deepEqual(drawn.blocks.map((b) => b.type), ['title', 'paragraph', 'paragraph'])
  assert.ok(drawn.blocks[2]!.text.startsWith('The mayor said a new bridge'), drawn.blocks[2]!.text)
  assert.equal(drawn.unsure, undefined)
  // Markup in the articleBody is not text.
  const marked = page(ld({ articleBody: `<p>${sentence.repeat(3)}</p><p>The mayor &amp; the council disagreed. ${sentence.repeat(2)}</p>` }), '<div id="app"></div>')
  assert.ok(canonicalText(marked.blocks).includes('The mayor & the council disagreed.'), canonicalText(marked.blocks))
  assert.ok(!canonicalText(marked.blocks).includes('<p>'))
  const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: ${sentence}</p>`).join('')
  const summary = page(ld({ articleBody: sentence.repeat(5) }), `<article><h1>Big story</h1>${story}</article>`)
  assert.ok(canonicalText(summary.blocks).includes('Paragraph 6:'), canonicalText(summary.blocks))
})
