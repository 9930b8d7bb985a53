// "The company said", "the bank said", "a ministry spokesman said": which
// body a role noun for a body stands for (GUIDE 4), as one scored choice
// over the bodies the discourse keeps instead of a chain of rules tried in
// turn. Each candidate gets a few features (does its name carry the noun,
// is it the kind of body the noun names, did it speak, was it the subject
// lately, how far back, how often named) and the best linear score wins,
// when it clears a floor. The weights were fitted on the read set's labels
// (bench/fit-resolution.ts), never on the blind set; the read set barely
// tells them apart, so the old chain's rule tests settled the ties.

import type { Entity } from './entity.ts'
import { fold } from './fold.ts'
import type { PersonGenders } from './person-gender.ts'
import { STATE_OF_CAPITAL, isPlace } from './entity-picks.ts'
import { isGivenName } from './person-gender.ts'
import { COMPANY_HEADS, publicBody, STATE_BODY } from './org-forms.ts'
import { placeLike } from './company-nouns.ts'
import { memo } from './memo.ts'
import { speaksAsFirm } from './speaking-firms.ts'
import { publicInitials } from './public-initials.ts'

// (Names recur at every role noun: folded and split once each.)
const folded = memo(fold)
const wordsOf = memo((name: string) => folded(name).split(/[\s-]+/))

// Nouns a firm goes by beyond COMPANY_HEADS ("the group", "the bank" may be either: no kind asked).
const FIRM_HEADS = new Set([...COMPANY_HEADS, 'carrier', 'brewer', 'grocer', 'refiner', 'shipper', 'supplier', 'exporter', 'importer', 'developer', 'operator', 'utility', 'producer', 'brokerage', 'provider'])
// Nouns only a public body goes by. ("The agency" may be a news agency, INA or Xinhua: no kind asked.)
const PUBLIC_HEADS = new Set(['ministry', 'government', 'department', 'commission', 'office', 'administration', 'authority', 'regulator', 'bureau', 'embassy', 'council', 'court', 'watchdog', 'presidency', 'cabinet', 'parliament', 'committee'])
// Words in a body's name that the noun may stand for though it is not written ("the bank": "Federal Reserve").
const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['bank', ['bank', 'reserve']], ['airline', ['airline', 'airways', 'air']], ['military', ['military', 'army', 'forces', 'defense', 'defence']],
  ['army', ['army', 'forces']], ['government', ['government', 'cabinet']],
  // ("the Nordline Pilots Association said ... the union said": a trade union goes by any of its bodies' words.)
  ['union', ['union', 'association', 'federation', 'guild', 'brotherhood', 'teamsters']],
  // ("The Federal Aviation Administration proposed ... The agency said": news calls any public body "the agency".)
  ['agency', ['agency', 'administration', 'service', 'bureau', 'commission', 'authority', 'office', 'board', 'center', 'centers', 'institute', 'institutes']],
])

export interface RoleWeights {
  // Its name carries the noun ("the ministry": "Finance Ministry").
  nameHas: number
  // The article gave it the noun as a description ("publishing group Independent News & Media").
  described: number
  // The kind of body the noun names: a firm for "the company", a public body for "the ministry" (one of -1, 0, 1).
  kind: number
  // Described as a body in this paragraph ("Eurofer, the steel association,").
  bodyHere: number
  // Heard speaking before.
  spoke: number
  // The most recent speaker or subject among the candidates.
  salient: number
  // Named in this paragraph ("The FAA proposed ... The agency said": the body just named).
  samePara: number
  // Per paragraph back.
  distance: number
  // Per candidate named more recently.
  rank: number
  // Per mention, up to MENTIONS: the story's main actor.
  mentions: number
  // A one-word name taken for a person's, never given a gender or a given name ("AirAsia").
  personLike: number
  floor: number
  // How far the best must lead the next: two banks named alike leave "central bank officials" as written.
  margin: number
}

