// node --import tsx bench/attribution-snapshot.ts OUT DIR...
//
// Writes the engine's suggestions for every <name>.txt under the folders
// named (recursively) to OUT, one JSON line per file, so that a change meant
// only for speed can be shown to leave every result byte for byte the same:
// run it before and after, then `cmp` the two files.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { suggestAttributions } from '../shared/attribution/suggest.ts'

const [out, ...dirs] = process.argv.slice(2)
if (!out || dirs.length === 0) {
  console.error('Usage: attribution-snapshot.ts OUT DIR...')
  process.exit(2)
}

function texts(dir: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) found.push(...texts(path))
    else if (name.endsWith('.txt')) found.push(path)
  }
  return found
}

const lines: string[] = []
for (const path of dirs.flatMap(texts)) {
  lines.push(JSON.stringify({ path, suggestions: suggestAttributions(readFileSync(path, 'utf8')) }))
}
writeFileSync(out, lines.join('\n') + '\n')
console.log(`${lines.length} texts written to ${out}`)
