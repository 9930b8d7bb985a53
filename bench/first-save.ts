// node --import tsx bench/first-save.ts [--root DIR] [--runs N]
//
// A long document's first save of a session, in the server's services
// without HTTP (issue 18: the suite's first claim was its slowest): a
// generated 50-document library with the 1 MB / 10,000-annotation document
// (bench/scale), opened as the reader opens it (getDocument and
// listAnnotations), then three claims added to it a moment apart (the
// search index and the entries' check in the background left out: they
// are not the save's). Prints
// each save's wall and CPU time (process.cpuUsage: this thread and the
// disk's threads), median over fresh processes. --root: another checkout's
// services (a before/after run in one sitting).
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { generateLibrary } from './scale/generate.ts'

const { values } = parseArgs({ options: { root: { type: 'string' }, runs: { type: 'string', default: '5' }, child: { type: 'string' } } })
const ROOT = resolve(values.root ?? join(import.meta.dirname, '..'))

async function child(dir: string): Promise<void> {
  const load = (path: string) => import(pathToFileURL(join(ROOT, path)).href)
  const { BIG_ID } = await import('./scale/generate.ts')
  const { openShellServices } = await load('electron/services.ts')
  const { throughDispatch } = await load('electron/dispatch.ts')
  const { describe } = await import('../shared/anchoring/describe.ts')
  const { canonicalText } = await import('../shared/model/document.ts')
  const { api: raw, close } = await openShellServices({ dataDir: dir, resourcesDir: join(ROOT, 'resources') })
  const api = throughDispatch(raw)
  const doc = await api.getDocument({ documentId: BIG_ID })
  await api.listAnnotations({ documentId: BIG_ID })
  const text = canonicalText(doc.blocks)
  const out: number[][] = []
  for (const at of [1000, 300_000, 600_000]) {
    await new Promise((r) => setTimeout(r, 300))
    const target = describe(text, at, at + 24)
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    await api.createAnnotation({ documentId: BIG_ID, kind: 'claim', target, sources: [] })
    const c = process.cpuUsage(c0)
    out.push([performance.now() - t0, (c.user + c.system) / 1000])
  }
  await close()
  console.log(JSON.stringify(out))
}

async function main(): Promise<void> {
  if (values.child) return child(values.child)
  const runs: number[][][] = []
  for (let i = 0; i < Number(values.runs); i++) {
    const dir = await mkdtemp(join(tmpdir(), 'sourcemark-first-save-'))
    try {
      // Made here, so that the child's heap holds only what the app made.
      await generateLibrary(dir, { documents: 50 })
      const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--root', ROOT, '--child', dir], { encoding: 'utf8' })
      const line = run.stdout.trim().split('\n').at(-1)!
      runs.push(JSON.parse(line) as number[][])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  for (const [i, name] of ['first save', 'second', 'third'].entries()) {
    const wall = runs.map((r) => r[i]![0]!), cpu = runs.map((r) => r[i]![1]!)
    console.log(`${name}: wall ${median(wall).toFixed(1)} ms (${Math.min(...wall).toFixed(1)}-${Math.max(...wall).toFixed(1)}), CPU ${median(cpu).toFixed(1)} ms (${Math.min(...cpu).toFixed(1)}-${Math.max(...cpu).toFixed(1)})`)
  }
}
main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
