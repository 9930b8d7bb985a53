// A source is who a claim is attributed to: a news agency, a paper, a
// broadcaster, a government body, a person. Annotations refer to sources by
// id, so renaming one renames it everywhere and removing one never touches
// annotations (they keep the id; the UI shows it as a removed source).

import { z } from 'zod'
import { PALETTE } from '../colour/palette.ts'
import { uniqueSlug } from './slug.ts'

export const sourceKinds = ['news-agency', 'newspaper', 'broadcaster', 'government-body', 'person', 'other'] as const

export const SourceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a source id is 1-64 lowercase letters, digits or dashes')
export const SourceName = z.string().trim().min(1, 'a source needs a name').max(200)
export const Colour = z.string().regex(/^#[0-9a-f]{6}$/, 'a colour is #rrggbb in lowercase hex')

export const Source = z.object({
  id: SourceId,
  name: SourceName,
  aliases: z.array(z.string().trim().min(1).max(200)).max(50),
  kind: z.enum(sourceKinds),
  colour: Colour,
})
export type Source = z.infer<typeof Source>

// Present on every fresh data directory; users may rename or remove them.
// Their colours are the palette's first (a source keeps its colour for life,
// so existing folders keep the colours they were made with).
export const builtInSources: readonly Source[] = [
  { id: 'xinhua', name: 'Xinhua', aliases: ['Xinhua News Agency'], kind: 'news-agency', colour: PALETTE[0] },
  { id: 'tass', name: 'Tass', aliases: ['TASS'], kind: 'news-agency', colour: PALETTE[1] },
  { id: 'global-times', name: 'Global Times', aliases: [], kind: 'newspaper', colour: PALETTE[2] },
  { id: 'cnbc', name: 'CNBC', aliases: [], kind: 'broadcaster', colour: PALETTE[3] },
]

// An id for a new source from its name, unique among the given ids.
export function sourceIdFor(name: string, taken: ReadonlySet<string>): string {
  return uniqueSlug(name, taken, 'source')
}
