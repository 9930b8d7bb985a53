import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { openServices } from '../../electron/services.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { canonicalText } from '../../shared/model/document.ts'

const ROOT = join(__dirname, '..', '..')
const tempDir = tempDirs('cli-test')

function sourcemark(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

test('list shows the built-in sample on a fresh data directory, as a table and as JSON', async () => {
  const dir = await tempDir()
  const table = sourcemark('list', '--data-dir', dir)
  assert.equal(table.code, 0, table.err)
  assert.match(table.out, /^xi-mishustin-2025-11-05\s+0\s+Xi Jinping meets Russian Prime Minister/m)
  const json = sourcemark('--data-dir', dir, 'list', '--json')
  assert.equal(json.code, 0, json.err)
  const documents = JSON.parse(json.out) as { id: string; annotationCount: number }[]
  assert.deepEqual(documents.map((d) => d.id), ['xi-mishustin-2025-11-05'])
})

test('export finds a document by the start of its title and writes each format', async () => {
  const dir = await tempDir()
  const csv = sourcemark('export', 'xi jinping', '--format', 'csv', '--data-dir', dir)
  assert.equal(csv.code, 0, csv.err)
  assert.match(csv.out, /document_id/)
  const md = sourcemark('export', 'xi-mishustin-2025-11-05', '--format', 'md', '--data-dir', dir)
  assert.equal(md.code, 0, md.err)
  assert.match(md.out, /^---\n/)
  const file = join(dir, 'notes.jsonld')
  const jsonld = sourcemark('export', 'Xi', '--format', 'jsonld', '-o', file, '--data-dir', dir)
  assert.equal(jsonld.code, 0, jsonld.err)
  assert.equal(jsonld.out, '')
  const collection = JSON.parse(await readFile(file, 'utf8')) as { type: unknown }
  assert.match(JSON.stringify(collection.type), /AnnotationCollection/)
})

test('bad requests fail with a clear message and a non-zero exit', async () => {
  const dir = await tempDir()
  const unknownDoc = sourcemark('export', 'no such article', '--format', 'md', '--data-dir', dir)
  assert.equal(unknownDoc.code, 1)
  assert.match(unknownDoc.err, /no document has the id or a title starting with "no such article"/)
  const unknownFormat = sourcemark('export', 'xi', '--format', 'pdf', '--data-dir', dir)
  assert.equal(unknownFormat.code, 2)
  assert.match(unknownFormat.err, /unknown format "pdf": use one of md, jsonld, html, csv, readwise, hypothesis/)
  const noFormat = sourcemark('export', 'xi', '--data-dir', dir)
  assert.equal(noFormat.code, 2)
  assert.match(noFormat.err, /--format is required/)
  const noDoc = sourcemark('export', '--format', 'md', '--data-dir', dir)
  assert.equal(noDoc.code, 2)
  const unknownCommand = sourcemark('frobnicate')
  assert.equal(unknownCommand.code, 2)
  assert.match(unknownCommand.err, /unknown command "frobnicate"/)
  const unknownOption = sourcemark('list', '--colour')
  assert.equal(unknownOption.code, 2)
  assert.match(unknownOption.err, /Usage: sourcemark list/)
})

test('every command has --help', () => {
  for (const command of ['start', 'serve', 'list', 'import', 'export', 'import-annotations']) {
    const help = sourcemark(command, '--help')
    assert.equal(help.code, 0, `${command}: ${help.err}`)
    assert.match(help.out, new RegExp(`^Usage: sourcemark ${command}`), command)
  }
  const top = sourcemark('--help')
  assert.equal(top.code, 0)
  assert.match(top.out, /Commands:/)
})

test('export --format html writes a standalone page with no script', async () => {
  const dir = await tempDir()
  const html = sourcemark('export', 'xi', '--format', 'html', '--data-dir', dir)
  assert.equal(html.code, 0, html.err)
  assert.match(html.out, /^<!doctype html>/i)
  assert.doesNotMatch(html.out, /<script/i)
  assert.match(html.out, /Deepen cooperation/)
})

test('export as W3C JSON-LD, import into a fresh data directory: the same annotations', async () => {
  const from = await tempDir()
  const api = await openServices({ dataDir: from, resourcesDir: join(ROOT, 'resources') })
  const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
  const target = (words: string) => { const at = text.indexOf(words); return describeRange(text, at, at + words.length) }
  await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: target('Russia and China see each other as priority partners'), sources: ['tass'], note: 'joint communique, Nov. 4' })
  await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: target('underscore the maturity and resilience'), sources: ['global-times', 'xinhua'] })
  await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'highlight', target: target('Deepen cooperation') })
  const original = await api.listAnnotations({ documentId: SAMPLE_ID })

  const file = join(from, 'notes.jsonld')
  assert.equal(sourcemark('export', SAMPLE_ID, '--format', 'jsonld', '-o', file, '--data-dir', from).code, 0)
  const into = await tempDir()
  const imported = sourcemark('import-annotations', 'xi', file, '--data-dir', into)
  assert.equal(imported.code, 0, imported.err)
  assert.match(imported.out, /^Imported 3 annotations into "Xi Jinping meets/)
  const again = sourcemark('import-annotations', 'xi', file, '--data-dir', into)
  assert.match(again.out, /Imported 0 annotations .*; 3 were already there/)

  const reopened = await openServices({ dataDir: into, resourcesDir: join(ROOT, 'resources') })
  const byStart = (list: Annotation[]) => [...list].sort((a, b) => a.target.position.start - b.target.position.start)
  assert.deepEqual(byStart(await reopened.listAnnotations({ documentId: SAMPLE_ID })), byStart(original))
})

