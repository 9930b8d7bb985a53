// sourcemark suggest FILE|DOC [--json]: the sample as a document and as a
// file, an HTML page, the exact JSON shape, the table with user text
// escaped, the errors, and that it never writes to the data folder (not on
// a folder that cannot be written, nor while another Sourcemark holds it).

import { after, before, test } from 'node:test'
import { runCli } from '../helpers/run-cli.ts'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { takeFolder } from '../../electron/store/take-folder.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'

const ROOT = join(__dirname, '..', '..')
const resourcesDir = join(ROOT, 'resources')
const SAMPLE_FILE = join(resourcesDir, 'samples', `${SAMPLE_ID}.txt`)
const asRoot = process.getuid?.() === 0
// Root ignores permissions: the read-only run is made as nobody instead.
const nobody = asRoot ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] : []
const canDrop = !asRoot || spawnSync('setpriv', [...nobody.slice(1), process.execPath, '-e', 'process.exit(process.getuid() === 0 ? 1 : 0)']).status === 0

let work: string
let dir: string
let text: string
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourcemark-cli-suggest-'))
  await chmod(work, 0o755)
  dir = join(work, 'data')
  const api = await openServices({ dataDir: dir, resourcesDir })
  text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
})
after(async () => {
  await chmod(dir, 0o755).catch(() => {})
  await chmod(join(dir, 'documents'), 0o755).catch(() => {})
  await rm(work, { recursive: true, force: true })
})

const sourcemark = runCli

// Every file's bytes (and every folder) under the data folder.
async function snapshot(): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(entry.parentPath, entry.name))
    files.set(path, entry.isFile() ? (await readFile(join(dir, path))).toString('base64') : '(folder)')
  }
  return files
}

const FIELDS = ['confidence', 'content', 'cue', 'source', 'sourceKind', 'venue', 'via']

function checkShape(items: unknown, within: string): Record<string, unknown>[] {
  assert.ok(Array.isArray(items) && items.length > 0)
  for (const item of items as Record<string, unknown>[]) {
    assert.deepEqual(Object.keys(item).sort(), FIELDS)
    for (const span of [item.content, item.cue] as { text: string; start: number; end: number }[]) {
      assert.deepEqual(Object.keys(span).sort(), ['end', 'start', 'text'])
      assert.equal(within.slice(span.start, span.end), span.text)
    }
    assert.ok(['outlet', 'person', 'organisation', 'document', 'anonymous'].includes(item.sourceKind as string))
    assert.ok(typeof item.confidence === 'number' && item.confidence > 0 && item.confidence <= 1)
    assert.ok(item.via === null || typeof item.via === 'string')
  }
  return items as Record<string, unknown>[]
}

test('suggest DOC --json: one array, exactly the issue\'s fields, offsets in the document\'s text; nothing written', async () => {
  const before = await snapshot()
  const run = sourcemark(['suggest', 'xi jinping meets', '--json', '--data-dir', dir])
  assert.equal(run.code, 0, run.err)
  assert.equal(run.err, '')
  const items = checkShape(JSON.parse(run.out), text)
  const perXinhua = items.find((i) => (i.content as { text: string }).text.startsWith('The regular meeting, which has been held every year'))
  assert.deepEqual([perXinhua?.source, (perXinhua?.cue as { text: string }).text, perXinhua?.via], ['Xinhua', 'per Xinhua', null])
  assert.ok(items.some((i) => i.source === 'Xi Jinping' && i.via === 'Xinhua'))
  assert.deepEqual(await snapshot(), before)
})

test('suggest FILE: the sample file gives the same suggestions, and it is not added to the library', async () => {
  const before = await snapshot()
  const asFile = sourcemark(['suggest', SAMPLE_FILE, '--json', '--data-dir', dir])
  assert.equal(asFile.code, 0, asFile.err)
  const asDoc = sourcemark(['suggest', SAMPLE_ID, '--json', '--data-dir', dir])
  assert.deepEqual(JSON.parse(asFile.out), JSON.parse(asDoc.out))
  assert.deepEqual(await snapshot(), before)
})

