// `sourcemark import FOLDER` on a real folder of articles: progress on
// standard error (count, file, time left), and Ctrl-C (SIGINT) part way
// through stops after the file being saved: every file imported is whole
// and listed, none half-written, nothing unlisted, exit code 130.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { DocumentFile } from '../../electron/store/files.ts'
import { readLibrary } from '../helpers/library-files.ts'
import { CLI, REPO_ROOT, runCli } from '../helpers/run-cli.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('cli-import-progress')

async function articles(dir: string, count: number): Promise<string> {
  const folder = join(dir, 'articles')
  await mkdir(folder)
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(3, '0')
    await writeFile(join(folder, `article-${n}.txt`), `Grain report ${n}\n\nTass reported that exports rose by ${i} percent. Xinhua said talks went on.\n`)
  }
  // Not an article: left alone.
  await writeFile(join(folder, 'notes.pdf'), '%PDF-1.7')
  return folder
}

test('a folder is imported whole, with progress on standard error: count, file and time left', async () => {
  const dir = await tempDir()
  const folder = await articles(dir, 5)
  const run = runCli(['import', folder, '--data-dir', join(dir, 'data')])
  assert.equal(run.code, 0, run.err)
  assert.equal(run.out.trim().split('\n').length, 5)
  // A line each time the server is further (asked a few times a second, so
  // a quick file may pass unseen), in order, from the first file.
  const progress = run.err.trim().split('\n')
  const counts = progress.map((line) => {
    const match = /^sourcemark: importing (\d) of 5: (.+?)( \(about \d+ (s|min \d+ s) left\))?$/.exec(line)
    assert.ok(match, line)
    assert.equal(match[2], join(folder, `article-00${Number(match[1]) - 1}.txt`))
    assert.equal(match[3] === undefined, match[1] === '1', `the time left once a file is done: ${line}`)
    return Number(match[1])
  })
  assert.equal(counts[0], 1)
  assert.ok(counts.every((n, i) => i === 0 || n > counts[i - 1]!), run.err)
  const listed = (await readLibrary(join(dir, 'data'))).documents.map((d) => d.id)
  assert.deepEqual(listed, [SAMPLE_ID, ...Array.from({ length: 5 }, (_, i) => `grain-report-00${i}`)])
})

test('Ctrl-C part way through a folder: the files imported are whole and listed, the rest not started, exit 130', async () => {
  const dir = await tempDir()
  const data = join(dir, 'data')
  // Three batches (100, 100, 50): interrupted once the first is in, the
  // cancel reaches the server while the second is read, before the third.
  const folder = await articles(dir, 250)
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'import', folder, '--data-dir', data], { cwd: REPO_ROOT })
  const out: string[] = []
  const err: string[] = []
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  createInterface({ input: child.stderr }).on('line', (line) => err.push(line))
  await new Promise<void>((resolve) => {
    void exited.then(() => resolve())
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (out.push(line) === 1) {
        child.kill('SIGINT')
        resolve()
      }
    })
  })
  assert.equal(await exited, 130, err.join('\n'))
  const last = err.at(-1) ?? ''
  const match = /^sourcemark: cancelled: (\d+) of 250 files were imported \(or skipped\), each whole; the other (\d+) were not started\.$/.exec(last)
  assert.ok(match, err.join('\n'))
  const done = Number(match[1])
  assert.ok(done >= 100 && done < 250, last)
  assert.equal(done + Number(match[2]), 250)
  assert.equal(out.length, done, 'each file imported was reported')

  // On disk: exactly those documents, each whole, each listed; no temp file.
  const files = (await readdir(join(data, 'documents'))).filter((name) => name.endsWith('.json'))
  assert.equal(files.length, done + 1)
  assert.deepEqual((await readdir(join(data, 'documents'))).filter((name) => name.endsWith('.tmp')), [])
  for (const name of files) DocumentFile.parse(JSON.parse(await readFile(join(data, 'documents', name), 'utf8')))
  const listed = (await readLibrary(data)).documents.map((d) => d.id)
  assert.deepEqual(listed, [SAMPLE_ID, ...Array.from({ length: done }, (_, i) => `grain-report-${String(i).padStart(3, '0')}`)])
  assert.deepEqual(listed.map((id) => `${id}.json`).sort(), files.sort())
  // The folder is not held: the next import goes on where it stopped.
  const rest = runCli(['import', folder, '--data-dir', data])
  assert.equal(rest.code, 0, rest.err)
  assert.equal(rest.out.trim().split('\n').length, 250 - done)
})
