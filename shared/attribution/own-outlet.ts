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
// has previously established"); last, a bare wire dateline over an interview
// told to a wire (bare-datelines.ts). A story that names its writer only as
// "this newspaper" ("told this newspaper", "told this reporter") has one all
// the same, and it is none of the outlets it names. A press-release
// distributor ("GLOBE NEWSWIRE") carries others' text and writes none.

import { publisherOf } from './dateline.ts'
import { isDomain } from './domain-outlets.ts'
import { bareDatelineWire } from './bare-datelines.ts'
import { isDistributor, knownOutlet, looksLikeOutlet } from './outlets.ts'

// An outlet's name as written: capitalised words ("Fox News", "VICE US", "Polygraph.info").
const NAME = String.raw`((?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&!'-]*(?: \p{Lu}[\p{L}\p{N}.&!'-]*){0,3})`
const POSSESSIVE = String.raw`(?:'s|’s|'|’)`
// Each line, and whether its grammar alone makes the name an outlet (else
// the name must look like one). Lines whose name comes first are found by
// their words, then the name read back from there (a scan that tried a name
// at every capital would cost a long text dearly).
interface HouseLine { find: RegExp; named: boolean; nameBefore?: RegExp }
const HOUSE_LINES: readonly HouseLine[] = [
  // "Washington (CNN) --", "(CNN)President ..." at the start of a paragraph, within the story's first lines.
  { find: new RegExp(String.raw`(?:^|\n)(?:[\p{Lu}][\p{L}.,' -]{0,40} )?\(${NAME}\)\s*(?:--|—|–|-|(?=\p{Lu}))`, 'u'), named: false },
  { find: / (?:also )?contributed (?:to this report|reporting)/, named: true,
    nameBefore: new RegExp(String.raw`${NAME}${POSSESSIVE} \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}$`, 'u') },
  { find: new RegExp(String.raw`(?:[Oo]riginally published (?:on|in|by)|(?:[Tt]his|[Tt]he) (?:article|story) (?:was )?(?:originally |first )?(?:appeared|published) (?:on|in)) ${NAME}`, 'u'), named: true },
  { find: new RegExp(String.raw`do not necessarily reflect (?:those|the views|the opinions?|the position) of ${NAME}`, 'u'), named: true },
  { find: new RegExp(String.raw`(?:respond|reply|responded|replied) to ${NAME}${POSSESSIVE} (?:requests? for comment|questions|inquir(?:y|ies))`, 'u'), named: true },
  { find: / has (?:previously |exclusively )?(?:learned|established)\b/, named: false, nameBefore: new RegExp(String.raw`${NAME}$`, 'u') },
]
// "told this newspaper", "in an interview with this reporter".
const SELF = /\b(?:told|tells|tell|to|with) this (?:newspaper|paper|website|site|publication|magazine|news agency|channel|broadcaster|reporter|correspondent|writer|journalist)\b/
// The writer of a story that names itself only so: no outlet's name, so no named outlet is it.
const UNNAMED_WRITER = 'this newspaper (unnamed)'
// The head a dateline is looked for in; how far before its words a name is read back.
const HEAD = 1500
const BACK = 120

export function writerOf(text: string, given: string | undefined): string | null {
  const dateline = publisherOf(text)
  if (dateline) return dateline
  const meta = given?.replace(/\s+/g, ' ').trim()
  if (meta && !isDistributor(meta)) return house(meta)
  return houseLine(text) ?? bareDatelineWire(text) ?? (SELF.test(text) ? UNNAMED_WRITER : null)
}

// The outlet the story's own house lines name, when one names an outlet.
function houseLine(text: string): string | null {
  for (const [i, line] of HOUSE_LINES.entries()) {
    const m = line.find.exec(i === 0 ? text.slice(0, HEAD) : text)
    if (!m) continue
    const written = line.nameBefore ? line.nameBefore.exec(text.slice(Math.max(0, m.index - BACK), m.index))?.[1] : m[1]
    const name = written?.replace(/[.'’]+$/, '')
    if (name && (line.named || isOutlet(name)) && !isDistributor(name)) return house(name)
  }
  return null
}

// A desk of a known outlet is the outlet ("CNN Business", "NBC Latino").
const house = (name: string) => knownOutlet(name) ?? knownOutlet(name.split(' ')[0]!) ?? name.replace(/^the /i, '')
const isOutlet = (name: string) => knownOutlet(name) !== undefined || looksLikeOutlet(name) || isDomain(name)
