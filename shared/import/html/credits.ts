// Who took a picture: "Photo: PA", "Image Credit: NASA", "Credit...Arin
// Yoon for The New York Times", "(Jane Doe/The Daily Star)". The credit
// belongs to the picture, not to the story's text; the caption it ends
// stays. Told three ways: an element the site names for it (credit,
// copyright, photographer) beside a picture; a line that is only a
// credit; and a credit at the end of a caption (a block read inside a
// <figure>, <figcaption> or an element named caption).

import { names } from './main-content-score.ts'
import type { Element } from './tree.ts'

// A picture's label and a colon (or "Credit..."), in the languages of the
// pages we have seen: English, German, Spanish, French, Polish, Dutch.
const LABEL = String.raw`(?:(?:main |top |lead |header |cover )?(?:image|photo|photograph|picture|pic|foto|bild|imagen|zdjęcie|źródło|afbeelding|titelbild|beitragsbild|bildquelle)s?(?: credits?| copyright| source)?|credits?(?: photos?)?|crédits?(?: photos?)?|copyright)`
// A name: no sentence's end, but initials ("J. Smith") may have stops.
const NAME = String.raw`(?:[^.!?:]|(?<=(?:^|[\s.])\p{Lu})\.){2,80}`
// The label, then a name.
// The label, then a name, perhaps in brackets ("(Foto: ABr)"); or the
// label alone, its name gone with a link.
const CREDIT = new RegExp(String.raw`^(?:${LABEL}\s*(?:[:：|]|…|\.{3})\s*${NAME}|\(\s*${LABEL}\s*[:：]\s*${NAME}\)|${LABEL}\s*[:：]|${LABEL}\s*(?:…|\.{3}))$`, 'iu')
// "(Name/Agency)": two names joined by a slash, in brackets.
const SLASHED = /^\(\s*\p{Lu}[\p{L}\d.'’&\- ]{1,50}\/\s*[\p{L}\d.'’&\- ]{2,60}\)$/u
// The same at the end of a caption, after its last sentence or a space.
const AFTER = String.raw`(?:^|(?<=[.!?"”’)\]]\s*)|\s)`
const TRAILING = new RegExp(String.raw`${AFTER}(?:${LABEL}\s*(?:[:：|]|…|\.{3})\s*${NAME}|\(\s*${LABEL}\s*[:：]\s*${NAME}\))\s*$`, 'iu')
const TRAILING_SLASHED = new RegExp(String.raw`${AFTER}${SLASHED.source.slice(1, -1)}\s*$`, 'u')

// A credit alone on its line.
export function isCreditLine(text: string): boolean {
  return text.length <= 100 && (CREDIT.test(text) || SLASHED.test(text))
}

// Where the credit at the end of a caption begins, or -1. A caption that
// is nothing but a credit gives 0.
export function captionCreditAt(text: string): number {
  if (text.length > 600) return -1
  const match = TRAILING.exec(text) ?? TRAILING_SLASHED.exec(text)
  if (!match) return -1
  const at = match.index + (match[0].length - match[0].trimStart().length)
  // After a mere space the label must be capitalised ("… at dawn Photo:
  // PA"); "the team's photo: smiling" is the caption's own words.
  const before = text.slice(0, at).trimEnd()
  if (before && !/[.!?"”’)\]]$/.test(before) && !/\p{Lu}|\(/u.test(text[at]!)) return -1
  return at
}

const CREDIT_NAME = /credit|copyright|photographer|(?:^|[^a-z])byline-?photo/

// An element the site names for a picture's credit, holding a line at most.
export function isCreditElement(el: Element, text: number, paragraphs: number): boolean {
  return text > 0 && text <= 120 && paragraphs === 0 && el.tagName !== 'figure' && el.tagName !== 'figcaption' && CREDIT_NAME.test(names(el))
}

// Caption context: a <figure>, <figcaption>, or an element named caption.
export function isCaption(el: Element): boolean {
  return el.tagName === 'figure' || el.tagName === 'figcaption' || /caption/.test(names(el))
}
