// The store's repair notices are asked for twice at the start (at once, and
// after the boot): the second answer, the same list, must not show again a
// list the reader dismissed; a longer one (a repair found meanwhile) shows.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { dom } from '../helpers/empty-screen-dom.ts'

const statusModule = import('../../renderer/ui/status.ts')

test('a notice list already shown and dismissed is not shown again; a new one is', async () => {
  const { showNotices } = await statusModule
  const host = dom.document.createElement('section')
  host.id = 'notices'
  host.hidden = true
  dom.document.body.append(host)
  showNotices([])
  assert.equal(host.hidden, true, 'nothing to tell, nothing shown')
  showNotices(['Sourcemark repaired the library.'])
  assert.equal(host.hidden, false)
  assert.deepEqual([...host.querySelectorAll('li')].map((li) => li.textContent), ['Sourcemark repaired the library.'])
  host.querySelector('button')!.dispatchEvent(new dom.Event('click'))
  assert.equal(host.hidden, true)
  showNotices(['Sourcemark repaired the library.'])
  assert.equal(host.hidden, true, 'the same list, asked again after the boot, stays dismissed')
  showNotices(['Sourcemark repaired the library.', 'Sourcemark restored a document from its backup.'])
  assert.equal(host.hidden, false)
  assert.equal(host.querySelectorAll('li').length, 2)
})
