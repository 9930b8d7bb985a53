// Which outlet wrote the article (GUIDE 6: "told <the writer>" is its own
// interview, a venue; "told <another outlet>" a relay). A wire dateline at
// the top says whose copy it is and wins ("(Reuters) -" on another site's
// page is Reuters' own text, as the labels read wire copy); then what the
// caller knows (a document's meta publisher); then the house lines an
// outlet prints about itself: a dateline further down ("Washington (CNN)
// --", after the highlights), its staff's credit ("CNN's Alex Mooney
// contributed to this report"), where it first appeared ("Originally
// published on Live Science"), its disclaimer ("... do not necessarily
// reflect those of Sputnik"), its requests for comment ("did not respond
// to Fox News' request for comment") and its own findings ("Polygraph.info
// has previously established"). A press-release distributor ("GLOBE
// NEWSWIRE") carries others' text and writes none.

import { publisherOf } from './dateline.ts'
import { isDomain } from './domain-outlets.ts'
import { isDistributor, knownOutlet, looksLikeOutlet } from './outlets.ts'

// An outlet's name as written: capitalised words ("Fox News", "VICE US", "Polygraph.info").
const NAME = String.raw`((?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&!'-]*(?: \p{Lu}[\p{L}\p{N}.&!'-]*){0,3})`
const POSSESSIVE = String.raw`(?:'s|’s|'|’)`
// Each line, and whether its grammar alone makes the name an outlet (else the name must look like one).
const HOUSE_LINES: readonly (readonly [RegExp, boolean])[] = [
  // "Washington (CNN) --", "(CNN)President ..." at the start of a paragraph, within the story's first lines.
  [new RegExp(String.raw`(?:^|\n)(?:[\p{Lu}][\p{L}.,' -]{0,40} )?\(${NAME}\)\s*(?:--|—|–|-|(?=\p{Lu}))`, 'u'), false],
  [new RegExp(String.raw`${NAME}${POSSESSIVE} \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3} (?:also )?contributed (?:to this report|reporting)`, 'u'), true],
  [new RegExp(String.raw`(?:[Oo]riginally published (?:on|in|by)|(?:[Tt]his|[Tt]he) (?:article|story) (?:was )?(?:originally |first )?(?:appeared|published) (?:on|in)) ${NAME}`, 'u'), true],
  [new RegExp(String.raw`do not necessarily reflect (?:those|the views|the opinions?|the position) of ${NAME}`, 'u'), true],
  [new RegExp(String.raw`(?:respond|reply|responded|replied) to ${NAME}${POSSESSIVE} (?:requests? for comment|questions|inquir(?:y|ies))`, 'u'), true],
  [new RegExp(String.raw`${NAME} has (?:previously |exclusively )?(?:learned|established)\b`, 'u'), false],
]
// The head a dateline is looked for in, and the whole text's bound (the engine's cap).
const HEAD = 1500

export function writerOf(text: string, given: string | undefined): string | null {
  const dateline = publisherOf(text)
  if (dateline) return dateline
  const meta = given?.replace(/\s+/g, ' ').trim()
  if (meta && !isDistributor(meta)) return house(meta)
  return houseLine(text)
}

// The outlet the story's own house lines name, when one names an outlet.
function houseLine(text: string): string | null {
  for (const [i, [line, named]] of HOUSE_LINES.entries()) {
    const m = line.exec(i === 0 ? text.slice(0, HEAD) : text)
    const name = m?.[1]?.replace(/[.'’]+$/, '')
    if (name && (named || isOutlet(name)) && !isDistributor(name)) return house(name)
  }
  return null
}

// A desk of a known outlet is the outlet ("CNN Business", "NBC Latino").
const house = (name: string) => knownOutlet(name) ?? knownOutlet(name.split(' ')[0]!) ?? name.replace(/^the /i, '')
const isOutlet = (name: string) => knownOutlet(name) !== undefined || looksLikeOutlet(name) || isDomain(name)
