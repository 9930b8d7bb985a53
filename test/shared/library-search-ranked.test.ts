import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { LibraryIndex } from '../../shared/library/search-index.ts'
import { indexRecord } from '../../shared/library/index-record.ts'
import { MAX_DOCUMENTS_READ, searchRanked } from '../../shared/library/ranked-search.ts'
import { MAX_HITS_PER_DOCUMENT } from '../../shared/library/find-hits.ts'
import type { Searchable } from '../../shared/library/search.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { ArticleDocument, canonicalText } from '../../shared/model/document.ts'
import { annotator, sampleArticle } from '../helpers/annotate.ts'

function article(id: string, title: string, ...paragraphs: string[]): Searchable {
  const document = ArticleDocument.parse({ id, meta: { title }, blocks: paragraphs.map((text) => ({ type: 'paragraph', text })) })
  return { document, text: canonicalText(document.blocks), annotations: [] }
}

const sample = sampleArticle({ title: 'Xi meets Mishustin', publisher: 'GlobeNewswire' })
const annotate = annotator()
const claim = annotate(sample, 'cooperation in traditional fields', 'claim', ['xinhua'], 'Compare with the TASS readout of the meeting.')
const relayed = { ...annotate(sample, 'China-Russia relations', 'claim', ['xi-jinping']), via: ['global-times'] }
const entries: Searchable[] = [
  { document: sample, text: canonicalText(sample.blocks), annotations: [claim, relayed] },
  article('once', 'Shipping notes', 'The ice melts. Cooperation was mentioned once.'),
  article('often', 'Cooperation, cooperation', 'Cooperation on energy. Cooperation on ports. More cooperation.'),
  article('zh', '新华社北京电', '国家主席习近平在人民大会堂会见俄罗斯总理米舒斯京。'),
  article('ru', 'Встреча в Пекине', 'Мишустин встретился с Си Цзиньпином. İstanbul, Café.'),
]
const byId = new Map(entries.map((e) => [e.document.id, e]))
const sources = builtInSources
const sourceName = (id: string) => sources.find((s) => s.id === id)?.name ?? id

function joined(parts: readonly Uint32Array[]): Uint32Array {
  const all = new Uint32Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) { all.set(p, at); at += p.length }
  return all
}

// Saved and loaded again, as the cache file does.
function reloaded(index: LibraryIndex): LibraryIndex {
  const { header, postings } = index.snapshot()
  return LibraryIndex.load(header, joined(postings))
}

function indexOf(list: readonly Searchable[]): LibraryIndex {
  const index = LibraryIndex.empty()
  for (const e of list) index.set(indexRecord(e, sourceName), 'v1')
  return index
}
const index = indexOf(entries)
const search = (query: string, limit?: number, within = index) =>
  searchRanked(within, query, { sources, load: async (id) => byId.get(id) ?? null, ...(limit ? { limit } : {}) })

