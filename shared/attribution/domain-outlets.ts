// A web site named by its domain speaks as an outlet named as written:
// "eastday.com said", "according to js7tv.com" (GUIDE 4-5). wink cuts a
// domain at its dots ("eastday" "." "com"), so no rule saw a name and the
// last piece became the speaker ("com (anonymous)"). The pieces are one
// token again, a proper name.

import type { Token } from './nlp.ts'

// Endings of sites news cites; a dot before other words ("U.S.") is not a domain.
const TLD = /^(?:com|net|org|info|news|tv|cn|ru|uk|de|fr|jp|kr|in|io|co|gov|edu|int|eu|ua|tw|hk|sg|au|ca|ai|app)$/
const LABEL = /^[a-z0-9][a-z0-9-]*$/i

// Joins the last three tokens when they spell "<label>.<tld>" with no spaces; looks at the last three tokens.
// wink may have ended a sentence at the dot: returns that sentence's number, whose tokens stay in the domain's
// sentence ("eastday.com said." is one), else -1.
export function joinDomain(out: Token[]): number {
  const t = out[out.length - 1]!
  const dot = out[out.length - 2]!
  const label = out[out.length - 3]!
  if (dot.text !== '.' || label.end !== dot.start || dot.end !== t.start || !TLD.test(t.text) || !LABEL.test(label.text)) return -1
  out.length -= 2
  label.text += `.${t.text}`
  label.lower = label.text.toLowerCase()
  label.end = t.end
  label.pos = 'PROPN'
  label.cap = true
  return t.sentence !== label.sentence ? t.sentence : -1
}

// Whether a name is a web domain ("eastday.com"): an outlet named as written.
export const isDomain = (name: string) => /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$/i.test(name) && TLD.test(name.slice(name.lastIndexOf('.') + 1).toLowerCase())
