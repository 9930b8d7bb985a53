import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openableUrl } from '../../renderer/links.ts'

test('http, https and mailto addresses are opened, normalised', () => {
  assert.equal(openableUrl('https://example.org/a?b=1#c'), 'https://example.org/a?b=1#c')
  assert.equal(openableUrl('  HTTP://Example.org '), 'http://example.org/')
  assert.equal(openableUrl('mailto:desk@example.org'), 'mailto:desk@example.org')
})

test('every other scheme, relative paths and junk are never opened', () => {
  for (const raw of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>x</script>',
    'file:///etc/passwd', 'vbscript:x', 'blob:https://example.org/x', '/relative/path', 'example.org', '', null, undefined]) {
    assert.equal(openableUrl(raw), null, String(raw))
  }
})
