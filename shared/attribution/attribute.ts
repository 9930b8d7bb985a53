// One sentence's attribution from its cues (GUIDE decisions 4-6): the source
// is the outermost speaker that is not an outlet; an outlet that passes it on
// is `via`; an outlet alone is the source itself; "told the Global Times" is
// a venue. Speakers are resolved against the discourse here.

import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import type { SourceKind } from './kinds.ts'
import type { Speaker } from './speakers.ts'
import { isDomain } from './domain-outlets.ts'
import { fold } from './fold.ts'
import { isDistributor, knownOutlet, looksLikeOutlet, namesMasthead } from './outlets.ts'
import { officeOf } from './offices.ts'
import { singular } from './entity-picks.ts'
import { ORG_ROLES } from './lexicon.ts'
import { firstConjunct } from './coordinated.ts'
import { venueOutlet } from './outlet-shapes.ts'
import { resolveGroupWord } from './group-words.ts'
import { trailingAccording } from './trailing-according.ts'
import type { Publisher } from './publisher.ts'
import { staffFirm } from './firm-staff.ts'
import { FIRM_STAFF } from './speaker-words.ts'
import { ownedStaffName } from './owned-roles.ts'

export interface Resolved {
  name: string
  kind: SourceKind
  via: string | null
  // The speaker was named here, not reached through a pronoun or role noun.
  named: boolean
}

export interface Attribution {
  source: string
  kind: SourceKind
  via: string | null
  venue: string | null
  main: Cue
  cues: Cue[]
  otherSources: string[]
  confidence: number
  // The relay is an outlet that saw a text ("a draft seen by X"), see Cue.seenBy.
  viaSeen?: boolean
}

export function resolveSpeaker(speaker: Speaker | null, discourse: Discourse, para: number): Resolved | null {
  if (!speaker) return null
  switch (speaker.type) {
    case 'name': {
      if (isDistributor(speaker.name)) return null
      if (isDomain(speaker.name)) return { name: speaker.name, kind: 'outlet', via: null, named: true }
      // "the central bank" after "the Bank of Russia": the body named before (GUIDE 4).
      const body = /^\p{Ll}/u.test(speaker.name) ? discourse.bodyFor(speaker.name.split(/\s+/), para) : null
      if (body) return { name: body.name, kind: body.kind, via: null, named: false }
      const outletTitle = speaker.titles.some((t) => /^(?:broadcaster|newspaper|agency|daily|outlet|channel|network|paper|tabloid|magazine)$/.test(t))
      // An outlet is no short form of a longer person-like name ("the Rybar Telegram channel" is Rybar).
      if (outletTitle) return { name: knownOutlet(speaker.name) ?? speaker.name.replace(/^the\s+/i, ''), kind: 'outlet', via: null, named: true }
      const { name, kind } = discourse.canonical(firstConjunct(speaker.name, discourse) ?? speaker.name)
      // "the Deepwater monitoring group": described by a body's role noun, a body.
      return { name, kind: kind === 'person' && ORG_ROLES.has(speaker.titles.at(-1) ?? '') ? 'organisation' : kind, via: null, named: true }
    }
    case 'document': {
      // ("a report by the South China Morning Post", read as "South China Morning Post report": the outlet speaking.)
      const owner = speaker.owner ?? (/^\p{Lu}/u.test(speaker.name) || isDomain(speaker.name.split(' ')[0]!) ? speaker.name.replace(/\s+(?:report|article|story)$/, '') : null)
      const outlet = owner ? knownOutlet(owner) ?? (owner !== speaker.name && (looksLikeOutlet(owner) || isDomain(owner)) ? owner : undefined) : undefined
      if (outlet) return { name: outlet, kind: 'outlet', via: null, named: true }
      return { name: speaker.name.replace(/^(?:the|a|an)\s+/i, ''), kind: 'document', via: null, named: true }
    }
    case 'anonymous': {
      if (speaker.continues) return resolveGroupWord(speaker.name, discourse, para)
      if (speaker.ordinal !== undefined && speaker.head) {
        const name = discourse.numbered(speaker.name, speaker.head, speaker.ordinal, speaker.definite === true)
        if (name) return { name, kind: 'anonymous', via: null, named: true }
      }
      // ("The suspect, Michael Webb, was convicted ... The suspect said": the person the article gave the role, job-roles.ts.)
      const holder = speaker.definite && speaker.head && speaker.name === `${speaker.head} (anonymous)` ? discourse.personWithRole(speaker.head) : null
      if (holder) return { name: holder.name, kind: 'person', via: null, named: false }
      const plural = speaker.definite ? /^(\p{Ll}+s) \((?:anonymous|unnamed)\)$/u.exec(speaker.name.replace(/^(?:the|these|those)\s+/i, ''))?.[1] : undefined
      // ("the analysts" after "analysts at Barclays": the firm, firm-staff.ts.)
      const group = plural ? discourse.groupNamedBy(plural) ?? (FIRM_STAFF.test(plural) ? staffFirm(plural, discourse.inReach(para)) : null) : null
      if (group) return { name: group, kind: 'organisation', via: null, named: false }
      // "the officials", "one of the officials": the unnamed group met before.
      // ("the U.S. officials" after "a second U.S. official": a plural with its description is the group too.)
      const earlier = speaker.definite && speaker.head ? discourse.resolveAnonymous(speaker.head, plural !== undefined || !singular(speaker.name)) : null
      if (earlier) return { name: earlier.name, kind: 'anonymous', via: null, named: false }
    }
      return { name: speaker.name.replace(/^(?:the|a|an)\s+/i, ''), kind: 'anonymous', via: null, named: true }
    case 'office': {
      const office = officeOf(discourse, speaker.owner, speaker.titles, para)
      return office ? { name: office.name, kind: office.kind, via: null, named: false } : null
    }
    default: {
      if (speaker.type === 'role' && speaker.owner) return { name: ownedStaffName(speaker.owner, discourse, para), kind: 'anonymous', via: null, named: false }
      const entity = discourse.resolve(speaker, para)
      if (entity) return { name: entity.name, kind: entity.kind, via: entity.kind === 'document' ? entity.via : null, named: false }
      if (speaker.type === 'role' && speaker.body) return { name: `${discourse.canonical(speaker.body).name} ${speaker.head} (anonymous)`, kind: 'anonymous', via: null, named: false }
      if (speaker.type === 'role' && speaker.group === 'person') return { name: `${speaker.head} (anonymous)`, kind: 'anonymous', via: null, named: false }
      // "The man who the police said ...": a public force needs no antecedent ("the company" does).
      if (speaker.type === 'role' && speaker.group === 'org' && /^(?:police|military|army|navy|coastguard)$/.test(speaker.head)) return { name: [...speaker.mods, speaker.head].join(' '), kind: 'organisation', via: null, named: false }
      return null
    }
  }
}

