// The JSON-LD export read as linked data (issue 16): expanded with a
// JSON-LD processor against the W3C context (a local fixture: tests run
// offline), it names its creator and generator, gives text bodies the
// document's language, keeps the stable document id beside the article's
// URL, lists items in reading order, and never gives one IRI two names,
// even across a rename between two exports.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'
import { annotator, sampleArticle } from '../helpers/annotate.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { ANNO_CONTEXT, toWebAnnotations } from '../../shared/web-annotation/export.ts'

const context = JSON.parse(readFileSync(new URL('../fixtures/w3c/anno-context.json', import.meta.url), 'utf8'))
// Only the W3C context is ever loaded, from the fixture; anything else fails.
const documentLoader = (async (url: string) => {
  if (url !== ANNO_CONTEXT) throw new Error(`no network in tests: ${url}`)
  return { contextUrl: undefined, documentUrl: url, document: context }
}) as unknown as NonNullable<jsonld.Options.DocLoader['documentLoader']>

const doc = { ...sampleArticle({ title: 'Xi meets Mishustin', url: 'https://example.org/xi', language: 'en' }) }
const annotate = annotator()
const later = annotate(doc, 'Russia and China see each other as priority partners', 'claim', ['tass', 'xinhua'], 'A note')
const earlier = annotate(doc, 'Premier Li and Mishustin signed a joint communique', 'highlight', ['tass'])
const input = { document: doc, annotations: [later, earlier], sources: [...builtInSources], exported: '2025-11-07T08:00:00Z' }
const out = JSON.parse(JSON.stringify(toWebAnnotations({ ...input, creatorName: 'A. Reader' })))

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value'
const OA = 'http://www.w3.org/ns/oa#'

test('items come in reading order, with creator, generator, language and both document ids', () => {
  assert.deepEqual(out.first.items.map((i: { id: string }) => i.id), [earlier, later].map((a) => `urn:sourcemark:annotation:${a.id}`))
  const item = out.first.items[1]
  assert.deepEqual(item.creator, { type: 'Person', name: 'A. Reader' })
  assert.deepEqual(item.generator, { id: 'urn:sourcemark:app', type: 'Software', name: 'Sourcemark' })
  assert.ok(item.body.every((b: { language?: string }) => b.language === 'en'))
  assert.equal(item.target.source, 'https://example.org/xi')
  assert.equal(item.target.scope, `urn:sourcemark:document:${doc.id}`)
})

test('expanded with the W3C context, every term maps to the vocabulary', async () => {
  const expanded = await jsonld.expand(out, { documentLoader })
  const text = JSON.stringify(expanded)
  for (const term of ['hasBody', 'hasTarget', 'hasSource', 'hasSelector', 'hasScope', 'motivatedBy', 'hasPurpose', 'exact', 'start']) {
    assert.ok(text.includes(`"${OA}${term}"`), term)
  }
  assert.ok(text.includes('"http://purl.org/dc/terms/creator"') && text.includes('"http://www.w3.org/ns/activitystreams#generator"'))
  assert.ok(text.includes(`"${OA}classifying"`) && text.includes(`"${OA}tagging"`))
  assert.ok(text.includes('"@language":"en"') || text.includes('"http://purl.org/dc/elements/1.1/language"'))
  // Nothing was dropped as an unknown term: each item keeps its body and target.
  assert.doesNotMatch(text, /"@id":"[^"]*\s/)
})

test('a source renamed between two exports gives no IRI two names', async () => {
  const renamed = builtInSources.map((s) => (s.id === 'tass' ? { ...s, name: 'TASS News Agency' } : s))
  const second = JSON.parse(JSON.stringify(toWebAnnotations({ ...input, sources: renamed })))
  const names = new Map<string, Set<string>>()
  for (const graph of [out, second]) {
    const flat = await jsonld.flatten(graph, {}, { documentLoader }) as unknown as { '@graph': Record<string, unknown>[] }
    for (const node of flat['@graph']) {
      const values = node[RDF] as { '@value': string }[] | undefined
      if (!values || node['@id'] === undefined || String(node['@id']).startsWith('_:')) continue
      const set = names.get(node['@id'] as string) ?? new Set()
      for (const v of values) set.add(v['@value'])
      names.set(node['@id'] as string, set)
    }
  }
  assert.ok(names.size > 0)
  for (const [iri, set] of names) assert.equal(set.size, 1, `${iri} has ${[...set].join(', ')}`)
  // The stable part of the IRI is the same across the rename.
  const tassIris = [...names.keys()].filter((iri) => iri.startsWith('urn:sourcemark:source:tass#'))
  assert.equal(tassIris.length, 2)
})
