// "Trump's White House attorney, Ty Cobb, declined to comment on the report.
// '...,' he said in a statement.", "Tillerson defended the department when
// he was asked about morale. '...,' he said.": a person who declined to
// comment or was asked is no source of that sentence (GUIDE 2), but the one
// the writer turns to, so a pronoun tagging the next quotation is that
// person, not whoever spoke before. The person is named before the refusal
// or the question, as the sentence's subject.

import type { Named } from './name-runs.ts'

const DECLINED = /\b(?:(?:declined|refused) to (?:comment|elaborate|say more|discuss|give details)|(?:was|were) (?:\p{Ll}+ly )?asked (?:about|whether|if|how|why|what))\b/u

// The person named before "declined to comment" in the sentence's words, or null.
export function declinerOf(words: string, names: readonly Named[], isPerson: (name: string) => boolean): string | null {
  const m = DECLINED.exec(words)
  if (!m) return null
  const before = words.slice(0, m.index)
  let found: string | null = null
  for (const n of names) {
    const last = n.name.split(' ').at(-1)!
    if (isPerson(n.name) && before.includes(last)) found = n.name
  }
  return found
}
