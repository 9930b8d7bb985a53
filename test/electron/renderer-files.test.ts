// The desktop shell's file decision: a sourcemark://app/ path names a file
// inside the renderer's folder or nothing, whatever its encoding tries.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join, sep } from 'node:path'
import { contentTypeOf, fileUnder } from '../../electron/shell/renderer-files.ts'

const ROOT = join(sep, 'opt', 'sourcemark', 'dist', 'renderer')

test('the app\'s own files are found inside the renderer folder; "/" is index.html', () => {
  assert.equal(fileUnder(ROOT, '/'), join(ROOT, 'index.html'))
  assert.equal(fileUnder(ROOT, '/app.js'), join(ROOT, 'app.js'))
  assert.equal(fileUnder(ROOT, '/fonts/serif%20text.woff2'), join(ROOT, 'fonts', 'serif text.woff2'))
  // A ".." that stays inside is resolved, not refused.
  assert.equal(fileUnder(ROOT, '/fonts/%2e%2e/app.css'), join(ROOT, 'app.css'))
})

test('paths that leave the folder, name the folder itself, hold NUL or do not decode name nothing', () => {
  for (const path of [
    '/..', '/%2e%2e', '/%2E%2E/%2E%2E/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%2e%2e%2fsecret.json',
    '/fonts/../../x', '/%2e', '/.', '/app.js%00.html', '/%00', '/%E0%A4%A', '/%', `/${'%2e%2e/'.repeat(50)}etc/passwd`,
  ]) {
    assert.equal(fileUnder(ROOT, path), undefined, path)
  }
})

test('whatever the path, an answer is always a file strictly inside the folder', () => {
  const tricky = ['/..\\..\\etc\\passwd', '/%5c..%5c..%5cwindows', '//etc/passwd', '/%2f%2fetc%2fpasswd', '/a/b/../../../c', '/C:%5cwindows']
  for (const path of tricky) {
    const file = fileUnder(ROOT, path)
    if (file !== undefined) assert.ok(file.startsWith(`${ROOT}${sep}`), `${path} -> ${file}`)
  }
})

test('content types by extension, case-insensitive, else octet-stream', () => {
  assert.equal(contentTypeOf(join(ROOT, 'index.html')), 'text/html; charset=utf-8')
  assert.equal(contentTypeOf(join(ROOT, 'APP.JS')), 'text/javascript; charset=utf-8')
  assert.equal(contentTypeOf(join(ROOT, 'font.woff2')), 'font/woff2')
  assert.equal(contentTypeOf(join(ROOT, 'constructor')), 'application/octet-stream')
  assert.equal(contentTypeOf(join(ROOT, 'x.__proto__')), 'application/octet-stream')
})
