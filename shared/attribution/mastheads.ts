// "The Clarion-Ledger reported, citing Fire Chief Luke Barnes": a name the
// lexicon does not know, written with a capital "The" and reporting what
// someone else said, is a masthead; it passes the words on (GUIDE 5), so
// the cited person is the source and the paper the relay.

import type { Resolved } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Token } from './nlp.ts'

export function mastheadsCiting(text: string, tokens: readonly Token[], cues: readonly Cue[], resolved: ReadonlyMap<Cue, Resolved>): void {
  if (!cues.some((c) => c.kind === 'citing' && resolved.has(c))) return
  for (const c of cues) {
    const r = resolved.get(c)
    if (c.kind !== 'verb' || !r || r.kind !== 'person' || !r.named) continue
    if (/^report(?:s|ed)?$/.test(tokens[c.verb]!.lower) && text.startsWith('The ', c.start)) r.kind = 'outlet'
  }
}
