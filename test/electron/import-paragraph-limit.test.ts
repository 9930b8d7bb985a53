// A file with far more paragraphs than a document may hold (950,000
// one-letter paragraphs: 2.8 MB of text or Markdown, 7.6 MB of HTML), written to disk and imported as a user
// would: by `sourcemark import` and through the browser-mode server. Both
// refuse it in words, saying how many paragraphs it has and the limit, not
// "try again"; nothing is written to the library.

import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { signedInServer, type SignedInServer } from '../helpers/http-sign-in.ts'
import { REPO_ROOT } from '../helpers/run-cli.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { dataSnapshot } from '../helpers/data-snapshot.ts'

const tempDir = tempDirs('paragraph-limit')
const PARAGRAPHS = 950_000

let root: string
let dataDir: string
const files = new Map<string, string>()

const snapshot = () => dataSnapshot(dataDir)

before(async () => {
  root = await tempDir()
  dataDir = join(root, 'data')
  await openServices({ dataDir, resourcesDir: join(REPO_ROOT, 'resources') })
  const text = Array.from({ length: PARAGRAPHS }, () => 'a').join('\n\n')
  for (const name of ['letters.txt', 'letters.md']) {
    files.set(name, join(root, name))
    await writeFile(join(root, name), text)
  }
  // The same as a web page (7.6 MB).
  files.set('letters.html', join(root, 'letters.html'))
  await writeFile(join(root, 'letters.html'), `<!doctype html><html><body>${'<p>a</p>'.repeat(PARAGRAPHS)}</body></html>`)
})

const words = (format: string, atLeast: string) =>
  `This ${format} file has ${atLeast}950,000 paragraphs; one document may hold at most 100,000. Split it into smaller files and import those.`
const expected = new Map([['letters.txt', words('text', '')], ['letters.md', words('Markdown', 'at least ')], ['letters.html', words('HTML', 'at least ')]])

function cli(...args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'electron', 'cli.ts'), ...args], { cwd: REPO_ROOT })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString() })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, err }))
  })
}

describe('950,000 one-letter paragraphs', () => {
  test('sourcemark import refuses each file (and a folder of them) in words; nothing reaches the library', async () => {
    const before = await snapshot()
    for (const [name, path] of files) {
      const run = await cli('import', path, '--data-dir', dataDir)
      assert.equal(run.code, 1, run.err)
      assert.equal(run.err.trim(), `sourcemark: ${path}: ${expected.get(name)}`)
      assert.doesNotMatch(run.err, /try again/)
    }
    const folder = join(root, 'folder')
    await mkdir(folder)
    await writeFile(join(folder, 'letters.md'), await readFile(files.get('letters.md')!))
    const run = await cli('import', folder, '--data-dir', dataDir)
    assert.ok(run.err.includes(expected.get('letters.md')!), run.err)
    assert.deepEqual(await snapshot(), before)
  })

  describe('through the HTTP server', () => {
    let server: SignedInServer
    before(async () => { server = await signedInServer(root, dataDir, join(REPO_ROOT, 'resources')) })
    after(() => server?.close())

    const call = (method: string, payload: unknown) => server.call(method, payload)


    test('importDocument and importDocuments refuse each file in words; nothing reaches the library', async () => {
      const before = await snapshot()
      for (const [name, path] of files) {
        const contentBase64 = (await readFile(path)).toString('base64')
        const one = await call('importDocument', { fileName: name, contentBase64 })
        assert.equal(one.status, 400, one.body)
        assert.deepEqual(JSON.parse(one.body), { ok: false, error: { code: 'invalid-input', message: `${name}: ${expected.get(name)}`, field: 'contentBase64' } })
        const many = await call('importDocuments', { importId: crypto.randomUUID(), files: [{ fileName: name, contentBase64 }] })
        assert.equal(many.status, 200, many.body)
        assert.deepEqual(JSON.parse(many.body).value.results, [{ fileName: name, status: 'failed', error: `${name}: ${expected.get(name)}` }])
      }
      assert.deepEqual(await snapshot(), before)
    })
  })
})