test('import-annotations rejects what it cannot read and adds nothing', async () => {
  const dir = await tempDir()
  const missing = sourcemark('import-annotations', 'xi', join(dir, 'nope.json'), '--data-dir', dir)
  assert.equal(missing.code, 1)
  assert.match(missing.err, /there is no file at/)
  const garbage = join(dir, 'garbage.json')
  await writeFile(garbage, '{"annotations": 5}')
  const bad = sourcemark('import-annotations', 'xi', garbage, '--data-dir', dir)
  assert.equal(bad.code, 1)
  // In the user's words: no method or field names.
  assert.match(bad.err, /^sourcemark: This file is not an annotation file Sourcemark can read: /)
  assert.doesNotMatch(bad.err, /importAnnotations|data:/)
  const notJson = join(dir, 'text.json')
  await writeFile(notJson, 'hello')
  assert.match(sourcemark('import-annotations', 'xi', notJson, '--data-dir', dir).err, /is not JSON/)
  const listed = JSON.parse(sourcemark('list', '--json', '--data-dir', dir).out) as { annotationCount: number }[]
  assert.equal(listed[0]!.annotationCount, 0)
})

test('import adds text, Markdown and HTML files headless and prints each id and title', async () => {
  const dir = await tempDir()
  const md = join(dir, 'briefing.md')
  const html = join(dir, 'page.html')
  const txt = join(dir, 'notes.txt')
  await writeFile(md, '---\ntitle: Port talks\npublisher: Harbour Wire\n---\n\nNegotiators met on *Tuesday*.\n')
  await writeFile(html, '<!doctype html><html><head><title>Рынок зерна</title></head><body><article><h1>Рынок зерна</h1><p>Экспорт вырос на 5%.</p></article></body></html>')
  await writeFile(txt, 'Grain prices\n\nPrices rose 5% on Monday, traders said.\n')
  const run = sourcemark('import', md, html, txt, '--data-dir', dir)
  assert.equal(run.code, 0, run.err)
  assert.equal(run.out, 'port-talks\tPort talks\narticle\tРынок зерна\ngrain-prices\tGrain prices\n')
  const listed = JSON.parse(sourcemark('list', '--json', '--data-dir', dir).out) as { id: string; meta: { publisher?: string } }[]
  assert.deepEqual(listed.map((d) => d.id), [SAMPLE_ID, 'port-talks', 'article', 'grain-prices'])
  assert.equal(listed[1]!.meta.publisher, 'Harbour Wire')

  const again = sourcemark('import', md, '--data-dir', dir)
  assert.equal(again.code, 0, again.err)
  assert.equal(again.out, '')
  assert.match(again.err, /already in the library as port-talks \("Port talks"\); skipped/)
  const kept = sourcemark('import', '--keep-duplicates', md, '--data-dir', dir)
  assert.equal(kept.out, 'port-talks-2\tPort talks\n')
})

