// The command line of issue 16: --version, help COMMAND, "did you mean",
// -o - and --force, --json for import, export, import-annotations and
// suggest, unplaceable annotations on stderr with exit 1 when nothing was
// imported, the new formats, and round trips through a fresh folder.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { openServices } from '../../electron/services.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { canonicalText } from '../../shared/model/document.ts'

const ROOT = join(__dirname, '..', '..')
const tempDir = tempDirs('cli-tools')

function sourcemark(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

// A folder whose sample has a claim with two sources and a relay, a
// highlight with a source, and a claim without one.
async function annotatedFolder(): Promise<{ dir: string; original: Annotation[] }> {
  const dir = await tempDir()
  const api = await openServices({ dataDir: dir, resourcesDir: join(ROOT, 'resources') })
  const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
  const target = (words: string) => { const at = text.indexOf(words); return describeRange(text, at, at + words.length) }
  await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: target('Russia and China see each other as priority partners'), sources: ['tass', 'xinhua'], via: ['cnbc'], note: 'joint *communique*' })
  await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'highlight', target: target('underscore the maturity and resilience'), sources: ['global-times'] })
  await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: target('Deepen cooperation') })
  return { dir, original: await api.listAnnotations({ documentId: SAMPLE_ID }) }
}

test('--version, help COMMAND, "did you mean", and exit codes in --help', () => {
  const version = sourcemark('--version')
  assert.equal(version.code, 0)
  assert.match(version.out, /^sourcemark \d+\.\d+\.\d+\n$/)
  const help = sourcemark('help', 'export')
  assert.equal(help.code, 0, help.err)
  assert.match(help.out, /^Usage: sourcemark export/)
  assert.match(help.out, /--force/)
  const top = sourcemark('--help')
  assert.match(top.out, /Exit codes: 0 success, 1 failure .*2 usage/s)
  const typo = sourcemark('exprot')
  assert.equal(typo.code, 2)
  assert.match(typo.err, /unknown command "exprot"; did you mean "export"\?/)
  const helpTypo = sourcemark('help', 'sugest')
  assert.equal(helpTypo.code, 2)
  assert.match(helpTypo.err, /did you mean "suggest"\?/)
  assert.doesNotMatch(sourcemark('zzzzzzzz').err, /did you mean/)
})

test('-o - is standard output; -o never overwrites without --force; --json says what was written', async () => {
  const dir = await tempDir()
  const dash = sourcemark('export', 'xi', '--format', 'md', '-o', '-', '--data-dir', dir)
  assert.equal(dash.code, 0, dash.err)
  assert.match(dash.out, /^---\n/)
  const file = join(dir, 'notes.md')
  await writeFile(file, 'keep me')
  const refused = sourcemark('export', 'xi', '--format', 'md', '-o', file, '--data-dir', dir)
  assert.equal(refused.code, 1)
  assert.match(refused.err, /notes\.md already exists; add --force to replace it/)
  assert.equal(await readFile(file, 'utf8'), 'keep me')
  const forced = sourcemark('export', 'xi', '--format', 'md', '-o', file, '--force', '--json', '--data-dir', dir)
  assert.equal(forced.code, 0, forced.err)
  assert.deepEqual(JSON.parse(forced.out), { format: 'md', filename: `${SAMPLE_ID}.md`, mimeType: 'text/markdown; charset=utf-8', output: file })
  assert.match(await readFile(file, 'utf8'), /^---\n/)
  const printed = JSON.parse(sourcemark('export', 'xi', '--format', 'readwise', '--json', '--data-dir', dir).out)
  assert.equal(printed.filename, `${SAMPLE_ID}.readwise.csv`)
  assert.match(printed.content, /^Highlight,Title,Author,URL,Note,Location,Date\r\n/)
})

test('Markdown flags reach the export; they are refused for other formats', async () => {
  const { dir } = await annotatedFolder()
  const obsidian = sourcemark('export', 'xi', '--format', 'md', '--callouts', '--context', '--group-by', 'source', '--data-dir', dir)
  assert.equal(obsidian.code, 0, obsidian.err)
  assert.match(obsidian.out, /^> \[!quote\] Claim · Sources: Tass, Xinhua/m)
  assert.match(obsidian.out, /^## Tass$/m)
  const wrong = sourcemark('export', 'xi', '--format', 'csv', '--callouts', '--data-dir', dir)
  assert.equal(wrong.code, 2)
  assert.equal(sourcemark('export', 'xi', '--format', 'md', '--group-by', 'colour', '--data-dir', dir).code, 2)
})

test('Hypothesis export, import into a fresh folder: the same annotations, --json counts, idempotent', async () => {
  const { dir, original } = await annotatedFolder()
  const file = join(dir, 'notes.hypothesis.json')
  assert.equal(sourcemark('export', SAMPLE_ID, '--format', 'hypothesis', '-o', file, '--data-dir', dir).code, 0)
  const into = await tempDir()
  const imported = sourcemark('import-annotations', 'xi', file, '--json', '--data-dir', into)
  assert.equal(imported.code, 0, imported.err)
  assert.deepEqual(JSON.parse(imported.out), { imported: 3, alreadyPresent: 0, orphans: [], unknownSources: [] })
  const again = sourcemark('import-annotations', 'xi', file, '--json', '--data-dir', into)
  assert.equal(again.code, 0, again.err)
  assert.equal(JSON.parse(again.out).alreadyPresent, 3)
  const reopened = await openServices({ dataDir: into, resourcesDir: join(ROOT, 'resources') })
  const byStart = (list: Annotation[]) => [...list].sort((a, b) => a.target.position.start - b.target.position.start)
  assert.deepEqual(byStart(await reopened.listAnnotations({ documentId: SAMPLE_ID })), byStart(original))
})

test('annotations that cannot be placed go to stderr; nothing imported exits 1', async () => {
  const dir = await tempDir()
  const file = join(dir, 'elsewhere.json')
  await writeFile(file, JSON.stringify({ annotations: [{ target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'words from another article' }] }], tags: [] }] }))
  const run = sourcemark('import-annotations', 'xi', file, '--data-dir', dir)
  assert.equal(run.code, 1)
  assert.match(run.err, /not imported: "words from another article" \(the quoted text is not in this document\)/)
  assert.match(run.out, /^Imported 0 annotations/)
})

test('import and suggest --json print JSON', async () => {
  const dir = await tempDir()
  const article = join(dir, 'port.md')
  await writeFile(article, '# Port talks\n\nNegotiators met on Tuesday, Xinhua reported.\n')
  const run = sourcemark('import', article, join(dir, 'missing.txt'), '--json', '--data-dir', dir)
  assert.equal(run.code, 1)
  const reports = JSON.parse(run.out) as { file: string; status: string; id?: string }[]
  assert.deepEqual(reports.map((r) => r.status), ['created', 'failed'])
  assert.equal(reports[0]!.file, article)
  const suggest = sourcemark('suggest', article, '--json', '--data-dir', dir)
  assert.equal(suggest.code, 0, suggest.err)
  assert.ok(Array.isArray(JSON.parse(suggest.out)))
})
