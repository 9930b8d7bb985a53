// "according to a spokesman for the regulator quoted in China Daily", "said
// Xing Wangli, a spokesman ... quoted in China Daily", "the minister said in
// an interview published in Kommersant": the outlet that printed the words
// passes them on (GUIDE 5), as "according to China Daily" would; the
// speaker stays the source. Only an outlet by name or masthead shape, not
// the story's own, and only in a sentence that has no relay yet.

import type { Attribution } from './attribute.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import type { Sentence } from './sentences.ts'
import type { Publisher } from './publisher.ts'

// "quoted in/by X"; "(an interview|remarks|comments) (published|carried|aired|broadcast) in/by/on X"; "in an
// (email) interview in the British newspaper the Independent" (an interview printed in a paper, described as one or not).
const DESCRIPTION = String.raw`(?: (?:the|a|an) (?:[\p{Lu}][\p{L}-]+ |[\p{Ll}-]+ ){0,2}(?:newspaper|paper|daily|weekly|magazine|tabloid|broadsheet|news agency|agency|website|journal))?`
const PRINTED = new RegExp(String.raw`\b(?:quoted (?:in|by)|(?:interview|remarks|comments|statement)s? (?:published|carried|aired|broadcast|run) (?:in|by|on)|interviews? in${DESCRIPTION}) ((?:the )?\p{Lu}[\p{L}\p{N}'’.&-]*(?: (?:of )?\p{Lu}[\p{L}\p{N}'’.&-]*){0,4})`, 'gu')

export function quotedIn(text: string, sentences: readonly Sentence[], own: (Attribution | null)[], publisher: Publisher): void {
  own.forEach((a, i) => {
    if (!a || a.via || a.kind === 'outlet') return
    const s = sentences[i]!
    for (const m of text.slice(s.start, s.end).matchAll(PRINTED)) {
      // ("the Independent": a masthead known only with its article.)
      const written = m[1]!.replace(/[.,]$/, '')
      const plain = written.replace(/^the /, '')
      const name = knownOutlet(written) ?? (looksLikeOutlet(plain) ? plain : null)
      if (!name || publisher.isOwn(name)) continue
      own[i] = { ...a, via: name }
      return
    }
  })
}
