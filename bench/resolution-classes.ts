// node --import tsx bench/resolution-classes.ts DIR
//
// How often the source is right, per shape of the main cue's speaker
// (a pronoun, "the <body noun>", an unnamed speaker described by a body's
// kind, a name), over a folder of labelled articles as attribution-sets.ts
// reads them: where resolution loses, before choosing what to change.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { suggestAttributions, type Suggestion } from '../shared/attribution/suggest.ts'
import { sameSource, type Label } from '../shared/attribution/score.ts'

const dir = process.argv[2]
if (!dir) { console.error('Name a folder of <name>.txt and <name>.labels.json files.'); process.exit(2) }

const SHAPES: [string, RegExp][] = [
  ['he/she', /^(?:he|she|him|her)\b/i],
  ['it', /^it\b/i],
  ['they', /^they\b/i],
  ['the <noun>', /^the \p{Ll}/u],
  ['a/an <kind> <role>', /^(?:a|an|one|two|three|several|some) (?:[\p{Ll}-]+ )*(?:spokes\p{Ll}+|officials?|sources?|executives?|representatives?|officers?|ministers?)\b/u],
  ['<kind> <role>s', /^(?:[\p{Ll}-]+ )*(?:officials|sources|executives|representatives|officers|ministers)\b/iu],
]
const shapeOf = (cue: string) => SHAPES.find(([, re]) => re.test(cue.trim()))?.[0] ?? 'other'

const tally = new Map<string, { right: number; wrong: number; articles: Set<string> }>()
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(dir, file), 'utf8')
  const labels = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.labels.json')), 'utf8')) as Label[]
  const spans: [number, number][] = []
  let at = 0
  for (const l of labels) { const s = text.indexOf(l.sentence, at); spans.push([s, s + l.sentence.length]); at = s + l.sentence.length }
  const best: (Suggestion | null)[] = labels.map(() => null)
  for (const s of suggestAttributions(text)) {
    let i = -1, most = 0
    spans.forEach(([a, b], k) => { const o = Math.min(b, s.content.end) - Math.max(a, s.content.start); if (o > most) { most = o; i = k } })
    if (i >= 0 && (!best[i] || best[i]!.confidence < s.confidence)) best[i] = s
  }
  labels.forEach((l, i) => {
    const p = best[i]
    if (!l.attributed || !p) return
    const shape = shapeOf(p.cue.text)
    const t = tally.get(shape) ?? { right: 0, wrong: 0, articles: new Set() }
    if (sameSource(p.source, l.source)) t.right++
    else { t.wrong++; t.articles.add(file); if (process.argv.includes(`--show=${shape}`)) console.log(`${file.slice(0, 28)} | ${p.cue.text} | want ${l.source} | got ${p.source}`) }
    tally.set(shape, t)
  })
}
for (const [shape, t] of [...tally].sort((a, b) => b[1].wrong - a[1].wrong)) {
  console.log(`${shape.padEnd(20)} right ${String(t.right).padStart(5)}  wrong ${String(t.wrong).padStart(4)} (${t.articles.size} articles)`)
}
