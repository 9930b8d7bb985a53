// Rules of the main-content search that are easier to see on a small page
// than in the F1 of a saved one (test/shared/extraction-quality.test.ts).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { importHtml } from '../../shared/import/html/import.ts'
import { canonicalText } from '../../shared/model/document.ts'

const para = (n: number) => `<p>Paragraph ${n} of the story, long enough to be read as prose by the search, with a comma, and another clause after it.</p>`
const story = (count: number, from = 1) => Array.from({ length: count }, (_, i) => para(from + i)).join('\n')
const body = (html: string) => canonicalText(importHtml(`<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`).blocks)

test('text only screen readers get is left out', () => {
  const text = body(`<article><h1>Headline</h1>${story(3)}<p><span class="visually-hidden">Advertisement</span></p><span class="sr-only">Skip to comments</span>${story(2, 4)}</article>`)
  assert.ok(text.includes('Paragraph 5 of the story'))
  assert.ok(!text.includes('Advertisement') && !text.includes('Skip to comments'), text)
})

test('a video\'s caption goes with the video; a picture\'s caption stays', () => {
  const text = body(`<article><h1>Headline</h1>${story(2)}
    <figure><iframe src="https://player.example/v/1"></iframe><figcaption>The minister speaking on Monday (video)</figcaption></figure>
    <figure><img src="a.jpg" alt=""><figcaption>The bridge at dawn</figcaption></figure>${story(2, 3)}</article>`)
  assert.ok(text.includes('The bridge at dawn'), text)
  assert.ok(!text.includes('The minister speaking'), text)
})

test('boxes between chunks of a story that share a class are left out; a wrapped heading between them stays', () => {
  const text = body(`<div class="page"><h1>Headline</h1>
    <div class="c-7x1">${story(3)}</div>
    <div class="c-ad9"><p>Get our daily briefing in your inbox every morning, free of charge.</p><a href="/newsletters">Sign up</a></div>
    <div class="c-h2w"><h2>What happens next</h2></div>
    <div class="c-7x1">${story(3, 4)}</div>
    <div class="c-pr3"><p>A version of this article appears in print on page 18.</p></div>
    <div class="c-7x1">${story(2, 7)}</div></div>`)
  assert.ok(text.includes('Paragraph 8 of the story') && text.includes('What happens next'), text)
  assert.ok(!text.includes('daily briefing') && !text.includes('appears in print'), text)
})

test('a list of links to other sites inside the story stays; a list of the site\'s own stories goes', () => {
  const link = (href: string, label: string) => `<li><a href="${href}">${label}</a></li>`
  const text = body(`<link rel="canonical" href="https://news.example/a/1"><article><h1>Headline</h1>${story(3)}
    <ul>${link('https://bugs.example/1', 'Bug 1 – the first problem we fixed this month')}${link('https://bugs.example/2', 'Bug 2 – the second problem we fixed this month')}${link('https://papers.example/3', 'A paper about the third problem and its fix')}</ul>
    ${story(2, 4)}
    <ul>${link('https://news.example/b/2', 'Another story from this site about something')}${link('https://www.news.example/c/3', 'A third story from this site about more things')}${link('/d/4', 'A fourth story from this site, linked relatively')}</ul></article>`)
  assert.ok(text.includes('Bug 2 – the second problem'), text)
  assert.ok(!text.includes('Another story from this site'), text)
})
