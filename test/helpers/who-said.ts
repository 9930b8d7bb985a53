// What the attribution engine proposes for some words of a made-up text, as
// rule tests read it: "source" or "source via relay", "-" when none.

import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'

export function who(text: string, words: string): string {
  const at = text.indexOf(words)
  assert.ok(at >= 0, `not in the text: ${words}`)
  const s = suggestAttributions(text).find((x) => x.content.start < at + words.length && x.content.end > at)
  return s ? `${s.source}${s.via ? ` via ${s.via}` : ''}` : '-'
}
