// node --import tsx bench/attribution-agreement.ts DIR_A DIR_B [--misses]
//
// How far two annotators agree: the labels in DIR_B, read as if they were
// the engine's suggestions, scored against DIR_A's labels of the same texts
// with the scorer the engine is measured by (shared/attribution/score.ts).
// The figures are the ceiling no engine can be expected to pass on labels
// made the same way. Both folders hold <name>.labels.json; DIR_A also holds
// <name>.txt. B's sentences may be cut differently: each counts for the
// sentence of A it overlaps most, as suggestions do.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pool, score, type Label, type Scores } from '../shared/attribution/score.ts'
import type { Suggestion } from '../shared/attribution/suggest.ts'

const [dirA, dirB] = process.argv.slice(2).filter((a) => !a.startsWith('--'))
if (!dirA || !dirB) {
  console.error('Name two folders: the first reading (with the texts) and the second.')
  process.exit(2)
}
const showMisses = process.argv.includes('--misses')
const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const line = (s: Scores) => `${s.sentences} sentences, attributed F1 ${pct(s.attributed.f1)} (P ${pct(s.attributed.precision)} R ${pct(s.attributed.recall)}), ` +
  `source ${pct(s.sourceAccuracy)}, via F1 ${pct(s.via.f1)} (P ${pct(s.via.precision)} R ${pct(s.via.recall)}), kind ${pct(s.kindAccuracy)}`
const kinds = new Set(['outlet', 'person', 'organisation', 'document', 'anonymous'])

const all: Scores[] = []
for (const file of readdirSync(dirA).filter((f) => f.endsWith('.txt')).sort()) {
  const labelsB = join(dirB, file.replace(/\.txt$/, '.labels.json'))
  if (!existsSync(labelsB)) { console.log(`${file}: not labelled in ${dirB}`); continue }
  const text = readFileSync(join(dirA, file), 'utf8')
  const a = JSON.parse(readFileSync(join(dirA, file.replace(/\.txt$/, '.labels.json')), 'utf8')) as Label[]
  const b = JSON.parse(readFileSync(labelsB, 'utf8')) as Label[]
  const s = score(text, a, asSuggestions(text, b))
  all.push(s)
  console.log(`${file}: ${line(s)}`)
  if (showMisses) for (const m of s.misses) console.log(`   - ${m.sentence.slice(0, 110)}\n       A ${m.expected} | B ${m.got}`)
}
console.log(`pooled A=${dirA} B=${dirB}: ${line(pool(all))}`)

// Each attributed sentence of B becomes a suggestion covering that sentence.
function asSuggestions(text: string, labels: readonly Label[]): Suggestion[] {
  const out: Suggestion[] = []
  let at = 0
  for (const label of labels) {
    const start = text.indexOf(label.sentence, at)
    if (start < 0) throw new Error(`B's sentence is not in A's text: ${label.sentence.slice(0, 60)}`)
    at = start + label.sentence.length
    if (!label.attributed) continue
    const kind = label.speaker_kind && kinds.has(label.speaker_kind) ? label.speaker_kind : 'person'
    out.push({
      content: { text: label.sentence, start, end: at },
      cue: { text: '', start, end: start },
      cues: [],
      source: label.source ?? '',
      sourceKind: kind as Suggestion['sourceKind'],
      via: label.via ?? null,
      venue: null,
      confidence: 1,
      contentIn: 'same',
      otherSources: [],
      sourceId: null,
      viaId: null,
    })
  }
  return out
}
