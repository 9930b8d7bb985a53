// "the New York Times reported ... the Times said": a story that names a
// masthead in full calls it by its last word after (GUIDE 4: the fullest
// form in the article; "The Times" alone is the London paper). A short form
// ("the Times", "the Post", "the Journal") is the one masthead the article
// names in full that ends in that word; with two or none, it stays. Found in
// one pass over the text.

import { fold } from './fold.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'

const ENDS = 'Times|Post|Journal|Herald|Tribune|Telegraph|Globe|Chronicle|Observer|Independent|Guardian|Gazette|Star|Sun|Mail|Express|Mirror|Examiner|Standard'
const FULL = new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4})(${ENDS})\\b`, 'gu')
const NAMED = /^(?:the\s+)?(\p{Lu}\p{L}+)$/iu
// Enough mastheads for any story; the pass stays linear.
const MAX = 64

export function shortMastheads(text: string): (name: string) => string {
  // Last word -> the full mastheads that end in it (by folded name).
  const full = new Map<string, Map<string, string>>()
  let seen = 0
  for (const m of text.matchAll(FULL)) {
    if (++seen > MAX) break
    const words = `${m[1]!}${m[2]!}`.replace(/^(?:The|A|An|In|At|By|On|For|From|To|With|And|But)\s+/, '')
    const name = knownOutlet(words) ?? (looksLikeOutlet(words) ? words : null)
    if (!name || !/\s/.test(name.replace(/^The\s+/, ''))) continue
    const end = m[2]!.toLowerCase()
    const forms = full.get(end) ?? new Map<string, string>()
    forms.set(fold(name), name)
    full.set(end, forms)
  }
  return (name: string): string => {
    const short = NAMED.exec(name.trim())
    const forms = short ? full.get(short[1]!.toLowerCase()) : undefined
    return forms?.size === 1 ? [...forms.values()][0]! : name
  }
}
