// Hostile pages of up to 17 MB, written to disk and imported as a user
// would (`sourcemark import`, and the browser-mode server the app calls):
// one paragraph of 17 MB, a million tiny elements, a Markdown line of
// emphasis marks. Each is refused in words before the parser spends a
// second a megabyte on it (the meter shows parse5 never ran), and nothing
// reaches the library. A 17 MB attribute is set aside, not parsed.

import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { importHtml } from '../../shared/import/html/import.ts'
import { beforeParse } from '../../shared/import/html/before-parse.ts'
import { importMarkdown } from '../../shared/import/markdown.ts'
import { WorkMeter } from '../../shared/import/work-meter.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { signedInServer, type SignedInServer } from '../helpers/http-sign-in.ts'
import { REPO_ROOT } from '../helpers/run-cli.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { dataSnapshot } from '../helpers/data-snapshot.ts'

const tempDir = tempDirs('hostile-pages')
const MB = 1024 * 1024

const pages = new Map<string, { text: string; words: RegExp }>([
  ['paragraph.html', {
    text: `<!doctype html><html><body><p>${'word '.repeat((17 * MB) / 5)}</p></body></html>`,
    words: /^This HTML file has a paragraph longer than 1,000,000 characters, the most one paragraph may hold \(it starts “word word word/,
  }],
  ['elements.html', {
    text: `<!doctype html><html><body>${'<i></i>'.repeat(1_500_000)}</body></html>`,
    words: /^This page has over 250,000 elements, far more than an article has; it cannot be imported safely\.$/,
  }],
  ['emphasis.md', {
    text: '*a '.repeat(1_000_000),
    words: /^This Markdown file has a paragraph of over 2,000,000 characters with its markup \(it starts “\*a \*a/,
  }],
])

let root: string
let dataDir: string

const snapshot = () => dataSnapshot(dataDir)

before(async () => {
  root = await tempDir()
  dataDir = join(root, 'data')
  await openServices({ dataDir, resourcesDir: join(REPO_ROOT, 'resources') })
  for (const [name, { text }] of pages) await writeFile(join(root, name), text)
})

test('the parser never runs on a page refused for its shape', () => {
  for (const name of ['paragraph.html', 'elements.html']) {
    const meter = new WorkMeter()
    assert.throws(() => importHtml(pages.get(name)!.text, meter), (e: unknown) => e instanceof ImportError && pages.get(name)!.words.test(e.message))
    assert.equal(meter.steps, 0, `${name}: parse5 made ${meter.steps} nodes before the refusal`)
  }
  assert.throws(() => importMarkdown(pages.get('emphasis.md')!.text), (e: unknown) => e instanceof ImportError && pages.get('emphasis.md')!.words.test(e.message))
})

test('a 17 MB attribute, a long comment and a long script are not handed to parse5; the article is the same', () => {
  const article = '<h1>Talks</h1><p>The ministry said <a href="https://example.com/a">the talks</a> went well.</p>'
  const page = `<!doctype html><html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>${'p{}'.repeat(1000)}</style></head><body><!--${'c'.repeat(MB)}--><script>${'x'.repeat(MB)}</script><img src="data:image/png;base64,${'A'.repeat(17 * MB)}">${article}</body></html>`
  const given = beforeParse(page)
  assert.ok(given.length < 2_000, `parse5 is given ${given.length} characters`)
  assert.ok(given.includes('{"@type":"NewsArticle"}'), 'the JSON-LD script went')
  assert.deepEqual(importHtml(page), importHtml(`<!doctype html><html><body>${article}</body></html>`))
})

test('a tag of 300,000 attributes, 17 MB of spaces and an unclosed comment are not handed to parse5 whole', () => {
  const attributes = `<p ${Array.from({ length: 300_000 }, (_, i) => `a${i}=1`).join(' ')}>Attributes.</p>`
  assert.equal(beforeParse(attributes), '<p>Attributes.</p>')
  const spaces = `<p>The ministry${' '.repeat(17 * MB)}said.</p>`
  assert.ok(beforeParse(spaces).length < 100)
  assert.equal(importHtml(spaces).blocks[0]!.text, 'The ministry said.')
  assert.equal(beforeParse(`<p>Cut</p><!--${'c'.repeat(MB)}`), '<p>Cut</p><!--')
  assert.throws(() => importHtml(`<p>Cut</p><!--${'c'.repeat(MB)}`), /ends in the middle of a tag/)
})

function cli(...args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'electron', 'cli.ts'), ...args], { cwd: REPO_ROOT })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString() })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, err }))
  })
}

describe('imported as a user would', () => {
  test('sourcemark import refuses each in words; nothing reaches the library', async () => {
    const before = await snapshot()
    for (const [name, { words }] of pages) {
      const path = join(root, name)
      const run = await cli('import', path, '--data-dir', dataDir)
      assert.equal(run.code, 1, run.err)
      const said = run.err.trim().split('\n').filter((line) => !/importing \d+ of/.test(line))
      assert.equal(said.length, 1, run.err)
      assert.ok(said[0]!.startsWith(`sourcemark: ${path}: `), run.err)
      assert.match(said[0]!.slice(`sourcemark: ${path}: `.length), words)
    }
    assert.deepEqual(await snapshot(), before)
  })

  describe('through the HTTP server', () => {
    let server: SignedInServer
    before(async () => { server = await signedInServer(root, dataDir, join(REPO_ROOT, 'resources')) })
    after(() => server?.close())

    test('importDocuments refuses each in words; nothing reaches the library', async () => {
      const before = await snapshot()
      for (const [name, { words }] of pages) {
        const contentBase64 = (await readFile(join(root, name))).toString('base64')
        const many = await server.call('importDocuments', { importId: crypto.randomUUID(), files: [{ fileName: name, contentBase64 }] })
        assert.equal(many.status, 200, many.body)
        const [result] = JSON.parse(many.body).value.results as { fileName: string; status: string; error: string }[]
        assert.equal(result!.status, 'failed', many.body)
        assert.ok(result!.error.startsWith(`${name}: `), result!.error)
        assert.match(result!.error.slice(name.length + 2), words)
      }
      assert.deepEqual(await snapshot(), before)
    })
  })
})
