// npm run bench (or: node --import tsx bench/import-many.ts [--files 1000] [--step 250] [--library 0] [--cli dist/electron/cli.cjs])
//
// Importing a folder of many articles as a user does: the built CLI,
// `sourcemark import FOLDER`, into a fresh data folder (or one that already
// holds --library documents), timed by the lines it prints, one per
// document imported. Prints the total, each 250 files' time and the last
// 250's time over the first's (how much the import slows as the library
// grows), and the CPU time the import took (user + system: on a shared,
// loaded machine the wall clock says more about the neighbours). Needs
// `npm run build` first.

import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { generateArticle } from './scale/articles.ts'
import { seededRandom } from '../test/helpers/seeded-random.ts'
import { Store } from '../electron/store/store.ts'

const { values } = parseArgs({ options: {
  files: { type: 'string', default: '1000' },
  library: { type: 'string', default: '0' },
  step: { type: 'string', default: '250' },
  // Another build's CLI (an older one, for a before figure).
  cli: { type: 'string', default: join(import.meta.dirname, '..', 'dist', 'electron', 'cli.cjs') },
} })
const FILES = Number(values.files)
const LIBRARY = Number(values.library)
const STEP = Number(values.step)
const CLI = values.cli

// Files of 2-8 KB of text, as Markdown with a title, a few as plain text.
async function writeArticles(folder: string, count: number, seed: number): Promise<void> {
  await mkdir(folder, { recursive: true })
  const rand = seededRandom(seed)
  for (let i = 0; i < count; i++) {
    const { document } = generateArticle(`a-${i}`, 2000 + Math.floor(rand() * 6000), rand)
    const body = document.blocks.map((b) => b.text).join('\n\n')
    const name = `article-${String(i).padStart(5, '0')}`
    if (i % 5 === 4) await writeFile(join(folder, `${name}.txt`), `${document.meta.title} (${i})\n\n${body}\n`)
    else await writeFile(join(folder, `${name}.md`), `# ${document.meta.title} (${i})\n\n${body}\n`)
  }
}

// A library already this big: documents added by the store, as a benchmark may.
async function fillLibrary(data: string, count: number): Promise<void> {
  if (!count) return
  const rand = seededRandom(7)
  const store = await Store.open(data)
  await store.addDocuments(Array.from({ length: count }, (_, i) => ({ document: generateArticle(`old-${i}`, 3000, rand).document })))
}

// The moment each document was reported, from the start, and the CPU
// seconds the import used (bash's time, for the child alone).
function importFolder(folder: string, data: string): Promise<{ times: number[]; cpu: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const command = `TIMEFORMAT='cpu %U %S'; time "$0" "$1" import "$2" --data-dir "$3"`
    const child = spawn('bash', ['-c', command, process.execPath, CLI, folder, data], { stdio: ['ignore', 'pipe', 'pipe'] })
    const times: number[] = []
    let errors = ''
    let cpu = 0
    createInterface({ input: child.stdout }).on('line', () => times.push(performance.now() - start))
    createInterface({ input: child.stderr }).on('line', (line) => {
      const used = /^cpu ([\d.]+) ([\d.]+)$/.exec(line)
      if (used) cpu = Number(used[1]) + Number(used[2])
      else if (!line.includes('importing')) errors += `${line}\n`
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve({ times, cpu }) : reject(new Error(`sourcemark import exited ${code}: ${errors}`))))
  })
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sourcemark-import-many-'))
  try {
    const folder = join(dir, 'articles')
    const data = join(dir, 'data')
    await writeArticles(folder, FILES, 42)
    await fillLibrary(data, LIBRARY)
    const { times, cpu } = await importFolder(folder, data)
    if (times.length !== FILES) throw new Error(`${times.length} of ${FILES} files were reported imported`)
    const steps: number[] = []
    for (let end = STEP; end <= FILES; end += STEP) steps.push(times[end - 1]! - (end > STEP ? times[end - STEP - 1]! : 0))
    console.log(`Importing ${FILES} files (2-8 KB of text) with sourcemark import into a library of ${LIBRARY} documents (Node ${process.version})`)
    console.log(`| total | CPU | ${steps.map((_, i) => `files ${i * STEP + 1}-${(i + 1) * STEP}`).join(' | ')} | last/first ${STEP} |`)
    console.log(`|---|---|${steps.map(() => '---').join('|')}|---|`)
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
    console.log(`| ${s(times.at(-1)!)} | ${cpu.toFixed(1)} s | ${steps.map(s).join(' | ')} | ${(steps.at(-1)! / steps[0]!).toFixed(2)} |`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main()
