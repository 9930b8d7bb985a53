// The article as the engine reads it: the text (as written, and with its
// quote marks turned the right way round), its tokens and sentences, and what
// is learnt from the whole text before the sentences are read one by one
// (suggest.ts builds it; the passes read it).

import type { Discourse } from './discourse.ts'
import type { DescribedOutlets } from './described-outlets.ts'
import type { Documents } from './documents.ts'
import type { NameKinds } from './name-kinds.ts'
import type { Named } from './name-runs.ts'
import type { Token } from './nlp.ts'
import type { OutletReporters } from './outlet-reporters.ts'
import type { Publisher } from './publisher.ts'
import type { quoteFlags } from './quotes.ts'
import type { Sentence } from './sentences.ts'

export interface Article {
  // The text as written: the suggestions quote it.
  original: string
  // The text the rules read.
  text: string
  tokens: Token[]
  sentences: Sentence[]
  quote: ReturnType<typeof quoteFlags>
  publisher: Publisher
  discourse: Discourse
  // The names each sentence mentions, by sentence index (empty where names are unreliable).
  named: Named[][]
  documents: Documents
  kinds: NameKinds
  describedOutlets: DescribedOutlets
  reporters: OutletReporters
}
