import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { ApiError, type Api } from '../../shared/api/contract.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const DOC = 'xi-mishustin-2025-11-05'
let dir: string
let api: Api
let text: string

const tempDir = tempDirs('services-test')

before(async () => {
  dir = await tempDir()
  api = await openServices({ dataDir: dir, resourcesDir: RESOURCES })
  text = canonicalText((await api.getDocument({ documentId: DOC })).blocks)
})

const reopen = () => openServices({ dataDir: dir, resourcesDir: RESOURCES })
const targetOf = (words: string) => {
  const start = text.indexOf(words)
  return describeRange(text, start, start + words.length)
}

test('a fresh data directory has the four built-in sources', async () => {
  const sources = await api.listSources({})
  assert.deepEqual(sources.map((s) => s.name), ['Xinhua', 'Tass', 'Global Times', 'CNBC'])
  assert.deepEqual(sources.find((s) => s.id === 'xinhua')?.aliases, ['Xinhua News Agency'])
  assert.deepEqual(sources.find((s) => s.id === 'tass')?.aliases, ['TASS'])
})

test('an annotation is tagged, noted and re-kinded, and that survives a restart', async () => {
  const created = await api.createAnnotation({ documentId: DOC, kind: 'highlight', target: targetOf('Tass reported') })
  await api.updateAnnotation({ documentId: DOC, annotationId: created.id, kind: 'claim', sources: ['tass', 'tass', 'xinhua'], note: 'joint communique' })
  const [stored] = (await (await reopen()).listAnnotations({ documentId: DOC })).filter((a) => a.id === created.id)
  assert.equal(stored?.kind, 'claim')
  assert.deepEqual(stored?.sources, ['tass', 'xinhua'])
  assert.equal(stored?.note, 'joint communique')
  assert.ok(stored.modified >= created.modified)
})

test('an unknown source id is refused and nothing is written', async () => {
  const created = await api.createAnnotation({ documentId: DOC, kind: 'claim', target: targetOf('per Xinhua') })
  const file = join(dir, 'documents', `${DOC}.json`)
  const bytes = await readFile(file)
  await assert.rejects(api.updateAnnotation({ documentId: DOC, annotationId: created.id, sources: ['nobody'] }),
    (e: ApiError) => e.code === 'invalid-input' && e.field === 'sources' && /no source with id nobody/.test(e.message))
  assert.deepEqual(await readFile(file), bytes)
})

test('sources are added, renamed, recoloured and removed; annotations keep their reference', async () => {
  const sun = await api.addSource({ name: 'Sun Xiuwen', kind: 'person' })
  assert.equal(sun.id, 'sun-xiuwen')
  await assert.rejects(api.addSource({ name: 'sun xiuwen' }), (e: ApiError) => e.code === 'invalid-input' && /already/.test(e.message))
  const tagged = await api.createAnnotation({ documentId: DOC, kind: 'claim', target: targetOf('Sun said'), sources: [sun.id] })
  await api.updateSource({ sourceId: sun.id, name: 'Sun Xiuwen (Lanzhou)', colour: '#123456' })
  assert.deepEqual(await api.removeSource({ sourceId: sun.id }), { removed: true })
  assert.deepEqual(await api.removeSource({ sourceId: sun.id }), { removed: false })
  const restarted = await reopen()
  assert.ok(!(await restarted.listSources({})).some((s) => s.id === sun.id))
  const kept = (await restarted.listAnnotations({ documentId: DOC })).find((a) => a.id === tagged.id)
  assert.deepEqual(kept?.sources, [sun.id])
})

test('a deleted annotation can be restored exactly', async () => {
  const created = await api.createAnnotation({ documentId: DOC, kind: 'highlight', target: targetOf('Deepen cooperation'), note: 'heading' })
  await api.deleteAnnotation({ documentId: DOC, annotationId: created.id })
  assert.ok(!(await api.listAnnotations({ documentId: DOC })).some((a) => a.id === created.id))
  await api.restoreAnnotation({ annotation: created })
  const back = (await (await reopen()).listAnnotations({ documentId: DOC })).find((a) => a.id === created.id)
  assert.deepEqual(back, created)
})

test('a new source never takes a colour already in use, also after one is removed and another added', async () => {
  const own = await openServices({ dataDir: await tempDir(), resourcesDir: RESOURCES })
  const added = []
  for (const name of ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine']) added.push(await own.addSource({ name }))
  await own.removeSource({ sourceId: added[2]!.id })
  await own.addSource({ name: 'Ten' })
  await own.addSource({ name: 'Three' })
  const colours = (await own.listSources({})).map((s) => s.colour)
  assert.equal(new Set(colours).size, colours.length, `a colour handed out twice: ${colours.join(' ')}`)
})

test('a removed source added back with its id and colour is the same source to its annotations again', async () => {
  const own = await openServices({ dataDir: await tempDir(), resourcesDir: RESOURCES })
  const tass = (await own.listSources({})).find((s) => s.id === 'tass')!
  const claim = await own.createAnnotation({ documentId: DOC, kind: 'claim', target: targetOf('Tass reported'), sources: ['tass'] })
  await own.updateSource({ sourceId: 'tass', name: 'TASS agency' })
  await own.removeSource({ sourceId: 'tass' })
  const back = await own.addSource({ sourceId: 'tass', name: 'TASS agency', kind: tass.kind, colour: tass.colour, aliases: tass.aliases })
  assert.deepEqual(back, { ...tass, name: 'TASS agency' })
  assert.deepEqual((await own.listAnnotations({ documentId: DOC })).find((a) => a.id === claim.id)!.sources, ['tass'])
  await assert.rejects(own.addSource({ sourceId: 'xinhua', name: 'Another' }), (e: ApiError) => e.code === 'invalid-input' && /already/.test(e.message))
})