export const ROLE_WEIGHTS: RoleWeights = {
  nameHas: 3, described: 2, kind: 2, bodyHere: 1, spoke: 0.5, salient: 0.5, samePara: 1, distance: 0.4, rank: 0.4, mentions: 0.2, personLike: -1, floor: -0.5, margin: 0,
}
const MENTIONS = 5
// How far back (in paragraphs) a body is looked for.
const REACH = 3
// Beyond the reach, the main actor only: a story about one firm says "the company" far from its name.
const FAR = 12

export interface RoleAsk { head: string; mods: readonly string[]; para: number; genders: PersonGenders | null }

// Per candidate its features; exported for the fitting bench and tests.
export function roleFeatures(recent: readonly Entity[], ask: RoleAsk): { entity: Entity; f: Record<keyof Omit<RoleWeights, 'floor' | 'margin'>, number> }[] {
  const words = SYNONYMS.get(ask.head) ?? [ask.head]
  const sole = FIRM_HEADS.has(ask.head) ? soleFirm(recent, ask) : null
  const candidates = recent.filter((e) => e === sole || candidate(e, ask, words))
  let salientAt = -1
  let salient: Entity | null = null
  for (const e of candidates) {
    const when = Math.max(e.spokeAt, e.salientAt)
    if (when > salientAt) { salientAt = when; salient = e }
  }
  return candidates.map((e, rank) => {
    return {
      entity: e,
      f: {
        nameHas: nameHas(e, words) ? 1 : 0,
        described: e.roles.has(ask.head) ? 1 : 0,
        kind: kindFit(e, ask.head),
        bodyHere: e.para === ask.para && e.roles.has('body') ? 1 : 0,
        spoke: e.spokeAt >= 0 ? 1 : 0,
        salient: e === salient ? 1 : 0,
        samePara: e.para === ask.para ? 1 : 0,
        // (The story's one firm is "the chipmaker" however far back it was named.)
        distance: Math.max(0, Math.min(e === sole ? REACH : Infinity, ask.para - e.para)),
        rank,
        mentions: Math.min(MENTIONS, e.mentions ?? 1),
        personLike: e.kind === 'person' ? 1 : 0,
      },
    }
  })
}

// The body the role noun stands for, or null when no candidate clears the floor.
export function roleAntecedent(recent: readonly Entity[], ask: RoleAsk, w: RoleWeights = ROLE_WEIGHTS): Entity | null {
  let best: Entity | null = null
  let top = -Infinity
  let next = -Infinity
  for (const { entity, f } of roleFeatures(recent, ask)) {
    const score = w.nameHas * f.nameHas + w.described * f.described + w.kind * f.kind + w.bodyHere * f.bodyHere + w.spoke * f.spoke +
      w.salient * f.salient + w.samePara * f.samePara - w.distance * f.distance - w.rank * f.rank + w.mentions * f.mentions + w.personLike * f.personLike
    if (score > top) { next = top; top = score; best = entity } else if (score > next) next = score
  }
  return top > w.floor && top - next >= w.margin ? best : null
}

