// Speakers the discourse alone does not resolve: a body named earlier in
// the same sentence ("after the carrier said"), a text the article names
// more fully elsewhere ("the joint communique"), or a text met first here
// ("The study, published in ..., found").

import type { Resolved } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import type { Documents } from './documents.ts'
import { jointParties } from './documents.ts'
import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import { COMPANY_HEADS, PUBLIC_BODY, STATE_BODY } from './org-forms.ts'

const FORCES = /^(?:police|military|army|navy|coastguard)$/
const FORCE_NAMES = /\b(?:Police|Military|Army|Navy|Coastguard|Coast Guard|Forces|Defen[cs]e|Guard|Gendarmerie|Constabulary)\b/i

// "Delta shares rose after the carrier said ...": a role noun for a body
// named earlier in the same sentence is that body (GUIDE 4).
export function orgHere(c: Cue, text: string, s: Sentence, discourse: Discourse): Resolved | null {
  if (c.speaker?.type !== 'role' || c.speaker.group !== 'org' || discourse.hasBodyNamed(c.speaker.head, s.para)) return null
  const head = c.speaker.head
  const name = discourse.organisationHere((n) => {
    // (Looked for within the sentence only: a search back from the cue would read the whole text before it.)
    const found = text.slice(s.start, c.start + n.length).lastIndexOf(n)
    const at = found < 0 ? -1 : s.start + found
    // (Not a body named inside the quotation the cue closes: "'... working with the U.S. Air Force ...,' the company said";
    // nor a public body for "the company".)
    // ("A lawyer who helped the CIA was shot, police said": a force is a body named as one, role-antecedents.ts.)
    return at >= s.start && !openQuote(text.slice(s.start, at)) && !(COMPANY_HEADS.has(head) && (PUBLIC_BODY.test(n) || STATE_BODY.test(n))) &&
      !(FORCES.test(head) && !FORCE_NAMES.test(n))
  })
  return name ? { name, kind: 'organisation', via: null, named: false } : null
}

// Whether a quotation is left open in `words`.
function openQuote(words: string): boolean {
  let open = 0
  for (const ch of words) {
    if (ch === '“') open++
    else if (ch === '”') open = Math.max(0, open - 1)
    else if (ch === '"') open = open ? 0 : 1
  }
  return open > 0
}

// "the company said", "the newspaper reported" with no company or paper met before (a name the
// tagger missed): the speaker is still another party than the writer, unnamed (GUIDE 4).
// (Only with a verb that reports and nothing else: "The union urged Boeing to announce ..." wanted a report.)
const REPORTS = /^(?:said|says|told|tells|reported|reports|added|adds|denied|denies|confirmed|confirms|stated|states|announced|announces|wrote|writes)$/
const COURTS = /^(?:court|tribunal)$/
export function unmetRole(c: Cue, tokens: readonly Token[]): Resolved | null {
  if (c.speaker?.type !== 'role' || (c.speaker.group !== 'org' && c.speaker.group !== 'outlet') || c.kind !== 'verb' || !REPORTS.test(tokens[c.verb]?.lower ?? '')) return null
  // ("The court decided ..., but said": a court speaks as the body the case is before, as "police" do; labels write it bare.)
  if (COURTS.test(c.speaker.head)) return { name: [...c.speaker.mods, c.speaker.head].join(' '), kind: 'organisation', via: null, named: false }
  // (An unnamed paper is still an outlet: it reports, it relays nothing here.)
  return { name: `${[...c.speaker.mods, c.speaker.head].join(' ')} (unnamed)`, kind: c.speaker.group === 'outlet' ? 'outlet' : 'anonymous', via: null, named: false }
}

// "The study, published in ..., found": a text met first here is named as the sentence names it.
export function firstText(c: Cue): Resolved | null {
  if (c.speaker?.type !== 'role' || c.speaker.group !== 'document') return null
  return { name: [...c.speaker.mods, c.speaker.head].join(' '), kind: 'document', via: null, named: false }
}

// "the joint communique" met first in a cue: the article's fuller name for it, if any.
export function namedDocument(speaker: Cue['speaker'], documents: Documents): Resolved | null {
  if (speaker?.type !== 'role' || speaker.group !== 'document' || speaker.mods.length === 0) return null
  const name = documents.longerForm([...speaker.mods, speaker.head].join(' '))
  return name ? { name, kind: 'document', via: null, named: true } : null
}

const LEAD_TOKENS = 80

// "joint communique" -> "Russia-China joint communique" (see documents.ts).
export function fullDocument(name: string, documents: Documents, tokens: readonly Token[], s: Sentence): string {
  const longer = documents.longerForm(name)
  if (longer) return longer
  // The parties are those of this sentence, else those the headline and lead name ("China, Brazil sign deals").
  const parties = /^joint\s/i.test(name) ? jointParties(tokens, s.from, s.to) ?? jointParties(tokens, 0, Math.min(s.from, LEAD_TOKENS)) : null
  return parties ? `${parties} ${name}` : name
}
