// node --import tsx bench/attribution-sets.ts DIR [--misses]
//
// Scores the attribution engine on a folder of labelled articles kept
// outside the repository (<name>.txt with <name>.labels.json in the GUIDE's
// shape), per article and pooled, the way attribution-scores.test.ts scores
// the committed sets. --misses lists each sentence where the engine and the
// label differ. An optional <name>.meta.json ({"publisher": "..."}) gives the
// article's publisher as the app knows it from a page's meta; without one
// the engine reads the text alone.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { suggestAttributions } from '../shared/attribution/suggest.ts'
import { pool, score, type Label, type Scores } from '../shared/attribution/score.ts'

const dir = process.argv[2]
if (!dir) {
  console.error('Name a folder of <name>.txt and <name>.labels.json files.')
  process.exit(2)
}
const showMisses = process.argv.includes('--misses')
const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const line = (s: Scores) => `${s.sentences} sentences, attributed F1 ${pct(s.attributed.f1)} (P ${pct(s.attributed.precision)} R ${pct(s.attributed.recall)}), ` +
  `source ${pct(s.sourceAccuracy)}, via F1 ${pct(s.via.f1)} (P ${pct(s.via.precision)} R ${pct(s.via.recall)}), kind ${pct(s.kindAccuracy)}`

const all: Scores[] = []
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(dir, file), 'utf8')
  const labels = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.labels.json')), 'utf8')) as Label[]
  const s = score(text, labels, suggestAttributions(text, publisherOf(join(dir, file.replace(/\.txt$/, '.meta.json')))))
  all.push(s)
  console.log(`${file}: ${line(s)}`)
  if (showMisses) for (const m of s.misses) console.log(`   - ${m.sentence.slice(0, 110)}\n       expected ${m.expected} | got ${m.got}`)
}
console.log(`pooled ${dir}: ${line(pool(all))}`)

function publisherOf(metaFile: string): { publisher?: string } {
  if (!existsSync(metaFile)) return {}
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { publisher?: unknown }
  return typeof meta.publisher === 'string' ? { publisher: meta.publisher } : {}
}