// Bodies, and names taken for a person's that spoke as one word, are written as a brand ("AirAsia") or carry
// the noun ("Bundesbank"), for a firm's noun or the noun they carry; in reach,
// or beyond it a body whose name carries the noun or one named often; never a place merely named; the modifiers
// ("the state agency") in its name.
function candidate(e: Entity, ask: RoleAsk, words: readonly string[]): boolean {
  // (Beyond FAR none is, whatever its name: most of the recent entities of a long article, so its name is not read.)
  if (ask.para - e.para > FAR) return false
  if (ask.para - e.para > REACH && !(nameHas(e, words) || Math.min(MENTIONS, e.mentions ?? 1) >= 3)) return false
  // (A state speaks as itself, never as "the police" or "the company": "United States".)
  if (isPlace(e.name) || STATES.has(e.name) || placeLike(e) && e.spokeAt < 0) return false
  if (e.kind === 'person') {
    const carries = nameHas(e, words)
    // ("Frozen foods supplier Lamb Weston": a name the article gave a firm's noun is a firm's, whatever it looks like.)
    const firmNamed = [...e.roles].some((r) => FIRM_HEADS.has(r))
    // ("Brakk Heinel disputed the study, saying it stands by its recipe": a longer name heard speaking as a firm, speaking-firms.ts.)
    const speaksFirm = FIRM_HEADS.has(ask.head) && speaksAsFirm(e, ask.genders)
    if (!(!/\s/.test(e.name) && e.spokeAt >= 0 || BRAND.test(e.name) || carries || firmNamed || speaksFirm) || isGivenName(fold(e.name.split(' ')[0]!)) || (ask.genders?.of(e.name) ?? null) !== null) return false
    if (!FIRM_HEADS.has(ask.head) && ask.head !== 'group' && !carries) return false
  } else if (e.kind !== 'organisation') return false
  // ("The CIA declined to comment. ... A lawyer was shot, police said": a force is a body named as one, or none: "police".)
  // ("The court decided ... but said" after the PLA: a court, an embassy or a committee is named as one; a body
  // named otherwise is another body, and the noun a new one.)
  if ((FORCES.has(ask.head) || CARRIED.has(ask.head)) && !nameHas(e, words)) return false
  // ("A ministry official" in a story naming only a firm: no ministry's.)
  if (PUBLIC_HEADS.has(ask.head) && kindFit(e, ask.head) < 0 && !nameHas(e, words)) return false
  const name = folded(e.name)
  return ask.mods.every((m) => GENERIC.has(m) || name.includes(m.slice(0, 5)))
}

// "The contract chipmaker expects" seven paragraphs after "Taiwan Semiconductor Manufacturing Company": in a
// story that names one firm and no other body within FAR, a firm's noun is that firm, whatever came since
// (people, outlets, places). Null when there are two bodies or none.
function soleFirm(recent: readonly Entity[], ask: RoleAsk): Entity | null {
  let found: Entity | null = null
  for (const e of recent) {
    if (ask.para - e.para > FAR || e.kind !== 'organisation' || isPlace(e.name) || STATES.has(e.name)) continue
    if (found || officialName(e.name) || ask.mods.some((m) => !GENERIC.has(m) && !folded(e.name).includes(m.slice(0, 5)))) return null
    found = e
  }
  return found
}

function nameHas(e: Entity, words: readonly string[]): boolean {
  const nameWords = wordsOf(e.name)
  // ("Bundesbank" is a bank, "AirAsia" an airline's name: the noun opening or closing one word of it.)
  return words.some((w) => nameWords.includes(w) || w.length >= 3 && nameWords.some((n) => n.startsWith(w)) || w.length >= 4 && nameWords.some((n) => n.endsWith(w)))
}

const STATES = new Set(STATE_OF_CAPITAL.values())
const FORCES = new Set(['police', 'military', 'army', 'navy', 'coastguard'])
const CARRIED = new Set(['court', 'tribunal', 'embassy', 'consulate', 'committee', 'council', 'commission'])
const STATE_ANY_CASE = new RegExp(STATE_BODY.source, 'i')
const officialName = memo((name: string) => publicBody(name) || STATE_ANY_CASE.test(name))
// A name written as a brand, a capital inside a word: "AirAsia", "WeWork", "JPMorgan Chase".
const BRAND = /\p{Ll}\p{Lu}/u
const GENERIC = new Set(['central', 'national', 'state', 'federal', 'same', 'new', 'local', 'main', 'other', 'whole'])

// Bodies that are no firm though no state's either: "the company" is never a regulator's "Center for Drug Review".
const NOT_FIRM = /\b(?:center|centre|institute|university|college|school|foundation|association|society|academy|hospital|museum|program|programme|federation|council|committee)\b/i

function kindFit(e: Entity, head: string): number {
  // ("the company said" after "the FDA" and the firm: a public body's short name is no firm's, public-initials.ts.)
  const official = officialName(e.name) || publicInitials(e.name)
  if (FIRM_HEADS.has(head)) return official || NOT_FIRM.test(e.name) ? -1 : 1
  if (PUBLIC_HEADS.has(head)) return official ? 1 : -1
  return 0
}