test('import says when it is unsure of a web page\'s article; --whole-page imports all of it', async () => {
  const dir = await tempDir()
  const page = join(dir, 'bridge.html')
  const comment = (i: number) => `<p>Reader comment ${i}: the council should have closed the bridge much earlier, and said so, and paid for the repairs.</p>`
  await writeFile(page, `<html><body><div class="story"><h1>Bridge closed</h1><p>The bridge is closed until Friday.</p></div><div class="comments">${Array.from({ length: 8 }, (_, i) => comment(i)).join('')}</div></body></html>`)
  const run = sourcemark('import', page, '--data-dir', dir)
  assert.equal(run.code, 0, run.err)
  assert.equal(run.out, 'bridge-closed\tBridge closed\n')
  assert.ok(run.err.includes(`${page}: Sourcemark is not sure it found the article: it has very little text. To import the whole page: sourcemark import --whole-page --keep-duplicates ${page}`), run.err)
  const whole = sourcemark('import', '--whole-page', '--keep-duplicates', page, '--data-dir', dir)
  assert.equal(whole.code, 0, whole.err)
  assert.equal(whole.err, '')
  assert.equal(whole.out, 'bridge-closed-2\tBridge closed\n')
  const api = await openServices({ dataDir: dir, resourcesDir: join(ROOT, 'resources') })
  assert.match(canonicalText((await api.getDocument({ documentId: 'bridge-closed-2' })).blocks), /Reader comment 7/)
})

test('a page saved as "Web page, complete" imports from its .html; its _files folder is never read, and named if given', async () => {
  const dir = await tempDir()
  const page = join(dir, 'Harbour fees rise.html')
  const files = join(dir, 'Harbour fees rise_files')
  await mkdir(files)
  await writeFile(join(files, 'app.js'), 'document.title = "FILES-FOLDER-SCRIPT"')
  await writeFile(join(files, 'inline.html'), '<p>FILES-FOLDER-FRAME</p>')
  await writeFile(page, [
    '<!DOCTYPE html><!-- saved from url=(0042)https://harbour.example/news/fees-rise --><html><head><meta charset="utf-8"><title>Harbour fees rise</title>',
    '<link rel="stylesheet" href="./Harbour fees rise_files/main.css"><script src="./Harbour fees rise_files/app.js"></script></head>',
    '<body><article><h1>Harbour fees rise</h1><img src="./Harbour fees rise_files/photo.jpg"><iframe src="./Harbour fees rise_files/inline.html"></iframe>',
    '<p>Mooring fees at the town harbour will rise by 4% from April, the harbour board said on Tuesday.</p></article></body></html>',
  ].join('\n'))
  const run = sourcemark('import', page, '--data-dir', dir)
  assert.equal(run.code, 0, run.err)
  assert.equal(run.out, 'harbour-fees-rise\tHarbour fees rise\n')
  const api = await openServices({ dataDir: dir, resourcesDir: join(ROOT, 'resources') })
  const text = canonicalText((await api.getDocument({ documentId: 'harbour-fees-rise' })).blocks)
  assert.ok(text.includes('Mooring fees') && !text.includes('FILES-FOLDER'))
  const folder = sourcemark('import', files, '--data-dir', dir)
  assert.equal(folder.code, 1)
  assert.ok(folder.err.includes(`${files}: this is the folder of a saved web page; import the .html file beside it (${join(dir, 'Harbour fees rise')}.html)`), folder.err)
})

