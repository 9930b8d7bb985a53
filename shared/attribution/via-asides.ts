// "'...,' Lynn said, via the Los Angeles Times", "he said, per ESPN": an
// aside right after a speech cue that names an outlet tells where the
// words were first printed; the outlet passes them on (GUIDE 5), as
// "according to" would. So does the aside between the speaker and the verb
// ("Richardson, via USA Today, said"), and a reporter named with the outlet
// ("said, via Brian Batko of the Pittsburgh Post-Gazette": the paper is the
// relay, its reporter no source). Only an outlet by name or shape, and not
// the story's own.

import type { Attribution } from './attribute.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import type { Publisher } from './publisher.ts'

const NAME = String.raw`(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*){0,4})`
const ASIDE = new RegExp(String.raw`^,?\s+(?:via|per)\s+(?:the\s+)?${NAME}`, 'u')
// ", via USA Today," inside the cue, between the speaker and the verb.
const INNER = new RegExp(String.raw`,\s+(?:via|per)\s+(?:the\s+)?${NAME}\s*,`, 'u')
// "... of the Pittsburgh Post-Gazette": the outlet a reporter writes for.
const REPORTER_OF = new RegExp(String.raw`^\s+of\s+(?:the\s+)?${NAME}`, 'u')

export function viaAsides(text: string, own: (Attribution | null)[], publisher: Publisher): void {
  for (let i = 0; i < own.length; i++) {
    const a = own[i]
    if (!a || a.via || a.kind === 'outlet') continue
    const after = text.slice(a.main.end, a.main.end + 120)
    const m = ASIDE.exec(after) ?? INNER.exec(text.slice(a.main.start, a.main.end))
    if (!m) continue
    const name = outletOf(m[1]!) ?? reporterOutlet(m[1]!, m.input === after ? after.slice(m[0].length) : '')
    if (!name || publisher.isOwn(name)) continue
    own[i] = { ...a, via: name }
  }
}

function outletOf(words: string): string | null {
  const written = words.replace(/[.,]$/, '')
  return knownOutlet(written) ?? (looksLikeOutlet(written) ? written : null)
}

// The outlet after a reporter's name: "Brian Batko of the Pittsburgh Post-Gazette", "Jane Roe of Reuters".
function reporterOutlet(name: string, rest: string): string | null {
  const of = / of (.+)$/.exec(name)
  if (of) return outletOf(of[1]!)
  const m = REPORTER_OF.exec(rest)
  return m ? outletOf(m[1]!) : null
}
