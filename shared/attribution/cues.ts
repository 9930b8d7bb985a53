// Attribution cues in one sentence: reporting verbs with their speaker,
// "according to X", "per X", "citing X", "X quoted Y as saying", participles
// ("Noting that ..."), and the anonymity formulas. Exclusions (GUIDE 2):
// negated verbs, agentless passives, infinitives and modals, bylines,
// verbs that need a particle or a document subject, and cues with no content.
// The finding lives in cue-formulas.ts (the formulas) and verb-cues.ts (the
// verbs); both read the sentence through cue-sentence.ts.

import { PARTICIPLES, REPORTING } from './lexicon.ts'
import { relayCues } from './relay-cues.ts'
import { stanceCues } from './stance-cues.ts'
import { documentDirectives } from './document-directives.ts'
import { textParticiples } from './text-participles.ts'
import { speechActs } from './speech-acts.ts'
import type { Cue, SentenceView } from './cue-types.ts'
import { from, read, to, tokens } from './cue-sentence.ts'
import { ANONYMITY, formulaCue } from './cue-formulas.ts'
import { verbCue } from './verb-cues.ts'
import { newsletterCredits } from './newsletter-credits.ts'
import { quoteTags } from './quote-tags.ts'
import { journalSubjects } from './journal-subjects.ts'
import { intentCues } from './cue-intents.ts'
import { quotedParticiples } from './cue-quoted-participles.ts'
import { defenceCues } from './cue-defences.ts'
import { concernCues } from './cue-concerns.ts'
import { amongCues } from './cue-among.ts'
import { withAbsolutes } from './cue-with-absolutes.ts'
import { directiveCues } from './cue-directives.ts'
import { stanceVerbCues } from './cue-stance-verbs.ts'
import { textFrames } from './text-frames.ts'
import { recordVerbCues } from './cue-record-verbs.ts'

export type { Cue, SentenceView } from './cue-types.ts'

// Every word that can start a cue; most tokens are none of them and are passed over at once.
const TRIGGERS = new Set([...REPORTING, ...PARTICIPLES, ...ANONYMITY, 'according', 'per', 'citing', 'quoting'])

export function findCues(view: SentenceView): Cue[] {
  read(view)
  const cues: Cue[] = []
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.lower
    if (!TRIGGERS.has(w)) continue
    if (formulaCue(i, w, cues)) continue
    if (REPORTING.has(w)) verbCue(i, cues)
  }
  stanceCues(view, cues)
  intentCues(cues)
  quotedParticiples(cues)
  defenceCues(cues)
  concernCues(cues)
  amongCues(cues)
  withAbsolutes(cues)
  directiveCues(cues)
  stanceVerbCues(cues)
  recordVerbCues(cues)
  documentDirectives(view, cues)
  textParticiples(view, cues)
  speechActs(view, cues)
  textFrames(view, cues)
  relayCues(view, cues)
  journalSubjects(view, cues)
  newsletterCredits(cues)
  quoteTags(view, cues)
  return cues
}
