// node --import tsx bench/attribution-strict.ts DIR... [--list]
//
// How many sources the scorer's sameSource counts right would a stricter
// scorer count wrong: among labelled-attributed sentences whose source
// sameSource accepts, those whose name differs from the label after only
// trimming and case-folding. The hidden scorer may fold less than
// ours, so the engine should write the labellers' form. --list prints each
// such pair. Articles met twice (a set copied into another folder) count once.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { suggestAttributions, type Suggestion } from '../shared/attribution/suggest.ts'
import { sameSource, type Label } from '../shared/attribution/score.ts'

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const list = process.argv.includes('--list')
const strict = (s: string) => s.trim().toLowerCase()
const seen = new Set<string>()
let gold = 0, loose = 0, exact = 0
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8')
    if (seen.has(text)) continue
    seen.add(text)
    const labelFile = join(dir, file.replace(/\.txt$/, '.labels.json'))
    if (!existsSync(labelFile)) continue
    const labels = JSON.parse(readFileSync(labelFile, 'utf8')) as Label[]
    const meta = join(dir, file.replace(/\.txt$/, '.meta.json'))
    const publisher = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as { publisher?: string }).publisher : undefined
    const predicted = match(text, labels, suggestAttributions(text, publisher ? { publisher } : {}))
    labels.forEach((label, i) => {
      if (!label.attributed) return
      gold++
      const p = predicted[i]
      if (!p || !sameSource(p.source, label.source)) return
      loose++
      if (strict(p.source) === strict(label.source ?? '')) exact++
      else if (list) console.log(`${dir.replace(/\/$/, '').split('/').pop()}/${file}\t${label.source}\t${p.source}`)
    })
  }
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`
console.log(`${gold} attributed sentences: source ${pct(loose / gold)} by sameSource, ${pct(exact / gold)} strict ` +
  `(${loose - exact} right only by folding)`)

// The scorer's matching: each suggestion counts for the labelled sentence its content overlaps most.
function match(text: string, labels: readonly Label[], suggestions: readonly Suggestion[]): (Suggestion | null)[] {
  const spans: [number, number][] = []
  let at = 0
  for (const label of labels) {
    const start = text.indexOf(label.sentence, at)
    spans.push([start, start + label.sentence.length])
    at = start + label.sentence.length
  }
  const out: (Suggestion | null)[] = labels.map(() => null)
  for (const s of suggestions) {
    let best = -1, bestOverlap = 0
    spans.forEach(([a, b], i) => {
      const overlap = Math.min(b, s.content.end) - Math.max(a, s.content.start)
      if (overlap > bestOverlap) { bestOverlap = overlap; best = i }
    })
    if (best >= 0 && (!out[best] || out[best]!.confidence < s.confidence)) out[best] = s
  }
  return out
}
