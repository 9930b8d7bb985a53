// The writer's own paper under its short name (GUIDE 6): "in an interview
// with the Globe" on a California Globe page, "told the Herald" on the
// Boston Herald's, is the writer's own interview, a venue and no relay.
// The short form is the publisher's last word or words after "the"; a
// one-word publisher has none, and a longer or other name is another outlet.

import { fold } from './fold.ts'

interface Relayed { via: string | null; viaId: string | null }

export function ownShortForms(out: Relayed[], publisher: string | null): void {
  const words = publisher?.replace(/^the\s+/i, '').split(/\s+/) ?? []
  if (words.length < 2) return
  const own = (name: string): boolean => {
    const short = name.replace(/^the\s+/i, '').split(/\s+/)
    return short.length < words.length && fold(short.join(' ')) === fold(words.slice(-short.length).join(' '))
  }
  for (const s of out) {
    if (s.via && own(s.via)) {
      s.via = null
      s.viaId = null
    }
  }
}
