// node --import tsx bench/fit-resolution.ts DIR
//
// Fits the weights of the scored role-noun choice (role-antecedents.ts) on
// a READ set's labels: coordinate descent over a small grid per weight, the
// objective being how many attributed sentences get the right source
// (attribution-sets.ts's pooled count). Prints the best weights; copy them
// into ROLE_WEIGHTS by hand. Never run it on the blind set.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { suggestAttributions } from '../shared/attribution/suggest.ts'
import { score, type Label } from '../shared/attribution/score.ts'
import { ROLE_WEIGHTS, type RoleWeights } from '../shared/attribution/role-antecedents.ts'

const dir = process.argv[2]
if (!dir) { console.error('Name a folder of <name>.txt and <name>.labels.json files.'); process.exit(2) }
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
  text: readFileSync(join(dir, f), 'utf8'),
  labels: JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.labels.json')), 'utf8')) as Label[],
  // (The publisher from <name>.meta.json, as attribution-sets.ts reads it.)
  options: publisherOf(join(dir, f.replace(/\.txt$/, '.meta.json'))),
}))

function publisherOf(metaFile: string): { publisher?: string } {
  if (!existsSync(metaFile)) return {}
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { publisher?: unknown }
  return typeof meta.publisher === 'string' ? { publisher: meta.publisher } : {}
}

function right(): number {
  let n = 0
  for (const a of articles) n += score(a.text, a.labels, suggestAttributions(a.text, a.options)).counts.sourceRight
  return n
}

const GRID: Record<keyof RoleWeights, number[]> = {
  nameHas: [0, 1, 2, 3, 5], described: [0, 1, 2, 4], kind: [0, 0.5, 1, 2, 4], bodyHere: [0, 0.5, 1, 2], spoke: [0, 0.5, 1, 2],
  salient: [0, 0.5, 1, 2], samePara: [0, 0.5, 1, 2], distance: [0, 0.2, 0.4, 0.8, 1.5], rank: [0, 0.1, 0.2, 0.4, 0.8], mentions: [0, 0.1, 0.2, 0.4],
  personLike: [-2, -1, -0.5, 0], floor: [-3, -2, -1, -0.5, 0, 0.5, 1], margin: [0, 0.1, 0.3, 0.6, 1],
}
let best = right()
console.log(`start ${best}`, JSON.stringify(ROLE_WEIGHTS))
for (let sweep = 0; sweep < 1; sweep++) {
  let moved = false
  for (const key of Object.keys(GRID) as (keyof RoleWeights)[]) {
    const kept = ROLE_WEIGHTS[key]
    let chosen = kept
    for (const v of GRID[key]) {
      if (v === kept) continue
      ROLE_WEIGHTS[key] = v
      const n = right()
      if (n > best) { best = n; chosen = v; moved = true }
    }
    ROLE_WEIGHTS[key] = chosen
    console.log(`${key} = ${chosen}: ${best}`)
  }
  if (!moved) break
}
console.log(`best ${best}`, JSON.stringify(ROLE_WEIGHTS))
