// How an article itself writes a phrase that a headline gives in capitals
// ("SOURCES CLOSE TO BALLADUR" is "sources close to Balladur" below it), and
// the fullest name it gives a person or body, for naming sources in the
// article's own forms (group-forms.ts).

import type { ArticleForms } from './group-forms.ts'

// A headline's phrase is short; longer ones are not looked up.
const LONGEST = 80

export function articleForms(text: string, canonical: (name: string) => string): ArticleForms {
  let lower: string | null = null
  return {
    written(caps) {
      if (caps.length > LONGEST || !caps.trim()) return null
      lower ??= text.toLowerCase()
      const want = caps.toLowerCase()
      // The first occurrence not itself in capitals (bounded: each probe moves past the last).
      for (let at = lower.indexOf(want); at >= 0; at = lower.indexOf(want, at + want.length)) {
        const seen = text.slice(at, at + want.length)
        if (/\p{Ll}/u.test(seen) && !/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + want.length] ?? '')) return seen
      }
      return null
    },
    fullest: canonical,
  }
}
