// "'...,' Lynn said, via the Los Angeles Times", "he said, per ESPN": an
// aside right after a speech cue that names an outlet tells where the
// words were first printed; the outlet passes them on (GUIDE 5), as
// "according to" would. Only an outlet by name or shape, and not the
// story's own.

import type { Attribution } from './attribute.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import type { Publisher } from './publisher.ts'

const ASIDE = /^,?\s+(?:via|per)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*){0,4})/u

export function viaAsides(text: string, own: (Attribution | null)[], publisher: Publisher): void {
  for (let i = 0; i < own.length; i++) {
    const a = own[i]
    if (!a || a.via || a.kind === 'outlet') continue
    const m = ASIDE.exec(text.slice(a.main.end, a.main.end + 80))
    if (!m) continue
    const written = m[1]!.replace(/[.,]$/, '')
    const name = knownOutlet(written) ?? (looksLikeOutlet(written) ? written : null)
    if (!name || publisher.isOwn(name)) continue
    own[i] = { ...a, via: name }
  }
}
