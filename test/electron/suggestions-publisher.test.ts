// The outlet that published an article (its meta's publisher, from a web
// page's meta tags or a Markdown file's front matter) reaches the engine,
// for an article file and for a library document: "told <that outlet>" is
// the article's own interview (venue only), "told <another outlet>" reaches
// the reader through that outlet (venue and relay, GUIDE 6). The answers
// are cached per text and publisher, and a publisher that is no one-line
// name is not handed on.

import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { dispatch } from '../../electron/dispatch.ts'
import { openServices } from '../../electron/services.ts'
import { Suggestions } from '../../electron/suggestions.ts'
import { enginePublisher } from '../../electron/suggest/engine-protocol.ts'
import type { Api, Output } from '../../shared/api/contract.ts'
import type { Block } from '../../shared/model/document.ts'
import type { Suggestion } from '../../shared/model/suggestion.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('suggestions-publisher')

const BODY = [
  '# Old bridge to close for a year',
  'The old bridge will close for repairs next month, city officials said.',
  'Mayor Jane Roe told the Harbour Gazette that the work could not wait.',
  'Engineer John Doe told the Valley Tribune that the cost would double.',
].join('\n\n')
const article = (publisher: string | null) => `${publisher ? `---\ntitle: Old bridge\npublisher: ${publisher}\n---\n` : ''}${BODY}\n`

let api: Api
before(async () => {
  api = await openServices({ dataDir: await tempDir(), resourcesDir: RESOURCES })
})

async function call<T>(method: string, payload: unknown): Promise<T> {
  const outcome = await dispatch(api, method, payload)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.value as T
}
const forFile = async (text: string) => (await call<Output<'suggestAttributions'>>('suggestAttributions', {
  fileName: 'bridge.md', contentBase64: Buffer.from(text).toString('base64'),
})).suggestions
const told = (suggestions: Suggestion[], speaker: string) => {
  const s = suggestions.find((x) => x.source === speaker)
  assert.ok(s, `a suggestion for ${speaker}`)
  return { via: s.via, venue: s.venue }
}

test('an article file: its publisher is the venue of its own interview and the relay of no other', async () => {
  const gazette = await forFile(article('Harbour Gazette'))
  assert.deepEqual(told(gazette, 'Jane Roe'), { via: null, venue: 'Harbour Gazette' })
  assert.deepEqual(told(gazette, 'John Doe'), { via: 'Valley Tribune', venue: 'Valley Tribune' })
  // The same words published by the other outlet: the other way round (and no answer of the first kept for it).
  const tribune = await forFile(article('Valley Tribune'))
  assert.deepEqual(told(tribune, 'Jane Roe'), { via: 'Harbour Gazette', venue: 'Harbour Gazette' })
  assert.deepEqual(told(tribune, 'John Doe'), { via: null, venue: 'Valley Tribune' })
})

test('a library document: the publisher in its meta is handed to the engine', async () => {
  const imported = await call<Output<'importDocument'>>('importDocument', {
    fileName: 'bridge.md', contentBase64: Buffer.from(article('Valley Tribune')).toString('base64'),
  })
  assert.equal(imported.status, 'created')
  if (imported.status !== 'created') return
  const { document } = imported
  assert.equal(document.meta.publisher, 'Valley Tribune')
  const { suggestions } = await call<Output<'suggestAttributions'>>('suggestAttributions', { documentId: document.id })
  assert.deepEqual(told(suggestions, 'Jane Roe'), { via: 'Harbour Gazette', venue: 'Harbour Gazette' })
  assert.deepEqual(told(suggestions, 'John Doe'), { via: null, venue: 'Valley Tribune' })
})

test('the engine is asked once per text and publisher, and only a one-line name is handed on', async () => {
  const asked: (string | null)[] = []
  const engine = { run: async (_text: string, _paragraphs: unknown, publisher: string | null = null) => { asked.push(publisher); return { found: [], sentences: [] } } }
  const suggestions = new Suggestions(null, engine)
  const blocks = [{ type: 'paragraph', text: 'The talks went well, the minister said.' }] as Block[]
  for (const publisher of ['Valley Tribune', 'Valley Tribune', '  Harbour   Gazette ', undefined, 'x'.repeat(300), '12345']) {
    await suggestions.for({ blocks, meta: publisher === undefined ? {} : { publisher } }, [])
  }
  assert.deepEqual(asked, ['Valley Tribune', 'Harbour Gazette', null])
  assert.equal(enginePublisher('The\nGuardian'), 'The Guardian')
  assert.equal(enginePublisher(''), null)
})
