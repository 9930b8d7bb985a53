// Main-content extraction on our saved news and blog pages
// (test/fixtures/extraction), scored by 4-gram shingle F1 against each
// page's true article body. The floors are what the extractor reaches
// today; a change that loses text or lets chrome in fails here.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { meanScore, shingleScore } from '../../bench/shingle-f1.ts'
import { loadPages, OWN_PAGES, sourcemarkBody } from '../helpers/extraction-pages.ts'

const pages = loadPages(OWN_PAGES)
const MEAN_FLOOR = 0.99
const PAGE_FLOOR = 0.95

test('there are enough development pages to mean something', () => {
  assert.ok(pages.length >= 9, `only ${pages.length} pages`)
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
