// Which outlet wrote the article (GUIDE 6: "told <the writer>" is its own
// interview, a venue; "told <another outlet>" a relay). The caller may know
// it (a document's meta publisher); a wire dateline in the text says whose
// copy it is and wins ("(Reuters) -" on another site's page is Reuters' own
// text, as the labels read wire copy). A press-release distributor
// ("GLOBE NEWSWIRE") carries others' text and writes none.

import { publisherOf } from './dateline.ts'
import { isDistributor, knownOutlet } from './outlets.ts'

export function writerOf(text: string, given: string | undefined): string | null {
  const written = publisherOf(text)
  if (written) return written
  const meta = given?.replace(/\s+/g, ' ').trim()
  return meta && !isDistributor(meta) ? knownOutlet(meta) ?? meta : null
}
