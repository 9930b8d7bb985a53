// node --import tsx bench/save-compare.ts --before DIR [--rounds N]
//
// A claim added to the 1 MB document with 10,000 annotations
// (test/helpers/big-document.ts), through dispatch() as the HTTP server
// calls it (input checked, the service, the journal's append flushed to
// disk, the library's entry, the answer checked), in this checkout and in
// DIR (another checkout, e.g. `git archive main | tar -x -C DIR` with
// node_modules linked), each on a data folder of its own, in turn in one
// process, so both meet the same load. Without HTTP or the page: the
// server's part of "saved". Prints wall time per save, p50 / p90 / p95 / max.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { BIG_DOCUMENT_ID, generateBigDocument, writeBigDocument } from '../test/helpers/big-document.ts'

type Dispatch = (api: unknown, method: string, payload: unknown) => Promise<{ ok: boolean }>

const { values } = parseArgs({ options: { before: { type: 'string' }, rounds: { type: 'string', default: '60' } } })
if (!values.before) throw new Error('usage: bench/save-compare.ts --before DIR [--rounds N]')

async function main(): Promise<void> {
  const roots = new Map([['before', resolve(values.before!)], ['after', fileURLToPath(new URL('..', import.meta.url))]])
  const big = generateBigDocument()
  const apps = new Map<string, { api: unknown; dispatch: Dispatch; dir: string }>()
  for (const [name, root] of roots) {
    const dir = await mkdtemp(join(tmpdir(), `sourcemark-save-${name}-`))
    await writeBigDocument(dir, big)
    const services = await import(join(root, 'electron', 'services.ts')) as { openServices(options: object): Promise<unknown> }
    const { dispatch } = await import(join(root, 'electron', 'dispatch.ts')) as { dispatch: Dispatch }
    // quickStart: as the app and browser mode open them.
    apps.set(name, { api: await services.openServices({ dataDir: dir, resourcesDir: join(root, 'resources'), quickStart: true }), dispatch, dir })
  }
  const times = new Map([...roots.keys()].map((name) => [name, [] as number[]]))
  const rounds = Number(values.rounds)
  // Two rounds of warm-up (the document read), then each round in the
  // other order.
  for (let i = 0; i < rounds + 2; i++) {
    for (const name of i % 2 ? ['before', 'after'] : ['after', 'before']) {
      const { api, dispatch } = apps.get(name)!
      const { target } = big.annotations[(i * 37) % big.annotations.length]!
      const t0 = performance.now()
      const out = await dispatch(api, 'createAnnotation', { documentId: BIG_DOCUMENT_ID, kind: 'claim', target, sources: [] })
      const ms = performance.now() - t0
      if (!out.ok) throw new Error(`${name}: ${JSON.stringify(out)}`)
      if (i >= 2) times.get(name)!.push(ms)
      // About a reader's pace; the library's deferred writes stay behind.
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  const q = (list: number[], p: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.ceil(p * list.length) - 1)]!.toFixed(1)
  for (const [name, list] of times) {
    console.log(`${name}: createAnnotation through dispatch, ms: p50 ${q(list, 0.5)} p90 ${q(list, 0.9)} p95 ${q(list, 0.95)} max ${q(list, 1)} (${list.length} saves)`)
  }
  for (const { dir } of apps.values()) await rm(dir, { recursive: true, force: true })
  // The services keep timers (deferred index writes, the search catch-up).
  process.exit(0)
}
void main()
