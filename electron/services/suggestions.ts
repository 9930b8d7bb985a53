// Attribution suggestions for a document or an article file, and the
// reader's rejections of them. Finding them is electron/suggestions.ts
// (the engine, loaded once, cached per text); this only reads and stores.

import { ApiError, type Api, type Input, type Output } from '../../shared/api/contract.ts'
import { MAX_REJECTED } from '../../shared/model/suggestion.ts'
import { Suggestions } from '../suggestions.ts'
import { AnswerCache, engineStamp } from '../suggest/answer-cache.ts'
import { builtEngineScript } from '../suggest/run-engine.ts'
import type { Stirred } from '../quiet-queue.ts'
import { importDraft, saving, type ServiceContext } from './context.ts'

type SuggestionMethods = 'suggestAttributions' | 'rejectSuggestion' | 'unrejectSuggestion'

// quiet: when the app has paused between calls (the answers' files are
// written then, and stop when the calls start again).
export function suggestionServices(ctx: ServiceContext, quiet?: () => Promise<Stirred>): Pick<Api, SuggestionMethods> {
  const { store } = ctx
  // The answers of the built engine are kept in the data folder (none from
  // the TypeScript sources: see builtEngineScript).
  const engineScript = builtEngineScript()
  const disk = engineScript === null ? null : new AnswerCache(store.dir, engineStamp(engineScript), { writable: !store.readOnly, ...(quiet ? { quiet } : {}) })
  const suggestions = new Suggestions(disk)
  return {
    async suggestAttributions(input: Input<'suggestAttributions'>): Promise<Output<'suggestAttributions'>> {
      if ('documentId' in input) {
        const { document, annotations, rejectedSuggestions } = (await ctx.open(input.documentId)).data
        return { suggestions: await suggestions.for(document, store.sources, { annotations: input.covered ? [] : annotations, rejected: rejectedSuggestions }), sentences: await suggestions.sentences(document) }
      }
      const draft = await importDraft(input.fileName, Buffer.from(input.contentBase64, 'base64'))
      return { suggestions: await suggestions.for(draft, store.sources), sentences: await suggestions.sentences(draft) }
    },

    async rejectSuggestion({ documentId, key }: Input<'rejectSuggestion'>): Promise<Output<'rejectSuggestion'>> {
      const full = () => new ApiError('invalid-input', `This document already has ${MAX_REJECTED} rejected suggestions.`)
      const rejected = (await ctx.open(documentId)).data.rejectedSuggestions
      if (rejected.includes(key)) return { rejected: false }
      if (rejected.length >= MAX_REJECTED) throw full()
      // Checked again when the save runs (another tab may have rejected
      // meanwhile): a list past the limit would not be read back.
      let added = false
      await saving(store.changeDocument(documentId, (data) => {
        if (data.rejectedSuggestions.includes(key)) return data
        if (data.rejectedSuggestions.length >= MAX_REJECTED) throw full()
        added = true
        return { ...data, rejectedSuggestions: [...data.rejectedSuggestions, key] }
      }))
      return { rejected: added }
    },

    async unrejectSuggestion({ documentId, key }: Input<'unrejectSuggestion'>): Promise<Output<'unrejectSuggestion'>> {
      if (!(await ctx.open(documentId)).data.rejectedSuggestions.includes(key)) return { unrejected: false }
      await saving(store.changeDocument(documentId, (data) => ({ ...data, rejectedSuggestions: data.rejectedSuggestions.filter((k) => k !== key) })))
      return { unrejected: true }
    },
  }
}
