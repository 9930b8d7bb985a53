// The project's layering, checked on the source: shared/ is pure (runs in
// the renderer, the main process and tests alike), the renderer never
// reaches into Node or the main process, and only the two Electron entry
// points import 'electron'.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ESLint } from 'eslint'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const SOURCE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs|jsx)$/
const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$/

interface SourceFile { path: string; source: string } // path relative to the repo root, with '/'
interface Violation { file: string; rule: string; detail: string }

// Comment lines and trailing comments (a "//" after whitespace, so URLs in
// strings survive) cannot import anything.
function stripComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '))
    .split('\n')
    .map((line) => (/^\s*\/\//.test(line) ? '' : line.replace(/(^|\s)\/\/.*$/, '$1')))
    .join('\n')
}

// String contents ('../model/document.ts') are not code either.
function stripStrings(code: string): string {
  return code.replace(/(['"])(?:\\.|(?!\1)[^\\\n])*\1|`(?:\\[\s\S]|[^\\`])*`/g, (literal) => literal.replace(/[^\n]/g, ' '))
}

const IMPORT_PATTERNS = [
  // import x from 'a', import { a, type b } from 'a', import * as a from 'a', import type X from 'a'
  /(?:^|[\n;])\s*import\s+(?:type\s+)?[\w$*{}\s,]+?\s*from\s*(['"])([^'"\n]+)\1/g,
  // import 'a'
  /(?:^|[\n;])\s*import\s*(['"])([^'"\n]+)\1/g,
  // export * from 'a', export { a } from 'a', export type { A } from 'a', export * as ns from 'a'
  /(?:^|[\n;])\s*export\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])([^'"\n]+)\1/g,
  // import('a'), require('a'), import x = require('a')
  /\bimport\s*\(\s*(['"])([^'"\n]+)\1/g,
  /\brequire\s*\(\s*(['"])([^'"\n]+)\1/g,
]

export function specifiers(source: string): string[] {
  const code = stripComments(source)
  const found: string[] = []
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of code.matchAll(pattern)) found.push(match[2]!)
  }
  return found
}

const builtins = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0]!]))
const isNodeBuiltin = (spec: string) => spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0]!)
const isElectron = (spec: string) => spec === 'electron' || spec.startsWith('electron/')
const isRelative = (spec: string) => spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..'
const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!)
// Where a relative specifier points, relative to the repo root with '/'.
const target = (file: string, spec: string) => relative(repoRoot, resolve(repoRoot, dirname(file), spec)).split(sep).join('/')
const inside = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`)

// Pure parsers only: no DOM, no Node.
// wink-nlp and its web model are pure JavaScript (no Node, no DOM): the attribution engine's tokens and tags.
// chardet's recognisers (deep imports, never its file-reading entry point): shared/import's guess at a legacy encoding.
const SHARED_PACKAGES = new Set(['zod', 'markdown-it', 'parse5', 'yaml', 'wink-nlp', 'wink-eng-lite-web-model', 'chardet'])
const DOM_GLOBALS: [string, RegExp][] = [
  ['document.', /(?<![\w$.])document\s*\./],
  ['window.', /(?<![\w$.])window\s*\./],
  ['HTMLElement', /(?<![\w$.])HTMLElement\b/],
  ['localStorage', /(?<![\w$.])localStorage\b/],
]
// Inside shared/, folders by feature, each importing only the folders below
// it: the model depends only on the colour maths (its built-in sources take
// the palette's colours), nothing but the contract imports the
// contract, and import/export reach links and text through one policy each.
// A folder not listed here may import only itself and the model.
const SHARED_FOLDERS: Record<string, readonly string[]> = {
  colour: [],
  model: ['colour'],
  text: [],
  links: ['text'],
  anchoring: ['model', 'text'],
  import: ['model', 'links', 'text'],
  'web-annotation': ['model', 'anchoring', 'links', 'text'],
  export: ['model', 'anchoring', 'web-annotation', 'attribution', 'links', 'text'],
  library: ['model', 'text'],
  attribution: ['model', 'text'],
  api: ['*'],
}
const sharedFolder = (path: string) => path.split('/')[1] ?? ''
function sharedFolderAllows(from: string, to: string): boolean {
  if (from === to) return true
  const allowed = SHARED_FOLDERS[from] ?? ['model']
  return allowed.includes('*') || allowed.includes(to)
}

const ELECTRON_ENTRY_POINTS = new Set(['electron/main.ts', 'electron/preload.ts'])

export function check(files: SourceFile[]): Violation[] {
  const violations: Violation[] = []
  for (const { path: file, source } of files) {
    if (TEST_FILE.test(file)) continue
    const specs = specifiers(source)
    const flag = (rule: string, detail: string) => violations.push({ file, rule, detail })

    if (inside(file, 'shared')) {
      for (const spec of specs) {
        if (isRelative(spec)) {
          const to = target(file, spec)
          if (!inside(to, 'shared')) flag('shared/ imports only files inside shared/', spec)
          else if (!sharedFolderAllows(sharedFolder(file), sharedFolder(to))) {
            flag(`shared/${sharedFolder(file)}/ imports only ${(SHARED_FOLDERS[sharedFolder(file)] ?? ['model']).map((f) => `shared/${f}/`).join(', ') || 'itself'}`, spec)
          }
        } else if (!SHARED_PACKAGES.has(packageName(spec))) {
          flag(`shared/ imports only ${[...SHARED_PACKAGES].join(', ')} among packages`, spec)
        }
      }
      const code = stripStrings(stripComments(source))
      for (const [name, pattern] of DOM_GLOBALS) {
        const line = code.split('\n').findIndex((l) => pattern.test(l))
        if (line !== -1) flag('shared/ uses no DOM globals', `${name} (line ${line + 1})`)
      }
    }

    if (inside(file, 'renderer')) {
      for (const spec of specs) {
        if (isNodeBuiltin(spec)) flag('renderer/ imports no Node builtins', spec)
        else if (isElectron(spec)) flag('renderer/ does not import electron', spec)
        else if (isRelative(spec) && inside(target(file, spec), 'electron')) flag('renderer/ imports nothing under electron/', spec)
      }
    }

    if (inside(file, 'electron') && !ELECTRON_ENTRY_POINTS.has(file)) {
      for (const spec of specs) {
        if (isElectron(spec)) flag(`only ${[...ELECTRON_ENTRY_POINTS].join(' and ')} import electron`, spec)
      }
    }
  }
  return violations
}

function sourceFiles(dir: string): SourceFile[] {
  const files: SourceFile[] = []
  for (const entry of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') files.push(...sourceFiles(path))
    } else if (SOURCE.test(entry.name)) {
      files.push({ path, source: readFileSync(join(repoRoot, path), 'utf8') })
    }
  }
  return files
}

const report = (violations: Violation[]) => violations.map((v) => `${v.file}: ${JSON.stringify(v.detail)} (${v.rule})`).join('\n')

test('the source tree keeps the import boundaries', () => {
  const files = ['shared', 'renderer', 'electron'].flatMap((dir) => sourceFiles(dir))
  const count = (dir: string) => files.filter((f) => inside(f.path, dir)).length
  assert.ok(count('shared') >= 5 && count('renderer') >= 3 && count('electron') >= 5, 'the scanner found too few files')
  // The scanner sees real imports, so an empty report means something.
  assert.ok(files.some((f) => f.path === 'electron/main.ts' && specifiers(f.source).includes('electron')))
  assert.ok(files.some((f) => f.path === 'shared/api/contract.ts' && specifiers(f.source).includes('zod')))
  const violations = check(files)
  assert.equal(violations.length, 0, `import boundary violations:\n${report(violations)}`)
})

test('self-check: the scanner finds violations in example sources', () => {
  const examples: SourceFile[] = [
    { path: 'shared/bad.ts', source: [
      "import { readFile } from 'node:fs/promises'",
      "import path from 'path'",
      "import type { Store } from '../electron/store/store.ts'",
      "import { schema } from '../renderer/editor/schema.ts'",
      "import { EditorView } from 'prosemirror-view'",
      "export { ipcRenderer } from 'electron'",
      "const os = require('os')",
      "const lazy = await import('node:crypto')",
      "import {\n  a,\n  type B,\n} from 'lodash'",
      "import { z } from 'zod'",
      "import { Node } from 'prosemirror-model'",
      "import { canonicalText } from './model/document.ts'",
      "// import { ignored } from 'in-a-comment'",
      'const title = document.title',
      'const w = window.innerWidth',
      'let el: HTMLElement',
      "const saved = localStorage.getItem('x')",
      'const fine = db.data.document.blocks // a document. in a comment',
    ].join('\n') },
    { path: 'renderer/bad.ts', source: [
      "import { readFileSync } from 'fs'",
      "import { ipcRenderer } from 'electron'",
      "import { dispatch } from '../electron/dispatch.ts'",
      "import { EditorView } from 'prosemirror-view'",
      "import { describe } from '../shared/anchoring/describe.ts'",
      "const url = 'http://127.0.0.1/api' // not a comment before the quote",
    ].join('\n') },
    { path: 'renderer/editor/bad.ts', source: "import { dispatch } from '../../electron/dispatch.ts'\nimport { schema } from './schema.ts'" },
    { path: 'electron/services.ts', source: "import { app } from 'electron'\nimport { join } from 'node:path'" },
    { path: 'electron/main.ts', source: "import { app } from 'electron'" },
    { path: 'shared/model/bad.ts', source: "import { MAX } from '../api/contract.ts'\nimport { slug } from './slug.ts'" },
    { path: 'shared/import/html/bad.ts', source: "import { toHtml } from '../../export/html.ts'\nimport { limits } from '../../model/document.ts'" },
    { path: 'shared/library/bad.ts', source: "import type { SearchHit } from '../api/contract.ts'" },
    { path: 'shared/api/ok.ts', source: "import { toHtml } from '../export/html.ts'" },
    { path: 'shared/ok.test.ts', source: "import { readFileSync } from 'node:fs'" },
  ]
  const found = check(examples).map((v) => `${v.file} ${v.detail}`)
  assert.deepEqual(found.sort(), [
    'electron/services.ts electron',
    'renderer/editor/bad.ts ../../electron/dispatch.ts',
    'renderer/bad.ts ../electron/dispatch.ts',
    'renderer/bad.ts electron',
    'renderer/bad.ts fs',
    'shared/model/bad.ts ../api/contract.ts',
    'shared/import/html/bad.ts ../../export/html.ts',
    'shared/library/bad.ts ../api/contract.ts',
    'shared/bad.ts ../electron/store/store.ts',
    'shared/bad.ts ../renderer/editor/schema.ts',
    'shared/bad.ts HTMLElement (line 19)',
    'shared/bad.ts document. (line 17)',
    'shared/bad.ts electron',
    'shared/bad.ts localStorage (line 20)',
    'shared/bad.ts lodash',
    'shared/bad.ts node:crypto',
    'shared/bad.ts node:fs/promises',
    'shared/bad.ts os',
    'shared/bad.ts path',
    'shared/bad.ts prosemirror-model',
    'shared/bad.ts prosemirror-view',
    'shared/bad.ts window. (line 18)',
  ].sort())
  // And the report names file and specifier.
  assert.match(report(check(examples)), /^shared\/bad\.ts: "node:fs\/promises" \(shared\/ imports only zod, markdown-it, parse5, yaml, wink-nlp, wink-eng-lite-web-model, chardet among packages\)$/m)
})

test('self-check: the specifier scanner handles the import forms in use', () => {
  assert.deepEqual(specifiers([
    "import { a } from './a.ts'",
    "import type { B } from \"./b.ts\"",
    "import * as c from 'c'",
    "import d, { e } from 'd'",
    "import 'side-effect'",
    "export * from './f.ts'",
    "export { g } from './g.ts'",
    "export type { H } from './h.ts'",
    "const x = Array.from('abc')",
    "const y = { from: 'nowhere' }",
    '/* import { z } from "block-comment" */',
  ].join('\n')).sort(), ['./a.ts', './b.ts', './f.ts', './g.ts', './h.ts', 'c', 'd', 'side-effect'].sort())
})

// The same rules, enforced by ESLint (npm run lint) from tools/lint/boundaries.mjs.
const lintDir = join(repoRoot, 'tools', 'lint')
const loadModule = (file: string): Promise<any> => import(pathToFileURL(join(lintDir, file)).href)

test('the linter has the same table of shared/ folders and packages', async () => {
  const lint = await loadModule('boundaries.mjs')
  assert.deepEqual(lint.SHARED_FOLDERS, SHARED_FOLDERS)
  assert.deepEqual(new Set(lint.SHARED_PACKAGES), SHARED_PACKAGES)
})

// (The examples' imports are unused too: other rules, not counted here.)
const BOUNDARY_RULES = new Set(['import-x/no-restricted-paths', 'import-x/no-nodejs-modules', 'no-restricted-imports'])

test('the linter reports imports across the boundaries', async () => {
  const { untyped } = await loadModule('eslint.config.mjs')
  // The real configuration, without type information: these files are not on disk.
  const eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: join(repoRoot, 'eslint.config.mjs'), overrideConfig: untyped })
  const examples: SourceFile[] = [
    { path: 'shared/model/bad.ts', source: [
      "import { errorCodes } from '../api/contract.ts'",
      "import { palette } from '../colour/palette.ts'",
      "import { readFile } from 'node:fs'",
      "import { EditorView } from 'prosemirror-view'",
      "import { z } from 'zod'",
      "import type { Store } from '../../electron/store/store.ts'",
      "export { slugOf } from './slug.ts'",
      "export const lazy = () => import('../export/html.ts')",
    ].join('\n') },
    { path: 'shared/import/html/bad.ts', source: "import { toHtml } from '../../export/html.ts'\nimport { limits } from '../../model/document.ts'\nimport { guess } from 'chardet/lib/encoding/sbcs'" },
    { path: 'renderer/bad.ts', source: [
      "import { readFileSync } from 'fs'",
      "import { ipcRenderer } from 'electron'",
      "import { dispatch } from '../electron/dispatch.ts'",
      "import { EditorView } from 'prosemirror-view'",
      "import { describe } from '../shared/anchoring/describe.ts'",
      "export const lazy = () => import('node:crypto')",
    ].join('\n') },
    { path: 'electron/services.ts', source: "import { app } from 'electron'\nimport { join } from 'node:path'" },
    { path: 'electron/main.ts', source: "import { app } from 'electron'" },
  ]
  const flagged: string[] = []
  for (const { path, source } of examples) {
    for (const result of await eslint.lintText(`${source}\n`, { filePath: join(repoRoot, path) })) {
      const lines = new Set(result.messages.filter((m) => m.ruleId === null || BOUNDARY_RULES.has(m.ruleId)).map((m) => m.line))
      for (const line of [...lines].sort((a, b) => a - b)) flagged.push(`${path}:${line}`)
    }
  }
  assert.deepEqual(flagged, [
    'shared/model/bad.ts:1',
    'shared/model/bad.ts:3',
    'shared/model/bad.ts:4',
    'shared/model/bad.ts:6',
    'shared/model/bad.ts:8',
    'shared/import/html/bad.ts:1',
    'renderer/bad.ts:1',
    'renderer/bad.ts:2',
    'renderer/bad.ts:3',
    'renderer/bad.ts:6',
    'electron/services.ts:1',
  ])
})
