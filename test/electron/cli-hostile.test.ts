// Hostile files handed to the command line as a user would: things that are
// not files (a FIFO, a link to /dev/zero, a folder), files that are not
// articles, names with newlines and escapes, and annotation files with a
// BOM or a flood of bad items. Each gets a sentence naming the file, none
// hangs, and nothing reaches the library.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdir, readdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { openServices } from '../../electron/services.ts'

const ROOT = join(__dirname, '..', '..')
const tempDir = tempDirs('cli-hostile')
const canFifo = spawnSync('mkfifo', ['--version']).status === 0

// Asynchronous, with a deadline far above a normal run, so a command that
// blocks on a FIFO fails the test instead of hanging the suite.
function sourcemark(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'cli.ts'), ...args], { cwd: ROOT })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString() })
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString() })
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`sourcemark ${args.join(' ')} did not finish: ${err}`)) }, 60_000)
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, out, err }) })
  })
}

// A library with the sample in it; what is on disk besides the lock.
async function library(): Promise<string> {
  const dir = await tempDir()
  await openServices({ dataDir: join(dir, 'data'), resourcesDir: join(ROOT, 'resources') })
  return dir
}
const documentFiles = async (dir: string) => (await readdir(join(dir, 'data', 'documents'))).sort()

test('import: not-files, binary files under article names and names with control characters are refused one by one; nothing is written', { skip: !canFifo && 'mkfifo is not on this machine' }, async () => {
  const dir = await library()
  const before = await documentFiles(dir)
  const files = join(dir, 'files')
  await mkdir(files)
  assert.equal(spawnSync('mkfifo', [join(files, 'pipe.txt')]).status, 0)
  await symlink('/dev/zero', join(files, 'zero.html'))
  await symlink('loop.txt', join(files, 'loop.txt'))
  await mkdir(join(files, 'folder.md'))
  await writeFile(join(files, 'bomb.html'), gzipSync(Buffer.alloc(5_000_000, 'a')))
  await writeFile(join(files, 'picture.md'), Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'), Buffer.alloc(2000, 7)]))
  await writeFile(join(files, 'blank.txt'), ' \n\t\r\n ')
  await writeFile(join(files, 'line\nbreak\x1b[31m.txt'), Buffer.alloc(0))
  const names = ['pipe.txt', 'zero.html', 'loop.txt', 'bomb.html', 'picture.md', 'blank.txt', 'line\nbreak\x1b[31m.txt']
  const run = await sourcemark('import', ...names.map((name) => join(files, name)), '--data-dir', join(dir, 'data'))
  assert.equal(run.code, 1, run.err)
  assert.equal(run.out, '')
  const said = run.err.split('\n').filter((line) => !/importing \d+ of/.test(line))
  assert.ok(said.some((line) => line.endsWith('pipe.txt: not a file')), run.err)
  assert.ok(said.some((line) => line.endsWith('zero.html: not a file')), run.err)
  assert.ok(said.some((line) => line.endsWith('loop.txt: it is a link that leads back to itself (a loop of links), not a file')), run.err)
  assert.ok(said.some((line) => line.endsWith('bomb.html: This is a GZIP archive, not text, Markdown or HTML.')), run.err)
  assert.ok(said.some((line) => line.endsWith('picture.md: This is a PNG image, not text, Markdown or HTML.')), run.err)
  assert.ok(said.some((line) => line.endsWith('blank.txt: The file is empty.')), run.err)
  assert.ok(said.some((line) => line.endsWith('line\\x0Abreak\\x1B[31m.txt: The file is empty.')), run.err)
  assert.doesNotMatch(run.err, /\x1b/)
  assert.deepEqual(await documentFiles(dir), before)

  // One at a time (another path through the command), and for suggest.
  for (const command of ['import', 'suggest']) {
    for (const name of ['pipe.txt', 'zero.html', 'folder.md']) {
      const one = await sourcemark(command, join(files, name), '--data-dir', join(dir, 'data'))
      assert.equal(one.code, 1, `${command} ${name}: ${one.err}`)
      assert.match(one.err, /: (not a file|this folder holds no articles to import \(\.txt, \.md, \.html\))\n$/)
    }
  }
  assert.deepEqual(await documentFiles(dir), before)
})

test('import and suggest: a file over the 20 MB limit is refused by its size in MB, unread; nothing is written', async () => {
  const dir = await library()
  const before = await documentFiles(dir)
  const big = join(dir, 'big.html')
  // Sparse: 50 MB on paper, nothing on disk, and never read.
  await writeFile(big, '')
  await truncate(big, 50 * 1024 * 1024)
  for (const command of ['import', 'suggest']) {
    const run = await sourcemark(command, big, '--data-dir', join(dir, 'data'))
    assert.equal(run.code, 1, run.err)
    assert.ok(run.err.endsWith('big.html: it is 50.0 MB, larger than the 20 MB import limit\n'), run.err)
  }
  assert.deepEqual(await documentFiles(dir), before)
})

test('import-annotations: a file with a BOM is read; a flood of bad items is summed up, not listed line by line', async () => {
  const dir = await library()
  const bom = join(dir, 'bom.json')
  const quote = { type: 'TextQuoteSelector', exact: 'Xi Jinping' }
  await writeFile(bom, `\uFEFF${JSON.stringify([{ type: 'Annotation', target: { selector: quote } }])}`)
  const read = await sourcemark('import-annotations', 'xi', bom, '--data-dir', join(dir, 'data'))
  assert.equal(read.code, 0, read.err)
  assert.match(read.out, /^Imported 1 annotation into/)

  const flood = join(dir, 'flood.json')
  await writeFile(flood, JSON.stringify(Array.from({ length: 5_000 }, (_, i) => (i % 2 ? 7 : { target: 5 }))))
  const run = await sourcemark('import-annotations', 'xi', flood, '--data-dir', join(dir, 'data'))
  assert.equal(run.code, 1)
  const lines = run.err.trim().split('\n')
  assert.ok(lines.length <= 21, `${lines.length} lines on standard error`)
  assert.equal(lines.at(-1), 'sourcemark: … and 4980 more not imported.')
  assert.match(lines[0]!, /^sourcemark: not imported: "" \(malformed annotation: its target is missing or not one Sourcemark can read\)$/)
})

// What is not an annotation file is told in plain words: what it is
// instead, never the JSON parser's message or a system error code. A file
// of annotations saved as UTF-16 (as Windows tools may) is read.
test('import-annotations: a folder, a picture, a page, a file over the limit and UTF-16 JSON', async () => {
  const dir = await library()
  const data = join(dir, 'data')
  const before = await snapshotDocuments(dir)
  await mkdir(join(dir, 'folder.json'))
  await writeFile(join(dir, 'picture.json'), Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'), Buffer.alloc(200, 7)]))
  await writeFile(join(dir, 'page.json'), '<html><body><p>Not JSON</p></body></html>')
  await writeFile(join(dir, 'big.json'), '')
  await truncate(join(dir, 'big.json'), 30 * 1024 * 1024)
  const expected: [string, string][] = [
    ['folder.json', 'folder.json is a folder, not an annotation file'],
    ['picture.json', 'picture.json is a PNG image, not an annotation file (JSON)'],
    ['page.json', 'page.json is not an annotation file: it is not JSON'],
    ['big.json', 'big.json: it is 30.0 MB, larger than the 20 MB import limit'],
  ]
  for (const [name, words] of expected) {
    const run = await sourcemark('import-annotations', 'xi', join(dir, name), '--data-dir', data)
    assert.equal(run.code, 1, run.err)
    assert.ok(run.err.endsWith(`${words}\n`), run.err)
  }
  assert.deepEqual(await snapshotDocuments(dir), before)

  const utf16 = join(dir, 'utf16.json')
  const quote = { type: 'TextQuoteSelector', exact: 'Xi Jinping' }
  await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify([{ type: 'Annotation', target: { selector: quote } }]), 'utf16le')]))
  const read = await sourcemark('import-annotations', 'xi', utf16, '--data-dir', data)
  assert.equal(read.code, 0, read.err)
  assert.match(read.out, /^Imported 1 annotation into/)
})

async function snapshotDocuments(dir: string): Promise<Map<string, string>> {
  const folder = join(dir, 'data', 'documents')
  return new Map(await Promise.all((await readdir(folder)).map(async (name) => [name, await readFile(join(folder, name), 'utf8')] as [string, string])))
}
