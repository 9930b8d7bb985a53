// The attribution engine scored on labelled articles, per sentence as issue
// 12 measures it: attributed-or-not F1, source accuracy over attributed
// sentences, relay (via) F1. The development set is test/fixtures/attribution
// (articles labelled by ../shared/attribution/GUIDE.md; wire-grain-deal and
// court-ruling were each written and labelled before the engine ever ran on
// them, scored blind, then joined the set once general rules fixed their
// misses: blind they scored 0.92/0.62/1.00 and 0.86/0.56/0.00). Files named
// held-out-* (and a blind/ folder) are scored apart: they say what to expect
// on unseen news. The seed is the built-in sample's labels in ../shared.
// Thresholds sit just under what the engine reaches, so a change that loses
// accuracy fails here.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import type { Label, Scores } from '../../shared/attribution/score.ts'
import { pool, score } from '../../shared/attribution/score.ts'

const fixtures = fileURLToPath(new URL('../fixtures/attribution/', import.meta.url))
const seedText = fileURLToPath(new URL('../../../shared/samples/xi-mishustin-2025-11-05.txt', import.meta.url))
const seedLabels = fileURLToPath(new URL('../../../shared/attribution/seed.labels.json', import.meta.url))

function run(textFile: string, labelFile: string): Scores {
  const text = readFileSync(textFile, 'utf8')
  const labels = JSON.parse(readFileSync(labelFile, 'utf8')) as Label[]
  return score(text, labels, suggestAttributions(text))
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`
function report(name: string, s: Scores): void {
  console.log(`${name}: ${s.sentences} sentences, attributed F1 ${pct(s.attributed.f1)} (P ${pct(s.attributed.precision)}, R ${pct(s.attributed.recall)}), ` +
    `source ${pct(s.sourceAccuracy)}, via F1 ${pct(s.via.f1)}, kind ${pct(s.kindAccuracy)}`)
}

const articles = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()
const dev = articles

test('development set: eight labelled articles of several kinds', () => {
  assert.ok(dev.length >= 8, `expected at least eight articles in ${fixtures}`)
  const scores = dev.map((f) => {
    const s = run(fixtures + f, fixtures + f.replace(/\.txt$/, '.labels.json'))
    report(f, s)
    return s
  })
  const all = pool(scores)
  report('development set', all)
  assert.ok(all.attributed.f1 >= 0.98, `attributed F1 ${pct(all.attributed.f1)}`)
  assert.ok(all.sourceAccuracy >= 0.97, `source accuracy ${pct(all.sourceAccuracy)}`)
  assert.ok(all.via.f1 >= 0.98, `via F1 ${pct(all.via.f1)}`)
})

// Unseen articles: the blind sets were written and labelled by the guide by
// someone who never saw the engine (test/fixtures/attribution/blind*/).
// Reported beside the targets on the hidden set (0.90 / 0.85 /
// 0.80), and held to what the engine reaches now so that a change that
// loses accuracy on unseen text fails here.
const unseen: [string, { attributed: number; source: number; via: number; articles: number }][] = [
  // All have been read when writing rules (their misses by cause, each rule
  // tested on made-up sentences; unread, blind4/ scored 0.91/0.72/0.57,
  // blind6/ 0.946/0.692/0.385 and blind5/ 0.951/0.629/0.667, the last read
  // in the rounds of session 6). The next honest figure is a set none of
  // these rules has seen.
  ['blind', { attributed: 0.98, source: 0.95, via: 0.99, articles: 8 }],
  ['blind2', { attributed: 0.98, source: 0.89, via: 0.99, articles: 8 }],
  ['blind3', { attributed: 0.99, source: 0.95, via: 0.99, articles: 8 }],
  ['blind4', { attributed: 0.96, source: 0.99, via: 0.99, articles: 6 }],
  // (Session 12, E3: 0.868 -> 0.887 once a bare ministry takes the dateline's country.)
  ['blind5', { attributed: 0.99, source: 0.88, via: 0.99, articles: 8 }],
  // (Session 21, h-cue: 0.995 / 0.879, 'It nonetheless raised ..., citing' read past its connective.)
  ['blind6', { attributed: 0.99, source: 0.87, via: 0.99, articles: 6 }],
  // Three articles dense in relays and venues and their look-alikes (GUIDE
  // 5, 6), labelled before the engine ran on them: 0.958/0.792/0.800 then.
  // Source 0.806 once merged with the naming rules: a bare "Kim" in a story
  // naming Kim Jong Un and Kim Yo Jong goes to the last named, not the leader.
  // Session 9 (E2): 0.966/0.833/1.000, "Ahn Chan-il of the ... Institute, told Reuters" found.
  // Session 12 (E3): source 0.889, 'the Commerce Ministry' under a Beijing dateline is the Chinese one.
  // Session 12 (E1): attributed 0.993, the writer's notes ("could not be independently verified", "is due to visit")
  // and an answer in deeds no longer taken for a speaker's words.
  ['relays', { attributed: 0.995, source: 0.90, via: 0.99, articles: 3 }],
]
for (const [set, floor] of unseen) scoreSet(set, floor, `unseen articles (${set}/), labelled before the engine ran on them`)

// Real news (news/, session 20): Reuters-21578 wire stories and KCNA pieces of 2024 from public corpora (each
// folder's README gives the file and id of every story). wire/, wire2/, relay/ and state/ were labelled blind by
// annotators who never saw the engine; dev-wire/ and dev-state/ by the engineers who then wrote rules on them.
// Blind, before any rule of session 20: wire 0.946/0.685/0.774, wire2 0.961/0.708/0.561, relay 0.994/0.817/0.867,
// state 0.810/0.527/1.0. All have been read since; their floors hold what the engine reaches on real copy.
const news: [string, { attributed: number; source: number; via: number; articles: number }][] = [
  // (Session 21, h-cue: wire 0.952/0.806, wire2 via 0.963 (an op-ed's paper a venue), state 0.973/0.880 (a statement's own inner frame).)
  ['news/wire', { attributed: 0.95, source: 0.80, via: 0.92, articles: 9 }],
  // (Session 22, h-who2: relay source 0.817 -> 0.866 (a capitals headline's premier or envoy is the holder the body
  // names; a state's unnamed figures are the state's), wire2 0.726 -> 0.736.)
  ['news/wire2', { attributed: 0.95, source: 0.73, via: 0.96, articles: 9 }],
  ['news/relay', { attributed: 0.99, source: 0.86, via: 0.90, articles: 9 }],
  ['news/state', { attributed: 0.97, source: 0.87, via: 0.99, articles: 10 }],
  ['news/dev-wire', { attributed: 0.95, source: 0.79, via: 0.99, articles: 10 }],
  ['news/dev-state', { attributed: 0.91, source: 0.84, via: 0.99, articles: 8 }],
]
for (const [set, floor] of news) scoreSet(set, floor, `real news (${set}/), from public corpora`)

function scoreSet(set: string, floor: { attributed: number; source: number; via: number; articles: number }, title: string): void {
  test(title, (t) => {
    const dir = `${fixtures}${set}/`
    if (!existsSync(dir)) {
      t.diagnostic(`${dir} is absent`)
      return
    }
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => dir + f)
    assert.ok(files.length >= floor.articles, `expected ${floor.articles} articles in ${dir}`)
    const all = pool(files.map((f) => run(f, f.replace(/\.txt$/, '.labels.json'))))
    report(`${set} (targets on the hidden set: attributed F1 90%, source 85%, via F1 80%)`, all)
    assert.ok(all.attributed.f1 >= floor.attributed, `attributed F1 ${pct(all.attributed.f1)}`)
    assert.ok(all.sourceAccuracy >= floor.source, `source accuracy ${pct(all.sourceAccuracy)}`)
    assert.ok(all.via.f1 >= floor.via, `via F1 ${pct(all.via.f1)}`)
  })
}

test('seed: the built-in sample labelled in ../shared/attribution', (t) => {
  if (!existsSync(seedText) || !existsSync(seedLabels)) {
    t.diagnostic(`skipped the seed: ${seedLabels} is not on this machine`)
    console.log('seed not scored: ../shared/attribution/seed.labels.json is absent')
    return
  }
  const s = run(seedText, seedLabels)
  report('seed', s)
  assert.equal(s.attributed.f1, 1)
  assert.equal(s.sourceAccuracy, 1)
  assert.equal(s.via.f1, 1)
})
