// Merging two sources: every annotation that names `from` names `into`
// instead, in every document (the trash's too, so a restored document does
// not bring the old source back), then `from` is removed and its name and
// aliases become `into`'s aliases. Documents are written first and the
// source list last: an interrupted merge leaves `from` in place, and
// merging again finishes it.

import { ApiError, type Input, type Output } from '../../shared/api/contract.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import type { Source } from '../../shared/model/source.ts'
import { saving, type ServiceContext } from './context.ts'

// `from` replaced by `into` in a list of ids, each id once, order kept.
function moved(ids: readonly string[], from: string, into: string): string[] {
  const out: string[] = []
  for (const id of ids) {
    const next = id === from ? into : id
    if (!out.includes(next)) out.push(next)
  }
  return out
}

const names = (a: Annotation, from: string) => a.sources.includes(from) || a.via.includes(from)

const MAX_ALIASES = 50

export async function mergeSources({ store }: ServiceContext, { from, into }: Input<'mergeSources'>): Promise<Output<'mergeSources'>> {
  if (from === into) throw new ApiError('invalid-input', 'A source cannot be merged into itself.', 'into')
  const source = store.sources.find((s) => s.id === from)
  const target = store.sources.find((s) => s.id === into)
  if (!source) throw new ApiError('not-found', 'The source to merge is not in the list any more.', 'from')
  if (!target) throw new ApiError('not-found', 'The source to merge into is not in the list any more.', 'into')

  // The library's counts say which documents name it: no other file is
  // read. They are first checked against the files (quickStart checks them
  // in the background; an entry a kill left behind would be missed).
  await store.verified
  const lib = store.library.data
  const named = [...lib.documents, ...lib.trash].filter((d) => (d.sourceCounts[from] ?? 0) > 0 || (d.viaCounts[from] ?? 0) > 0)
  let annotations = 0
  for (const entry of named) {
    await saving(store.changeDocument(entry.id, (data) => {
      const now = new Date().toISOString()
      return {
        ...data,
        annotations: data.annotations.map((a) => {
          if (!names(a, from)) return a
          annotations++
          return { ...a, sources: moved(a.sources, from, into), via: moved(a.via, from, into), modified: now }
        }),
      }
    }), 'Could not merge the sources')
  }

  const seen = new Set([target.name.toLowerCase()])
  const aliases: string[] = []
  for (const alias of [...target.aliases, source.name, ...source.aliases]) {
    if (seen.has(alias.toLowerCase()) || aliases.length >= MAX_ALIASES) continue
    seen.add(alias.toLowerCase())
    aliases.push(alias)
  }
  const merged: Source = { ...target, aliases }
  await saving(store.changeSources((all) => all.filter((s) => s.id !== from).map((s) => (s.id === into ? merged : s))), 'Could not merge the sources')
  return { annotations, documents: named.length, source: merged }
}
