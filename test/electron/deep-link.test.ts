import { test } from 'node:test'
import assert from 'node:assert/strict'
import { deepLinkFor, parseDeepLink } from '../../electron/shell/deep-link.ts'
import { isAppUrl, mayNavigate } from '../../electron/shell/policy.ts'

test('a link to a document, and to an annotation in it, parses to their ids', () => {
  assert.deepEqual(parseDeepLink('sourcemark://open/doc-1'), { documentId: 'doc-1', annotationId: null })
  assert.deepEqual(parseDeepLink('sourcemark://open/doc-1/'), { documentId: 'doc-1', annotationId: null })
  assert.deepEqual(parseDeepLink('sourcemark://open/doc-1#Ab_3-5678'), { documentId: 'doc-1', annotationId: 'Ab_3-5678' })
  assert.deepEqual(parseDeepLink(deepLinkFor('x2', 'aaaaaaaa')), { documentId: 'x2', annotationId: 'aaaaaaaa' })
})

test('anything else is refused: the app host, other hosts, paths, queries, escapes, bad ids', () => {
  for (const url of [
    'sourcemark://app/index.html', 'sourcemark://app/doc-1', 'sourcemark://APP/doc-1', 'sourcemark://OPEN/doc-1',
    'sourcemark://open/', 'sourcemark://open/Doc-1', 'sourcemark://open/doc-1/extra', 'sourcemark://open/doc-1?x=1',
    'sourcemark://open/doc%2D1', 'sourcemark://user@open/doc-1', 'sourcemark://open:80/doc-1', 'sourcemark:open/doc-1',
    'sourcemark://open/doc-1#short', 'sourcemark://open/doc-1#a b c d e f g', 'sourcemark://open/../app/index.html',
    'https://open/doc-1', ` sourcemark://open/doc-1`, 'sourcemark://open/doc-1\n', `sourcemark://open/${'a'.repeat(65)}`,
    `sourcemark://open/doc-1#${'a'.repeat(400)}`, 42, null,
  ]) {
    assert.equal(parseDeepLink(url), null, String(url))
  }
})

test('the deep-link host is never the app: the window may not navigate to it', () => {
  assert.equal(isAppUrl('sourcemark://open/doc-1'), false)
  assert.equal(mayNavigate('sourcemark://open/doc-1#aaaaaaaa'), false)
})