test('import reports each file it cannot take, imports the rest, and exits 1', async () => {
  const dir = await tempDir()
  const empty = join(dir, 'empty.txt')
  const good = join(dir, 'good.txt')
  await writeFile(empty, '')
  await writeFile(good, 'Fine text\n\nA paragraph.\n')
  const run = sourcemark('import', empty, join(dir, 'missing.md'), good, '--data-dir', dir)
  assert.equal(run.code, 1)
  assert.equal(run.out, 'fine-text\tFine text\n')
  assert.match(run.err, new RegExp(`${empty.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: The file is empty\\.`))
  assert.match(run.err, /missing\.md: there is no such file/)
  const none = sourcemark('import', '--data-dir', dir)
  assert.equal(none.code, 2)
  assert.match(none.err, /which files\?/)
})

test('while another Sourcemark holds the folder, list and export read it without changing a byte; import is refused', async () => {
  const dir = await tempDir()
  assert.equal(sourcemark('list', '--data-dir', dir).code, 0) // creates the library and the sample
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' })
  try {
    await writeFile(join(dir, 'sourcemark.lock'), JSON.stringify({ pid: holder.pid }))
    const before = await snapshot(dir)
    const listed = sourcemark('list', '--data-dir', dir)
    assert.equal(listed.code, 0, listed.err)
    assert.match(listed.out, /^xi-mishustin-2025-11-05\s+0\s+Xi Jinping/m)
    assert.match(listed.err, new RegExp(`another Sourcemark \\(pid ${holder.pid}\\) is using .*; reading it without changing anything`))
    const md = sourcemark('export', 'xi', '--format', 'md', '--data-dir', dir)
    assert.equal(md.code, 0, md.err)
    assert.match(md.out, /^---\n/)

    // A damaged document is reported and left for the owner to repair.
    const docFile = join(dir, 'documents', `${SAMPLE_ID}.json`)
    await writeFile(docFile, '{"version":1,')
    const damaged = await snapshot(dir)
    const refused = sourcemark('export', 'xi', '--format', 'md', '--data-dir', dir)
    assert.equal(refused.code, 1)
    assert.match(refused.err, /The document "Xi Jinping .+" in the data folder \(.+\) is damaged; it was left as it is, for the Sourcemark using that folder to repair when it opens the document\./)
    assert.deepEqual(await snapshot(dir), damaged)
    await writeFile(docFile, before.get(`documents/${SAMPLE_ID}.json`)!)
    assert.deepEqual(await snapshot(dir), before)

    const note = join(dir, 'note.txt')
    await writeFile(note, 'A title\n\nSome text.\n')
    const imported = sourcemark('import', note, '--data-dir', dir)
    assert.equal(imported.code, 1)
    assert.match(imported.err, new RegExp(`Another Sourcemark \\(pid ${holder.pid}\\) is using`))
  } finally {
    holder.kill('SIGKILL')
  }
})

// Every file under dir (but the lock and scratch files) and its content.
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = relative(dir, join(entry.parentPath, entry.name))
    if (path === 'sourcemark.lock' || path === 'note.txt') continue
    files.set(path, await readFile(join(dir, path), 'utf8'))
  }
  return files
}

