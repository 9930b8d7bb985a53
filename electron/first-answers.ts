// The page's first calls (renderer/early.ts) answered before the library
// has opened: the startup document, its annotations, the sources and the
// state, as the store found them first (store/first-document.ts). Each is
// what the services answer for it, since nothing can change before the
// library is open (every change waits for it). Any other call, or another
// document, waits for the services; once they are there they answer all.

import { methodNames, type Api, type Input, type MethodName } from '../shared/api/contract.ts'
import type { FirstParts } from './store/store-options.ts'
import { readingServices } from './settings-service.ts'

type Method = (input: never) => Promise<unknown>

export function firstAnswers(first: FirstParts, later: Promise<Api>): Api {
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
  const api: Record<string, Method> = {}
  for (const name of methodNames) {
    const answer = own[name]
    const full = async (input: never) => ((ready ?? await later)[name] as Method)(input)
    api[name] = !answer ? full : async (input) => {
      if (ready || failed) return full(input)
      return (await answer(input)) ?? full(input)
    }
  }
  return api as unknown as Api
}
