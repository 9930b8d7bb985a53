import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tempDirs } from '../helpers/temp-dirs.ts'

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
  assert.match(unknownFormat.err, /unknown format "pdf": use one of md, jsonld, html, csv/)
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
  for (const command of ['start', 'serve', 'list', 'export']) {
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