test('export --all writes every document in one file; html is refused for the whole library', async () => {
  const dir = await tempDir()
  const md = join(dir, 'briefing.md')
  await writeFile(md, '# Port talks\n\nNegotiators met on Tuesday.\n')
  assert.equal(sourcemark('import', md, '--data-dir', dir).code, 0)
  const csv = sourcemark('export', '--all', '--format', 'csv', '--data-dir', dir)
  assert.equal(csv.code, 0, csv.err)
  assert.match(csv.out, /document_id/)
  const out = join(dir, 'library.md')
  const written = sourcemark('export', '--all', '--format', 'md', '-o', out, '--data-dir', dir)
  assert.equal(written.code, 0, written.err)
  const text = await readFile(out, 'utf8')
  assert.match(text, /^documents: 2$/m)
  assert.match(text, /^## Xi Jinping meets Russian Prime Minister/m)
  assert.match(text, /^## Port talks$/m)
  const html = sourcemark('export', '--all', '--format', 'html', '--data-dir', dir)
  assert.equal(html.code, 2)
  assert.match(html.err, /html is for one document at a time/)
})

// Anything that could drive the terminal: C0 (ESC, BEL), DEL, C1 (CSI) and
// the bidi overrides that reorder what is shown.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

test('titles, quotes, tags and names from files reach the terminal with control characters escaped', async () => {
  const dir = await tempDir()
  const hostile = '\x1b]0;pwned\x07\x1b[2J'
  const page = join(dir, 'page.html')
  await writeFile(page, `<!doctype html><html><head><title>Hi${hostile}\u009b31m\u202Efdp.exe</title></head><body><article><h1>Hi</h1><p>Some text of the article.</p></article></body></html>`)
  const imported = sourcemark('import', page, '--data-dir', dir)
  assert.equal(imported.code, 0, imported.err)
  const [id] = imported.out.split('\t')
  assert.doesNotMatch(imported.out + imported.err, RAW_CONTROL)
  assert.match(imported.out, /Hi\\x1B\]0;pwned\\x07\\x1B\[2J/)

  const again = sourcemark('import', page, '--data-dir', dir)
  assert.match(again.err, /already in the library/)
  const listed = sourcemark('list', '--data-dir', dir)
  assert.equal(listed.code, 0, listed.err)
  const json = sourcemark('list', '--json', '--data-dir', dir)
  assert.equal(json.code, 0, json.err)
  // Still JSON, and still the same title once parsed.
  const titles = (JSON.parse(json.out) as { meta: { title: string } }[]).map((d) => d.meta.title)
  assert.ok(titles.some((t) => t.includes(hostile)), titles.join(' | '))

  // A file name and a query are user text too.
  const named = join(dir, `evil${hostile}.txt`)
  await writeFile(named, '')
  const refused = sourcemark('import', named, '--data-dir', dir)
  assert.equal(refused.code, 1)
  const unknown = sourcemark('export', `nothing${hostile}`, '--format', 'md', '--data-dir', dir)
  assert.equal(unknown.code, 1)

  const annotations = join(dir, 'notes.json')
  await writeFile(annotations, JSON.stringify({ annotations: [
    { target: [{ selector: [{ type: 'TextQuoteSelector', exact: `not there${hostile}` }] }], tags: [`red${hostile}`] },
    { target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'Some text' }] }], tags: [`blue${hostile}`] },
  ] }))
  const notes = sourcemark('import-annotations', id!, annotations, '--data-dir', dir)
  assert.equal(notes.code, 0, notes.err)
  assert.match(notes.err, /not imported: "not there\\x1B/)
  assert.match(notes.out, /match no source.*blue\\x1B/)

  for (const run of [again, listed, json, refused, unknown, notes]) {
    assert.doesNotMatch(run.out + run.err, RAW_CONTROL, run.out + run.err)
  }
})

test('export to standard output is the file format, byte for byte, control characters and all', async () => {
  const dir = await tempDir()
  const text = join(dir, 'note.md')
  await writeFile(text, '---\ntitle: "Bell\\a here"\n---\n\nA paragraph.\n')
  const imported = sourcemark('import', text, '--data-dir', dir)
  assert.equal(imported.code, 0, imported.err)
  const [id] = imported.out.split('\t')
  // The same bytes as -o writes (but the export time).
  const out = join(dir, 'out.md')
  assert.equal(sourcemark('export', id!, '--format', 'md', '-o', out, '--data-dir', dir).code, 0)
  const printed = sourcemark('export', id!, '--format', 'md', '--data-dir', dir)
  assert.equal(printed.code, 0, printed.err)
  const timeless = (text: string) => text.replace(/^created: .*$/m, '')
  assert.equal(timeless(printed.out), timeless(await readFile(out, 'utf8')))
})
