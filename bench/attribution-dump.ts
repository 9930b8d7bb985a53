// Suggestions for every committed attribution fixture and the two ~1 MB
// bench texts, as JSON (node --import tsx bench/attribution-dump.ts > out.json):
// diff two dumps to check a speed change leaves every output alone.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { suggestAttributions } from '../shared/attribution/suggest.ts'
import { variedArticle } from './varied-names.ts'

const fixtures = fileURLToPath(new URL('../test/fixtures/attribution/', import.meta.url))
const texts = (dir: string): string[] =>
  readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? texts(path) : name.endsWith('.txt') ? [path] : []
  })

const out: Record<string, unknown> = {}
for (const path of texts(fixtures)) {
  const text = readFileSync(path, 'utf8')
  const meta = path.replace(/\.txt$/, '.meta.json')
  const publisher = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as { publisher?: string }).publisher : undefined
  out[path.slice(fixtures.length)] = suggestAttributions(text, publisher === undefined ? {} : { publisher })
}
const articles = ['state-media-relays', 'business-analysts', 'anonymous-officials', 'quotes-and-reach', 'wire-port-strike', 'list-frame']
  .map((name) => readFileSync(`${fixtures}${name}.txt`, 'utf8'))
const big: string[] = []
for (let i = 0, size = 0; size < 1024 * 1024; i++) {
  const next = articles[i % articles.length]!.trim()
  big.push(next)
  size += next.length + 2
}
out['~1 MB'] = suggestAttributions(big.join('\n\n'))
out['~1 MB, names varied'] = suggestAttributions(variedArticle(articles, 1024 * 1024))
process.stdout.write(JSON.stringify(out, null, 1))
