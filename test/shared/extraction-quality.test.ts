// Main-content extraction on our saved news and blog pages
// (test/fixtures/extraction), scored by 4-gram shingle F1 against each
// page's true article body. The floors are what the extractor reaches
// today; a change that loses text or lets chrome in fails here.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { meanScore, shingleScore } from '../../bench/shingle-f1.ts'
import { loadPages, OWN_PAGES, sourcemarkBody } from '../helpers/extraction-pages.ts'

const pages = loadPages(OWN_PAGES)
const MEAN_FLOOR = 0.997
const PAGE_FLOOR = 0.97

test('there are enough development pages to mean something', () => {
  assert.ok(pages.length >= 33, `only ${pages.length} pages`)
})

test(`mean shingle F1 on our pages is at least ${MEAN_FLOOR}, and no page is below ${PAGE_FLOOR}`, () => {
  const scores = pages.map((page) => ({ name: page.name, ...shingleScore(sourcemarkBody(page), page.body) }))
  const low = scores.filter((s) => s.f1 < PAGE_FLOOR).map((s) => `${s.name} ${s.f1.toFixed(3)}`)
  assert.deepEqual(low, [])
  const mean = meanScore(scores)
  assert.ok(mean.f1 >= MEAN_FLOOR, `mean F1 ${mean.f1.toFixed(3)}`)
})

test('the story in a <div> wins over teaser cards that are <article>s', () => {
  const page = pages.find((p) => p.name === 'story-div-teaser-articles')!
  const body = sourcemarkBody(page)
  assert.ok(body.startsWith('Dock workers at the country'), body.slice(0, 80))
  assert.ok(!body.includes('Shipping lines reroute'))
})

test('a list of the sources a post cites stays; the site\'s own Related and Recent lists go', () => {
  const body = sourcemarkBody(pages.find((p) => p.name === 'wordpress-rail-sources')!)
  assert.ok(body.includes('Wild Trout Trust report on fish passes at small weirs'), body)
  for (const chrome of ['Why we are asking for silt traps', 'Otter tracks at the weir', 'Have you contacted the developer', 'Share this']) assert.ok(!body.includes(chrome), chrome)
})

test('a chart\'s labels are not text, its caption is', () => {
  const body = sourcemarkBody(pages.find((p) => p.name === 'news-chart-most-read')!)
  assert.ok(body.includes('Rents rose fastest away from the big cities last year.'), body)
  assert.ok(!/\bSuburbs\b|\b7\.1\b/.test(body), body)
})
