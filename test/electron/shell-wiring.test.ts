import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PageCommands } from '../../electron/shell/page-commands.ts'
import { UntilOpen } from '../../electron/shell/until-open.ts'
import { isAllowedRequest, isTrustedSender } from '../../electron/shell/policy.ts'
import { deepLinkCommands } from '../../electron/shell/deep-link.ts'

test('commands wait for the page to report, then go in the order sent', () => {
  const page = new PageCommands()
  assert.equal(page.ready, false)
  assert.equal(page.available('history.undo'), true, 'before the report every command is offered')
  page.wait({ id: 'library.open', args: { documentId: 'doc-1' } })
  page.wait({ id: 'annotation.reveal', args: { id: 'aaaaaaaa' } })
  const waited = page.report(['library.open'])
  assert.deepEqual(waited.map((c) => c.id), ['library.open', 'annotation.reveal'])
  assert.equal(page.ready, true)
  assert.equal(page.available('library.open'), true)
  assert.equal(page.available('history.undo'), false)
  assert.deepEqual(page.report(['library.open']), [], 'what was sent does not wait again')
})

test('a closed window forgets its page: commands wait for the next report', () => {
  const page = new PageCommands()
  page.report(['library.open'])
  page.forget()
  assert.equal(page.ready, false)
  assert.equal(page.available('history.undo'), true)
})

test('jobs wait until open, in order, then run at once', () => {
  const ran: string[] = []
  const early = new UntilOpen()
  early.run(() => ran.push('a'))
  early.run(() => {
    ran.push('b')
    early.run(() => ran.push('c'))
  })
  assert.equal(ran.length, 0)
  early.open()
  assert.deepEqual(ran, ['a', 'b', 'c'])
  early.run(() => ran.push('d'))
  assert.deepEqual(ran, ['a', 'b', 'c', 'd'])
})

test('the session lets through only the app, DevTools and the page\'s own data', () => {
  for (const url of ['sourcemark://app/index.html', 'devtools://devtools/x', 'data:text/plain,x', 'blob:sourcemark://app/1234']) assert.equal(isAllowedRequest(url), true, url)
  for (const url of ['https://example.com/', 'http://127.0.0.1/', 'file:///etc/passwd', 'ws://x', 'no-scheme', '']) assert.equal(isAllowedRequest(url), false, url)
})

test('only the window\'s own page at an app address is a trusted sender', () => {
  assert.equal(isTrustedSender(true, 'sourcemark://app/index.html'), true)
  assert.equal(isTrustedSender(false, 'sourcemark://app/index.html'), false)
  assert.equal(isTrustedSender(true, null), false)
  assert.equal(isTrustedSender(true, 'https://example.com/'), false)
  assert.equal(isTrustedSender(true, 'sourcemark://open/doc-1'), false)
})

test('a deep link opens its document, then shows its annotation; a foreign one does nothing', () => {
  assert.deepEqual(deepLinkCommands('sourcemark://open/doc-1'), [{ id: 'library.open', args: { documentId: 'doc-1' } }])
  assert.deepEqual(deepLinkCommands('sourcemark://open/doc-1#aaaaaaaa'), [
    { id: 'library.open', args: { documentId: 'doc-1' } },
    { id: 'annotation.reveal', args: { id: 'aaaaaaaa' } },
  ])
  assert.equal(deepLinkCommands('sourcemark://app/index.html'), null)
})
