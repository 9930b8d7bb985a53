// When the main-content search is unsure it says so, and the whole page
// can be imported instead.

import { test } from 'node:test'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import assert from 'node:assert/strict'
import { importHtml } from '../../shared/import/html/import.ts'
import { importFileReport } from '../../shared/import/file.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { loadPages, OWN_PAGES } from '../helpers/extraction-pages.ts'

const sentence = (topic: string, i: number) =>
  `The ${topic} report number ${i} says that councils, schools and hospitals face rising costs, and that ministers have not yet answered the questions put to them.`
const paragraphs = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `<p>${sentence(topic, i)}</p>`).join('')

test('a front page of look-alike stories is imported with a warning, not as a sure article', () => {
  const html = `<body><h1>Daily Wire front page</h1>
    <div class="story-a"><h2>Harbour</h2>${paragraphs('harbour', 3)}</div>
    <div class="story-b"><h2>Rail</h2>${paragraphs('rail', 3)}</div>
    <div class="story-c"><h2>Schools</h2>${paragraphs('schools', 3)}</div></body>`
  const result = importHtml(html)
  assert.match(result.unsure ?? '', /^Sourcemark is not sure it found the article: several parts of the page look equally like the article\.$/)
})

test('a section page of teaser cards is imported with a warning that it is a list of stories', () => {
  const card = (i: number) => `<article class="card"><h2><a href="https://news.example/${i}">Story number ${i} about the harbour</a></h2><p>${sentence('teaser', i)}</p></article>`
  const html = `<body><h1>Local news</h1><div class="stream">${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</div></body>`
  assert.match(importHtml(html).unsure ?? '', /it looks like a list of stories rather than one\.$/)
})

test('a teaser taken from a page whose text is mostly elsewhere is imported with a warning', () => {
  // Twelve blocks of text, each deep in wrappers of its own, so no one
  // container gathers them.
  const deep = (text: string) => `${'<div>'.repeat(7)}<p>${text}</p>${'</div>'.repeat(7)}`
  const html = `<body><article class="lead"><h1>Harbour</h1>${paragraphs('harbour', 3)}</article>
    ${Array.from({ length: 12 }, (_, i) => deep(sentence('scattered', i))).join('')}</body>`
  assert.match(importHtml(html).unsure ?? '', /most of the page's text is outside it/)
})

test('a stub with little text among much other text is imported with a warning', () => {
  const html = `<body><div class="story"><h1>Bridge closed</h1><p>The bridge is closed until Friday for repairs to its deck.</p></div>
    <div class="comments">${paragraphs('reader comment', 8)}</div></body>`
  const result = importHtml(html)
  assert.match(result.unsure ?? '', /very little text/)
})

test('a short page or a pasted fragment with nothing else is not doubted', () => {
  assert.equal(importHtml('<p>Only this short note, and nothing else.</p>').unsure, undefined)
  assert.equal(importHtml(`<body><article><h1>Title</h1>${paragraphs('short', 1)}</article><nav><a href="/">Home</a></nav></body>`).unsure, undefined)
})

test('our saved news pages are imported without doubt', () => {
  for (const page of loadPages(OWN_PAGES)) {
    assert.equal(importFileReport({ name: `${page.name}.html`, bytes: page.source }).unsure, undefined, page.name)
  }
})

test('wholePage: true imports every readable part of the page, and is sure of it', () => {
  const html = `<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="story"><h1>Bridge closed</h1><p>The bridge is closed until Friday.</p></div>
    <div class="comments">${paragraphs('reader comment', 8)}</div><footer>Footer words</footer><script>var x = 1</script></body>`
  const whole = importFileReport({ name: 'page.html', bytes: new TextEncoder().encode(html) }, { wholePage: true })
  const text = canonicalText(whole.draft.blocks)
  for (const part of ['Home', 'The bridge is closed', 'reader comment report number 7', 'Footer words']) assert.ok(text.includes(part), part)
  assert.ok(!text.includes('var x'))
  assert.equal(whole.unsure, undefined)
  assert.equal(whole.draft.blocks.find((b) => b.type === 'title')?.text, 'Bridge closed')
})

// The same on saved pages as sites make them (test/fixtures/import).
const savedPage = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url)))) })

test('a saved section front of story cards: imported with the list-of-stories warning; the whole page is there to choose', () => {
  const report = importFileReport(savedPage('section-front-page.html'))
  assert.match(report.unsure ?? '', /it looks like a list of stories rather than one\.$/)
  const whole = importFileReport(savedPage('section-front-page.html'), { wholePage: true })
  assert.equal(whole.unsure, undefined)
  assert.ok(canonicalText(whole.draft.blocks).includes('Man rescued from cliff path after fall'))
})

test('a saved breaking-news stub under a long comment thread: the stub, with the very-little-text warning, never a refusal', () => {
  const report = importFileReport(savedPage('breaking-stub-comments.html'))
  const text = canonicalText(report.draft.blocks)
  assert.ok(text.startsWith('Fire at industrial estate\n\nFirefighters are tackling a large fire'), text)
  assert.ok(!text.includes('smoke was already visible'), text)
  assert.match(report.unsure ?? '', /it has very little text\.$/)
  const whole = importFileReport(savedPage('breaking-stub-comments.html'), { wholePage: true })
  assert.ok(canonicalText(whole.draft.blocks).includes('smoke was already visible'))
})
