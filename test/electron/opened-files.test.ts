import { test } from 'node:test'
import assert from 'node:assert/strict'
import { deepLinksFromArgv, filesFromArgv } from '../../electron/shell/opened-files.ts'

test('packaged: the files after the executable, resolved against the working directory', () => {
  assert.deepEqual(filesFromArgv(['/opt/Sourcemark/sourcemark', 'a.md', '/tmp/b.html'], { isPackaged: true, cwd: '/home/u' }), ['/home/u/a.md', '/tmp/b.html'])
})

test('development: the app path is skipped too', () => {
  assert.deepEqual(filesFromArgv(['/x/electron', '.', 'notes.txt'], { isPackaged: false, cwd: '/w' }), ['/w/notes.txt'])
  assert.deepEqual(filesFromArgv(['/x/electron', '/w/dist/electron/main.cjs'], { isPackaged: false, cwd: '/w' }), [])
})

test('flags, the values of --data-dir, Chromium switches and links are not files', () => {
  const argv = ['/opt/s', '--data-dir', '/d', '--data-dir=/e', '--allow-file-access-from-files', '--original-process-start-time=1',
    'sourcemark://open/doc-1', 'SOURCEMARK://open/x', 'https://example.com/a.html', 'file:///etc/passwd', '', 'x.md']
  assert.deepEqual(filesFromArgv(argv, { isPackaged: true, cwd: '/c' }), ['/c/x.md'])
  assert.deepEqual(deepLinksFromArgv(argv), ['sourcemark://open/doc-1', 'SOURCEMARK://open/x'])
})

test('after --, a name starting with a dash is a file', () => {
  assert.deepEqual(filesFromArgv(['/opt/s', '--', '-odd.md'], { isPackaged: true, cwd: '/c' }), ['/c/-odd.md'])
})
