// ESLint for the whole tree (`npm run lint`; the root eslint.config.mjs is
// this file). Type-aware rules from typescript-eslint, which needs
// TypeScript's JavaScript API: TypeScript 7, the project's compiler, has
// none, so this workspace carries TypeScript 6.0 for the linter alone.
// `tsc` (npm run typecheck) stays on TypeScript 7.

import { builtinModules, createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import { boundaryZones, SHARED_PACKAGES } from './boundaries.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

// Fail loudly rather than lint with a compiler that cannot type-check.
// ts-api-utils is listed because npm would hoist it beside TypeScript 7
// without the root package.json's override.
const here = createRequire(import.meta.url)
for (const user of ['typescript-eslint', '@typescript-eslint/typescript-estree', 'ts-api-utils']) {
  const { version } = createRequire(here.resolve(user))('typescript/package.json')
  if (!version.startsWith('6.')) throw new Error(`${user} finds TypeScript ${version}, not the linter's 6.0: run npm install`)
}

const TS = ['**/*.ts']
const JS = ['**/*.mjs', '**/*.cjs']
const NOT_TESTS = ['**/*.test.ts', '**/*.spec.ts']
const nodeBuiltins = [...new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))]

// A focused set of type-aware rules: each finds a bug or dead code, none is
// about style.
const typeAware = {
  '@typescript-eslint/await-thenable': 'error',
  // node:test runs what test() and describe() return itself.
  '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'skip', 'todo'] }] }],
  '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }],
  '@typescript-eslint/no-unnecessary-type-assertion': 'error',
  '@typescript-eslint/no-unnecessary-type-arguments': 'error',
  '@typescript-eslint/no-redundant-type-constituents': 'error',
  '@typescript-eslint/no-for-in-array': 'error',
  '@typescript-eslint/no-implied-eval': 'error',
  '@typescript-eslint/no-array-delete': 'error',
  '@typescript-eslint/only-throw-error': 'error',
  '@typescript-eslint/prefer-promise-reject-errors': 'error',
  '@typescript-eslint/return-await': ['error', 'in-try-catch'],
}

// Without type information, for text that is not on disk (the boundary
// rule's own test in test/shared/boundaries.test.ts).
export const untyped = tseslint.configs.disableTypeChecked

export default defineConfig(
  { ignores: ['node_modules/', '**/node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'e2e/files/', 'test/fixtures/'] },
  {
    files: [...TS, ...JS],
    extends: [js.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-unused-vars': 'off',
      // Sourcemark finds and escapes control characters on purpose
      // (terminal output, the link policy): those patterns are the point.
      'no-control-regex': 'off',
      // Errors are rewritten into the user's words and only their message
      // is shown; nothing reads a cause.
      'preserve-caught-error': 'off',
    },
  },
  {
    files: TS,
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      // The compiler already reports these, with the right lib per folder.
      'no-undef': 'off',
      'no-redeclare': 'off',
      'no-dupe-class-members': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      ...typeAware,
    },
  },
  {
    files: JS,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: { 'no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },

  // The folder table of README.md ("Layout"), resolved import by import.
  {
    files: ['shared/**/*.ts', 'renderer/**/*.ts', 'electron/**/*.ts'],
    ignores: NOT_TESTS,
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] })] },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: NOT_TESTS,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones() }],
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': ['error', { patterns: [{
        regex: `^(?!\\.{1,2}/|(?:${SHARED_PACKAGES.join('|')})(?:/|$))`,
        message: `shared/ imports only ${SHARED_PACKAGES.join(', ')} among packages.`,
      }] }],
    },
  },
  {
    files: ['renderer/**/*.ts'],
    ignores: NOT_TESTS,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: [
        { target: './renderer', from: './electron', message: 'renderer/ imports nothing under electron/: go through the API client.' },
        { target: './renderer', from: './node_modules/electron', message: 'renderer/ does not import electron.' },
      ] }],
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': ['error', { paths: [
        ...nodeBuiltins.map((name) => ({ name, message: 'renderer/ imports no Node builtins.' })),
        { name: 'electron', message: 'renderer/ does not import electron.' },
      ] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: [...NOT_TESTS, 'electron/main.ts', 'electron/preload.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: [
        { target: './electron', from: './node_modules/electron', message: 'Only electron/main.ts and electron/preload.ts import electron.' },
      ] }],
      'no-restricted-imports': ['error', { patterns: [{ regex: '^electron(?:/|$)', message: 'Only electron/main.ts and electron/preload.ts import electron.' }] }],
    },
  },

  // Plain JavaScript (build scripts, the CLI launcher) is not type-checked.
  { files: JS, extends: [tseslint.configs.disableTypeChecked] },
)