test('suggest on an HTML page, as a table with its text escaped; a data folder that does not exist is not made', async () => {
  const page = join(work, 'page.html')
  await writeFile(page, `<!doctype html><html><head><title>Port deal</title></head><body><nav>Home | World</nav><article><h1>Port deal</h1>
    <p>Russia and China will expand Arctic shipping next year, according to Xinhua.</p>
    <p>"We are ready to invest \u001b[2J\u202enow," Li Qiang said on Monday.</p></article></body></html>`)
  const missing = join(work, 'no-data-here')
  const json = sourcemark(['suggest', page, '--json', '--data-dir', missing])
  assert.equal(json.code, 0, json.err)
  const pageText = 'Port deal\n\nRussia and China will expand Arctic shipping next year, according to Xinhua.\n\n"We are ready to invest \u001b[2J\u202enow," Li Qiang said on Monday.'
  const items = checkShape(JSON.parse(json.out), pageText)
  assert.ok(items.some((i) => i.source === 'Xinhua' && i.sourceKind === 'outlet'))
  assert.ok(items.some((i) => i.source === 'Li Qiang' && i.sourceKind === 'person'))

  const table = sourcemark(['suggest', page, '--data-dir', missing])
  assert.equal(table.code, 0, table.err)
  assert.match(table.out, /^\d+ suggestions? for .*page\.html\n\nconf {2}source +cue +range +content\n/)
  assert.match(table.out, /according to Xinhua/)
  assert.match(table.out, /\\x1B\[2J\\u202Enow/)
  assert.doesNotMatch(table.out, /[\u001b\u202e]/)
  assert.equal(existsSync(missing), false)
})

test('errors: empty, binary and missing files, an unknown document (exit 1); usage errors (exit 2); --help', async () => {
  const empty = join(work, 'empty.txt')
  const binary = join(work, 'blob.txt')
  await writeFile(empty, '')
  await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))
  for (const [args, message] of [
    [[empty], new RegExp(`^sourcemark: ${empty.replace(/[.]/g, '\\.')}: .*empty`, 'i')],
    [[binary], new RegExp(`^sourcemark: ${binary.replace(/[.]/g, '\\.')}: .*binary`, 'i')],
    [[join(work, 'nowhere.html')], /^sourcemark: there is no file at .*nowhere\.html, and no document has the id or a title starting with/],
    [['no-such-document'], /^sourcemark: no document has the id or a title starting with "no-such-document"/],
  ] as const) {
    const run = sourcemark(['suggest', ...args, '--data-dir', dir])
    assert.equal(run.code, 1, `${args}: ${run.err}`)
    assert.match(run.err, message)
    assert.equal(run.out, '')
  }
  const none = sourcemark(['suggest', '--data-dir', dir])
  assert.equal(none.code, 2)
  assert.match(none.err, /which article\?/)
  const extra = sourcemark(['suggest', 'a', 'b', '--data-dir', dir])
  assert.equal(extra.code, 2)
  const badOption = sourcemark(['suggest', 'xi', '--format', 'md', '--data-dir', dir])
  assert.equal(badOption.code, 2)
  const help = sourcemark(['suggest', '--help'])
  assert.equal(help.code, 0)
  assert.match(help.out, /^Usage: sourcemark suggest FILE\|DOC \[--json\] \[--data-dir DIR\]/)
  assert.match(sourcemark(['--help']).out, /suggest FILE\|DOC/)
})

test('while another Sourcemark holds the folder, suggest reads it and changes nothing', async () => {
  const { lock } = await takeFolder(dir)
  assert.ok(lock)
  try {
    const before = await snapshot()
    const run = sourcemark(['suggest', SAMPLE_ID, '--json', '--data-dir', dir])
    assert.equal(run.code, 0, run.err)
    checkShape(JSON.parse(run.out), text)
    assert.deepEqual(await snapshot(), before)
  } finally {
    await lock.release()
  }
})

test('on a folder that cannot be written, suggest works and creates nothing', { skip: !canDrop && 'setpriv cannot run node as nobody here' }, async () => {
  await chmod(join(dir, 'documents'), 0o555)
  await chmod(dir, 0o555)
  try {
    const before = await snapshot()
    const run = sourcemark(['suggest', 'xi', '--json', '--data-dir', dir], nobody)
    assert.equal(run.code, 0, run.err)
    checkShape(JSON.parse(run.out), text)
    assert.deepEqual(await snapshot(), before)
  } finally {
    await chmod(dir, 0o755)
    await chmod(join(dir, 'documents'), 0o755)
  }
})