describe('ranked search', () => {
  test('documents are ranked by relevance: the title and many mentions first, one mention last', async () => {
    const { hits } = await search('cooperation')
    const order = [...new Set(hits.map((h) => h.documentId))]
    assert.equal(order[0], 'often')
    assert.equal(order.at(-1), 'once')
    assert.equal(hits[0]!.field, 'title')
  })

  test('the last word matches as a beginning while it is typed, and the words found are highlighted whole', async () => {
    const { hits } = await search('tass rea')
    const note = hits.find((h) => h.field === 'note')!
    assert.equal(note.annotationId, claim.id)
    assert.deepEqual([note.before, note.match, note.after], ['Compare with the ', 'TASS readout', ' of the meeting.'])
    assert.deepEqual([note.start, note.end], [claim.target.position.start, claim.target.position.end])
    for (const prefix of ['xi', 'xin', 'XINH', 'xinhua']) {
      const found = (await search(prefix)).hits.filter((h) => h.field === 'source' && h.annotationId === claim.id)
      assert.deepEqual(found.map((h) => h.match), ['Xinhua'], prefix)
    }
  })

  test('a text hit points at the words in the canonical text, case and accents ignored', async () => {
    const text = byId.get(sample.id)!.text
    const inText = (await search('MISHUSTIN VIS')).hits.filter((h) => h.field === 'text')
    assert.ok(inText.length >= 1)
    for (const h of inText) assert.match(text.slice(h.start, h.end), /^Mishustin vis\w*$/i)
    const ru = byId.get('ru')!.text
    const accented = (await search('istanbul cafe')).hits.filter((h) => h.documentId === 'ru')
    // Next to each other, so one match spanning both.
    assert.deepEqual(accented.map((h) => ru.slice(h.start, h.end)), ['İstanbul, Café'])
  })

  test('Chinese and Cyrillic are found, with offsets that hold', async () => {
    const zh = byId.get('zh')!.text
    const chinese = (await search('习近平')).hits
    assert.deepEqual(chinese.map((h) => [h.documentId, zh.slice(h.start, h.end)]), [['zh', '习近平']])
    assert.equal((await search('新华社')).hits[0]!.field, 'title')
    const ru = byId.get('ru')!.text
    const cyrillic = (await search('мишуст')).hits
    assert.deepEqual(cyrillic.map((h) => ru.slice(h.start, h.end)), ['Мишустин'])
  })

  test("a relay is found by its name, shown as 'via' it", async () => {
    const via = (await search('global tim')).hits.find((h) => h.field === 'source' && h.annotationId === relayed.id)
    assert.ok(via)
    assert.equal(`${via.before}${via.match}${via.after}`, 'via Global Times')
    assert.equal(via.match, 'Global Times')
  })

  test('words apart are each a hit when they are nowhere together', async () => {
    const { hits } = await search('ice ports')
    assert.deepEqual(hits, [])
    const apart = (await search('energy ports')).hits.map((h) => h.match)
    assert.deepEqual(apart, ['energy', 'ports'])
  })

  test('stops at the limit and says so; one document gives at most its share; blank queries find nothing', async () => {
    const limited = await search('the', 3)
    assert.equal(limited.hits.length, 3)
    assert.equal(limited.truncated, true)
    const all = await search('the')
    assert.ok(all.hits.filter((h) => h.documentId === sample.id).length <= MAX_HITS_PER_DOCUMENT)
    assert.equal(all.truncated, true)
    assert.deepEqual(await search('  ,, '), { hits: [], truncated: false })
  })

  test('an answer reads a bounded number of documents for its hits, more when more hits are asked for', async () => {
    // 100 documents with the word once each: asked at every key, an answer
    // must not read them all.
    const many = Array.from({ length: 100 }, (_, i) => article(`wire-${i}`, `Wire ${i}`, `Convoy ${i} crossed the strait.`))
    const manyIndex = indexOf(many)
    const read = (limit?: number) => {
      let n = 0
      const load = async (id: string) => { n++; return many.find((e) => e.document.id === id) ?? null }
      return searchRanked(manyIndex, 'convoy', { sources, load, ...(limit ? { limit } : {}) }).then((answer) => ({ answer, n }))
    }
    const first = await read()
    assert.equal(first.n, MAX_DOCUMENTS_READ)
    assert.equal(first.answer.hits.length, MAX_DOCUMENTS_READ)
    assert.equal(first.answer.truncated, true)
    const more = await read(1000)
    assert.equal(more.n, 100)
    assert.equal(more.answer.truncated, false)
  })

  test('with a limit, the index gives the best that many, as the whole ranking begins (equal scores in the order indexed)', () => {
    // Scores from 1 to 4 mentions, many equal, some documents replaced (renumbered) or removed.
    const many = Array.from({ length: 300 }, (_, i) => article(`wire-${i}`, `Wire ${i}`, `${'convoy '.repeat(1 + ((i * 7) % 4))}crossed the strait ${i}.`))
    const ranking = indexOf(many)
    for (let i = 0; i < 300; i += 17) ranking.set(indexRecord(many[(i * 5) % 300]!, sourceName), 'v2')
    for (let i = 3; i < 300; i += 29) ranking.remove(`wire-${i}`)
    const whole = ranking.search('convoy crossed')
    assert.ok(whole.length > 250)
    for (const limit of [0, 1, 2, 5, 41, 100, whole.length, whole.length + 5]) {
      assert.deepEqual(ranking.search('convoy crossed', limit), whole.slice(0, limit), `limit ${limit}`)
    }
  })

  test('a document replaced or removed is searched as it now is; a saved index loads to the same answers', async () => {
    const changed = indexOf(entries)
    changed.remove('often')
    assert.ok(!(await search('cooperation', undefined, changed)).hits.some((h) => h.documentId === 'often'))
    const renamed = article('once', 'Sea ice', 'Nothing about it any more.')
    changed.set(indexRecord(renamed, sourceName), 'v2')
    assert.equal(changed.version('once'), 'v2')
    assert.ok(!(await search('cooperation', undefined, changed)).hits.some((h) => h.documentId === 'once'))
    const loaded = reloaded(changed)
    for (const query of ['cooperation', 'xinh', '习近平', 'мишустин', 'sea ice']) {
      assert.deepEqual(await search(query, undefined, loaded), await search(query, undefined, changed), query)
    }
    assert.equal(loaded.version('once'), 'v2')
    // Changed after loading, it is the index it was (a loaded word grows).
    const more = article('more', 'Cooperation again', 'Cooperation, and ice.')
    loaded.set(indexRecord(more, sourceName), 'v1')
    changed.set(indexRecord(more, sourceName), 'v1')
    assert.deepEqual(await search('cooperation', undefined, loaded), await search('cooperation', undefined, changed))
    // Damaged: refused, never half loaded.
    const { header, postings } = index.snapshot()
    const all = joined(postings)
    const beyond = all.slice()
    beyond[0] = (9999 << 10) | 1
    assert.throws(() => LibraryIndex.load(header, beyond), /out of order/)
    const twice = all.slice()
    const long = JSON.parse(header).fields[1].findIndex(([, n]: [string, number]) => n > 1)
    const at = (JSON.parse(header).fields as [string, number][][]).flat().slice(0, JSON.parse(header).fields[0].length + long).reduce((sum, [, n]) => sum + n, 0)
    twice[at + 1] = twice[at]!
    assert.throws(() => LibraryIndex.load(header, twice), /out of order/)
    assert.throws(() => LibraryIndex.load(header, all.subarray(1)), /posting/)
    assert.throws(() => LibraryIndex.load(header, joined([all, new Uint32Array(1)])), /left over/)
    assert.throws(() => LibraryIndex.load('{"format":3,"docs":[],"fields":{"nonsense":true}}', all))
    assert.throws(() => LibraryIndex.load('{"format":1}', all), /version/)
  })
})