const VERBAL = new Set(['verb', 'quoted'])

export function compose(cues: readonly Cue[], resolved: ReadonlyMap<Cue, Resolved>, publisher: Publisher): Attribution | null {
  const outer = cues.filter((c) => !c.inQuote && c.kind !== 'anonymity' && c.kind !== 'participle' && resolved.has(c))
  if (outer.length === 0) return null
  const isOutlet = (c: Cue) => resolved.get(c)!.kind === 'outlet'
  const outlets = outer.filter((c) => isOutlet(c) && !insideContent(c, outer))
  let others = outer.filter((c) => !isOutlet(c))
  // "X did Y, the Post reported, saying also that Duke said ...": a speaker inside the report's participle
  // clause is part of what the outlet reported; the words before its cue are the outlet's own.
  if (others.length && outlets.length && insideReport(cues, outlets[0]!, others)) others = []
  let transparent = false
  if (others.length === 0) {
    // "a CNBC report noted that '... the Kremlin said ...'": the outlet is transparent.
    const inner = cues.filter((c) => c.inQuote && VERBAL.has(c.kind) && resolved.has(c) && !isOutlet(c))
    if (inner.length) { others = inner; transparent = true }
  }
  let main: Cue | undefined
  const citing = others.find((c) => c.kind === 'citing')
  if (citing && outlets.length) {
    // "X said ..., Reuters reported, citing a source": the cited source is outermost.
    main = citing
  } else if (trailingAccording(others, resolved)) {
    main = trailingAccording(others, resolved)
  } else if (others[0]?.kind === 'according' && !others[0].trailing) {
    // "According to the Turkish presidency, Erdogan told Putin ...": the opening source is outermost (GUIDE 4).
    main = others[0]
  } else if (others.length) {
    const verbal = others.filter((c) => VERBAL.has(c.kind))
    // "X rose, data from Y showed, a rise that Z said ... W claimed": the first trailing cue is outermost.
    // ("A reorganization that has been criticized by diplomats ..., officials said": a nested passive is not.)
    main = verbal.find((c) => c.trailing && !c.nested) ?? verbal.find((c) => c.trailing) ?? verbal[0] ?? others[0]!
  } else {
    main = outlets[0]!
  }
  if (!main) return null
  const source = resolved.get(main)!
  let via: string | null = null
  let viaSeen = false
  for (const c of outlets) {
    const name = resolved.get(c)!.name
    // The story's own outlet (its dateline) is never a relay of itself.
    if (c !== main && fold(name) !== fold(source.name) && !publisher.isOwn(name)) { via = name; viaSeen = c.seenBy === true; break }
  }
  via ??= source.via
  let venue = main.venue
  if (venue) {
    const outlet = venueOutlet(venue)
    venue = outlet
    // An interview given to another outlet reaches us through it (GUIDE 6).
    // (A wire agency's own copy carries its dateline: with none, "told Reuters" is relayed.)
    const wire = main.wireVenue || WIRES.has(outlet)
    if (!via && !main.ownPiece && (publisher.name ? !publisher.isOwn(outlet) : wire) && (isOutletName(outlet) || wire || main.shapedVenue)) via = outlet
  }
  const otherSources = outer.filter((c) => c !== main && !isOutlet(c)).map((c) => resolved.get(c)!.name)
  if (transparent) otherSources.push(...outlets.map((c) => resolved.get(c)!.name))
  const confidence = confidenceOf(main, source, via !== null)
  return {
    source: source.name, kind: source.kind, via, venue, main,
    cues: [...cues.filter((c) => c.kind === 'participle' && !c.inQuote), ...outer, ...(transparent ? [main] : [])]
      .sort((x, y) => x.start - y.start),
    otherSources: [...new Set(otherSources)].filter((n) => fold(n) !== fold(source.name)),
    confidence, ...(viaSeen ? { viaSeen } : {}),
  }
}

