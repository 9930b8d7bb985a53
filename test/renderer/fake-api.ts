// An in-memory Api for renderer unit tests: documents, annotations and
// sources in Maps, every call recorded, and any method made to fail on
// demand. Methods a test does not need throw, so a surprise call shows.

import { ApiError, type Api, type DocumentSummary, type Input, type MethodName, type Output } from '../../shared/api/contract.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import type { Source } from '../../shared/model/source.ts'
import type { Suggestion } from '../../shared/model/suggestion.ts'
import { defaultSettings, type ReadingSettings } from '../../shared/model/reading.ts'

export interface FakeApi {
  api: Api
  calls: { method: MethodName; input: unknown }[]
  annotations: Map<string, Annotation>
  documents: Map<string, DocumentSummary>
  trash: Map<string, DocumentSummary>
  sources: Source[]
  // What suggestAttributions answers, less the rejected ones and those an
  // annotation with the same source covers.
  suggestions: Suggestion[]
  rejected: Set<string>
  settings: ReadingSettings
  // The next call of this method rejects with this message.
  failNext(method: MethodName, message: string): void
  // Calls of this method wait until release() is called.
  hold(method: MethodName): { release(): void }
}

const at = '2026-11-30T00:00:00.000Z'

export function summary(id: string, title: string): DocumentSummary {
  return { id, meta: { title }, added: at, annotationCount: 0, claimCount: 0, sourceCounts: {}, viaCounts: {} }
}

