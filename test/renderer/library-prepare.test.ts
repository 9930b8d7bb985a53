// The library view's prepare(), asked once the first document is painted:
// its question is an early one, as the view's first page is, so that the
// services sort the library then, without waiting for the entries' check
// against their files (which the question starts); a reader who opens the
// library at once finds the order made. Drawn in linkedom's document.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import '../helpers/empty-screen-dom.ts'
import type { Api, Input, Output } from '../../shared/api/contract.ts'

const viewModule = import('../../renderer/ui/library-view.ts')

const EMPTY: Output<'listLibrary'> = { stamp: 's', total: 0, all: 0, offset: 0, columns: { ids: [], titles: [], publishers: [], published: [], authors: [], added: [], annotationCounts: [], claimCounts: [], sources: [], sourceCounts: [], viaCounts: [] } as unknown as Output<'listLibrary'>['columns'] }

test('prepare asks early for the first document in the order shown', async () => {
  const { LibraryView } = await viewModule
  const asked: Input<'listLibrary'>[] = []
  const api = {
    listLibrary: async (input: Input<'listLibrary'>) => { asked.push(input); return EMPTY },
    listSources: async () => [],
  } as unknown as Api
  const view = new LibraryView(api, { open() {}, edit() {}, remove() {} }, () => null, document.createElement('div'), () => {})
  view.prepare()
  assert.deepEqual(asked, [{ sort: 'added', limit: 1, early: true }])
})