// "The Treasury said that it had added ...": a pronoun after another
// speaker's leading cue is part of what that speaker said, not a relay.
function insideContent(c: Cue, outer: readonly Cue[]): boolean {
  return c.speaker?.type === 'pronoun' && outer.some((o) => o !== c && o.leading && o.end <= c.start && o.speaker?.type !== 'pronoun')
}

// Whether every other speaker of the sentence speaks after the outlet's cue, inside a participle
// clause ("saying", "adding") that follows it, the outlet's cue closing words of its own before it.
function insideReport(cues: readonly Cue[], outlet: Cue, others: readonly Cue[]): boolean {
  if (outlet.leading || outlet.kind !== 'verb') return false
  const participle = cues.find((c) => c.kind === 'participle' && !c.inQuote && c.start >= outlet.end && c.start - outlet.end < 40)
  return participle !== undefined && others.every((c) => c.kind === 'verb' && c.start > participle.start)
}

// News agencies whose stories always open with their dateline.
const WIRES = new Set(['Reuters', 'AP', 'AFP', 'Bloomberg', 'TASS', 'Xinhua', 'Interfax', 'RIA Novosti', 'dpa', 'Kyodo', 'Yonhap', 'ANSA', 'EFE', 'Anadolu', 'IRNA', 'KCNA', 'Jiji Press'])

// (A web address, "aif.ru", is a site's name as written: an outlet like a masthead, GUIDE 4-6.)
function isOutletName(name: string): boolean {
  return knownOutlet(name) !== undefined || isDomain(name) || namesMasthead(name) || /\b(?:Times|Post|News|Journal|Herald|Daily|TV)$/.test(name) || /^The \p{Lu}\p{Ll}+$/u.test(name)
}

function confidenceOf(main: Cue, source: Resolved, relayed: boolean): number {
  let c = main.kind === 'verb' ? 0.85 : main.kind === 'quoted' ? 0.85 : main.kind === 'citing' ? 0.75 : 0.9
  if (!source.named) c -= 0.1
  if (source.kind === 'anonymous') c -= 0.05
  if (relayed) c += 0.03
  return Math.round(Math.min(0.97, Math.max(0.3, c)) * 100) / 100
}
