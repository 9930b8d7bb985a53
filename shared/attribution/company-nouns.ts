// "The company said" after "Boeing Co. ... The U.S. Air Force said": a
// company's role noun ("the company", "the carmaker") stands for a firm in
// reach, the one that spoke last, never a public or state body; "Maersk
// said ... The company said": one unknown word that spoke, never a person's
// full name, is a firm. Split from discourse.ts, which keeps the entities.

import type { Entity } from './discourse.ts'
import { kindOfName } from './kinds.ts'
import { isPlace, latestSalient } from './entity-picks.ts'
import { publicBody, STATE_BODY } from './org-forms.ts'

// One capitalised word the article never calls a body, likely a place merely named ("Rotterdam").
export function placeLike(e: Entity): boolean {
  return !e.roles.has('body') && !/\s/.test(e.name) && kindOfName(e.name) === 'organisation' && /^[A-Z][a-z]+$/.test(e.name)
}

const firm = (e: Entity) => !isPlace(e.name) && (e.kind === 'organisation' && !publicBody(e.name) && !STATE_BODY.test(e.name) && (!placeLike(e) || e.spokeAt >= 0) ||
  e.kind === 'person' && e.spokeAt >= 0 && !/\s/.test(e.name))

// The firm "the company" stands for among `recent` (most recent first), or null: the one last heard
// speaking or last the subject of a sentence in this paragraph ("Emirates had a fleet of 270 aircraft. ... the
// airline said", body-subjects.ts), else the one named last.
export function companyFor(recent: readonly Entity[], inReach: (e: Entity) => boolean, para: number): Entity | null {
  return latestSalient(recent.filter((e) => firm(e) && inReach(e)), para) ?? recent.find((e) => firm(e) && inReach(e)) ?? null
}
