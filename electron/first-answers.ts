// The page's first calls (renderer/early.ts) answered before the library
// has opened: the startup document, its annotations, the sources and the
// state, as the store found them first (store/first-document.ts). Each is
// what the services answer for it, since nothing can change before the
// library is open (every change waits for it). Any other call, or another
// document, waits for the services; once they are there they answer all.
//
// The library's whole open waits for `served`: the page's first calls all
// answered from here, or a call that needs the library, or atMostMs (a
// page that never comes). Run meanwhile, it held up the page's own files
// and answers by ~0.4 s at 10,000 documents: its reads fill the thread
// pool the static files are read through, and its parsing the event loop.

import { methodNames, type Api, type Input, type MethodName } from '../shared/api/contract.ts'
import type { FirstParts } from './store/store-options.ts'
import { readingServices } from './settings-service.ts'

type Method = (input: never) => Promise<unknown>

// How long the whole open waits for a page that does not ask.
const FIRST_CALLS_WAIT_MS = 3000

export interface FirstAnswers {
  api: Api
  served: Promise<void>
}

export function firstAnswers(first: FirstParts, later: Promise<Api>, { atMostMs = FIRST_CALLS_WAIT_MS } = {}): FirstAnswers {
  let go!: () => void
  const served = new Promise<void>((resolve) => { go = resolve })
  const timer = setTimeout(go, atMostMs)
  const release = () => {
    clearTimeout(timer)
    go()
  }
  let ready: Api | null = null
  // A library that failed to open answers nothing more from what was found first.
  let failed = false
  later.then((api) => { ready = api }, () => { failed = true })
  const reading = readingServices(first.state)
  const own: Partial<Record<MethodName, Method>> = {
    startupDocument: async () => ({ documentId: first.id }),
    getDocument: async ({ documentId }: Input<'getDocument'>) => (documentId === first.id ? first.data.document : null),
    listAnnotations: async ({ documentId }: Input<'listAnnotations'>) => (documentId === first.id ? first.data.annotations : null),
    listSources: async () => first.sources.sources,
    listRemovedSources: async () => first.sources.removed,
    getSettings: reading.getSettings,
    listReadingPositions: reading.listReadingPositions,
  }
  const waiting = new Set(Object.keys(own))
  const api: Record<string, Method> = {}
  for (const name of methodNames) {
    const answer = own[name]
    const full = async (input: never) => {
      release()
      return ((ready ?? await later)[name] as Method)(input)
    }
    api[name] = !answer ? full : async (input) => {
      if (ready || failed) return full(input)
      const found = await answer(input)
      if (found === null) return full(input)
      waiting.delete(name)
      if (waiting.size === 0) release()
      return found
    }
  }
  return { api: api as unknown as Api, served }
}