export function fakeApi(documents: DocumentSummary[] = [summary('doc-a', 'A')]): FakeApi {
  const fake: FakeApi = {
    api: undefined as unknown as Api,
    calls: [],
    annotations: new Map(),
    documents: new Map(documents.map((d) => [d.id, d])),
    trash: new Map(),
    sources: [
      { id: 'tass', name: 'Tass', aliases: [], kind: 'news-agency', colour: '#aa0000' },
      { id: 'xinhua', name: 'Xinhua', aliases: [], kind: 'news-agency', colour: '#00aa00' },
    ],
    suggestions: [],
    rejected: new Set(),
    settings: { ...defaultSettings },
    failNext: (method, message) => { failures.set(method, message) },
    hold: (method) => {
      let release!: () => void
      holds.set(method, new Promise<void>((resolve) => { release = resolve }))
      return { release: () => { holds.delete(method); release() } }
    },
  }
  const failures = new Map<MethodName, string>()
  const holds = new Map<MethodName, Promise<void>>()
  let serial = 0
  const imported = new Map<string, string>()
  // Imports under way: files handled, the one being read when cancelled.
  const jobs = new Map<string, { done: number; reading: number; cancelled: boolean }>()
  const jobOf = (id: string) => jobs.get(id) ?? jobs.set(id, { done: 0, reading: Infinity, cancelled: false }).get(id)!
  const find = (id: string) => {
    const found = fake.annotations.get(id)
    if (!found) throw new ApiError('not-found', 'There is no such annotation.')
    return found
  }
  const methods: { [M in MethodName]?: (input: Input<M>) => Output<M> } = {
    listSources: () => fake.sources,
    getSettings: () => fake.settings,
    updateSettings: (edit) => (fake.settings = { ...fake.settings, ...edit }),
    listRemovedSources: () => [],
    listDocuments: () => [...fake.documents.values()],
    listAnnotations: ({ documentId }) => [...fake.annotations.values()].filter((a) => a.documentId === documentId),
    createAnnotation: ({ documentId, kind, target, sources, via }) => {
      const created: Annotation = { id: `note-${String(++serial).padStart(4, '0')}`, documentId, kind, target, sources: sources ?? [], via: via ?? [], note: '', created: at, modified: at }
      fake.annotations.set(created.id, created)
      return created
    },
    updateAnnotation: ({ annotationId, kind, sources, via, note }) => {
      const before = find(annotationId)
      const after: Annotation = { ...before, kind: kind ?? before.kind, sources: sources ?? before.sources, via: via ?? before.via, note: note ?? before.note }
      fake.annotations.set(annotationId, after)
      return after
    },
    deleteAnnotation: ({ annotationId }) => ({ deleted: fake.annotations.delete(annotationId) }),
    restoreAnnotation: ({ annotation }) => {
      fake.annotations.set(annotation.id, annotation as Annotation)
      return annotation as Annotation
    },
    deleteDocument: ({ documentId }) => {
      const doc = fake.documents.get(documentId)
      if (!doc) throw new ApiError('not-found', 'There is no such document.')
      fake.documents.delete(documentId)
      fake.trash.set(documentId, doc)
      return { deleted: true }
    },
    // The file's first line is its title; an empty file is refused.
    importDocument: ({ fileName, contentBase64, duplicate }) => {
      const text = Buffer.from(contentBase64, 'base64').toString('utf8')
      if (!text.trim()) throw new ApiError('invalid-input', `${fileName}: The file is empty.`)
      const existing = [...fake.documents.values()].find((d) => imported.get(d.id) === contentBase64)
      if (existing && duplicate !== 'keep') return { status: 'duplicate', existing }
      const document = summary(`doc-${++serial}`, text.split('\n')[0]!)
      fake.documents.set(document.id, document)
      imported.set(document.id, contentBase64)
      return { status: 'created', document }
    },
    addSource: ({ sourceId, name, kind, colour, aliases }) => {
      const added: Source = { id: sourceId ?? name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name, aliases: aliases ?? [], kind: kind ?? 'other', colour: colour ?? '#777777' }
      fake.sources = [...fake.sources, added]
      return added
    },
    removeSource: ({ sourceId }) => {
      const before = fake.sources.length
      fake.sources = fake.sources.filter((s) => s.id !== sourceId)
      return { removed: fake.sources.length < before }
    },
    suggestAttributions: (input) => {
      const documentId = 'documentId' in input ? input.documentId : ''
      const annotations = [...fake.annotations.values()].filter((a) => a.documentId === documentId && !('covered' in input && input.covered))
      const covered = (s: Suggestion) => 'sourceId' in s.sourceMatch && annotations.some((a) =>
        a.sources.includes((s.sourceMatch as { sourceId: string }).sourceId) && a.target.position.start < s.content.end && s.content.start < a.target.position.end)
      return { suggestions: fake.suggestions.filter((s) => !fake.rejected.has(s.key) && !covered(s)), sentences: [] }
    },
    rejectSuggestion: ({ key }) => ({ rejected: !fake.rejected.has(key) && !!fake.rejected.add(key) }),
    unrejectSuggestion: ({ key }) => ({ unrejected: fake.rejected.delete(key) }),
    updateSource: ({ sourceId, ...changes }) => {
      const at = fake.sources.findIndex((s) => s.id === sourceId)
      if (at < 0) throw new ApiError('not-found', 'There is no such source.')
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
      fake.sources[at] = { ...fake.sources[at]!, ...defined }
      return fake.sources[at]
    },
    orderSources: ({ order }) => {
      fake.sources = order.map((id) => fake.sources.find((s) => s.id === id)!)
      return fake.sources
    },
    mergeSources: ({ from, into }) => {
      let annotations = 0
      for (const a of fake.annotations.values()) {
        if (!a.sources.includes(from)) continue
        annotations++
        a.sources = [...new Set(a.sources.map((id) => (id === from ? into : id)))]
      }
      fake.sources = fake.sources.filter((s) => s.id !== from)
      return { annotations, documents: annotations ? 1 : 0, source: fake.sources.find((s) => s.id === into)! }
    },
    exportDocument: ({ documentId, format }) => ({ filename: `${documentId}.${format}`, mimeType: 'text/plain', content: '' }),
    importAnnotations: ({ data }) => {
      if (!Array.isArray(data)) throw new ApiError('invalid-input', 'This file is not an annotation file Sourcemark can read: it is neither W3C Web Annotations nor a Hypothesis export or API answer.', 'data')
      return { imported: data.length, alreadyPresent: 0, orphans: [], unknownSources: [] }
    },
    // A batch as the server takes it: file by file, stopping once cancelled
    // after the file being read (the job's `done`) is finished.
    importDocuments: ({ importId, files, duplicate }) => {
      const job = jobOf(importId)
      const results: Output<'importDocuments'>['results'] = []
      for (const { fileName, contentBase64 } of files) {
        if (job.cancelled && job.done > job.reading) break
        try {
          results.push({ fileName, ...methods.importDocument!({ fileName, contentBase64, ...(duplicate ? { duplicate } : {}) }) })
        } catch (error) {
          results.push({ fileName, status: 'failed', error: (error as Error).message })
        }
        job.done++
      }
      return { results, cancelled: job.cancelled }
    },
    importProgress: ({ importId }) => {
      const { done, cancelled } = jobOf(importId)
      return { done, current: null, cancelled }
    },
    cancelImport: ({ importId }) => {
      const job = jobOf(importId)
      job.reading = job.done
      return { cancelled: !job.cancelled && (job.cancelled = true) }
    },
    restoreDocument: ({ documentId }) => {
      const doc = fake.trash.get(documentId)
      if (!doc) throw new ApiError('not-found', 'There is no such document in the trash.')
      fake.trash.delete(documentId)
      fake.documents.set(documentId, doc)
      return doc
    },
  }
  fake.api = new Proxy({} as Api, {
    get: (_, method: MethodName) => async (input: unknown) => {
      fake.calls.push({ method, input })
      await holds.get(method)
      const failure = failures.get(method)
      if (failure !== undefined) {
        failures.delete(method)
        throw new ApiError('storage', failure)
      }
      const implementation = methods[method] as ((input: unknown) => unknown) | undefined
      if (!implementation) throw new Error(`the fake Api has no ${method}`)
      return structuredClone(implementation(input))
    },
  })
  return fake
}
