// What a sentence leaves in the discourse for the sentences after it: who
// spoke and who was named (for pronouns and role nouns later), the one the
// sentence is about, texts it names, one who declined to comment. Split from
// suggest.ts's sentence pass.

import { speaksOfItself } from './self-bodies.ts'
import { placedOnly } from './placed-words.ts'
import type { Attribution, Resolved } from './attribute.ts'
import { resolveSpeaker } from './attribute.ts'
import type { Article } from './article.ts'
import type { Cue } from './cues.ts'
import type { Sentence } from './sentences.ts'
import type { Speaker } from './speakers.ts'
import { textsIssuedIn } from './issued-texts.ts'
import { textsSentIn } from './sent-texts.ts'
import { declinerOf } from './declines.ts'
import { reportedPronoun } from './pronoun-subjects.ts'
import { bodyInTitle, describedAsBody } from './title-bodies.ts'
import { fold } from './fold.ts'
import { eventParticipants } from './event-participants.ts'
import { subjectLast } from './subject-salience.ts'
import { introducedPerson, narrated, sentenceSubject } from './sentence-subjects.ts'
import { bodySubject } from './body-subjects.ts'
import { unnamedSubject } from './unnamed-subjects.ts'
import { jobBefore } from './job-roles.ts'
import { onlyAsDataOwner } from './data-providers.ts'
import { listedInSentence } from './share-owners.ts'
import { namesAThing } from './common-initialisms.ts'

// Records sentence s's speakers and names, given its cues, their speakers and its attribution.
export function remember(article: Article, s: Sentence, cues: readonly Cue[], resolved: ReadonlyMap<Cue, Resolved>, attribution: Attribution | null): void {
  const { text, tokens, quote, discourse, named } = article
  // Remember who spoke and who was named, for pronouns and role nouns later.
  // (The relay first: "The statement, carried by KUNA, said ... It said" is the statement again;
  // the sentence's main speaker last, as the one who spoke last: "The NAO said the latest figures showed ... It also said".)
  const relay = (c: Cue) => attribution?.via != null && c !== attribution.main && resolved.get(c)?.name === attribution.via
  const order = attribution ? [...cues.filter(relay), ...cues.filter((x) => x !== attribution.main && !relay(x)), ...cues.filter((x) => x === attribution.main)] : cues
  // (A speaker that says "it ... its" of itself, by its verb or its participle ("disputed the study, saying it stands by
  // its recipe"), is a body, self-bodies.ts.)
  const self = attribution !== null && cues.some((c) => (c === attribution.main || c.kind === 'participle') && speaksOfItself(tokens, c.verb, s.to))
  for (const c of order) {
    const r = resolved.get(c)
    if (!r) continue
    const spoke = attribution !== null && (c === attribution.main || attribution.cues.includes(c) && !reportedPronoun(c, cues))
    const roles = c.speaker?.type === 'name' ? c.speaker.titles : boundRole(c.speaker, r)
    const descriptor = [...phraseDescriptor(c), ...(self && c === attribution.main ? ['body'] : [])]
    const body = bodyInTitle(text, tokens, c)
    if (body) discourse.mention(discourse.canonical(body).name, 'organisation', s.para, [], false)
    discourse.mention(r.name, r.kind, s.para, [...roles, ...descriptor], spoke, r.kind === 'document' && !attribution?.viaSeen ? attribution?.via ?? null : null)
  }
  // ("Brakk Heinel took issue with the study, saying it ...": a speaker found by no cue's resolution, participles.ts, spoke too.)
  if (attribution && attribution.main.kind === 'participle' && ![...resolved.values()].some((r) => r.name === attribution.source)) {
    discourse.mention(attribution.source, attribution.kind, s.para, self ? ['body'] : [], true)
  }
  const words = text.slice(s.start, s.end)
  // (The sentence's dateline place, read once for all its names.)
  let place: string | null | undefined
  for (const speaker of s.heading || s.index === 0 ? named[s.index]! : subjectLast(named[s.index]!, words, (n) => { const c = discourse.canonical(n); return c.kind === 'person' ? c.name : null })) {
    // ("according to LSEG data": the figures' provider is no party of the story, data-providers.ts.)
    // ("demand for AI processors": an initialism naming a thing is no party either, common-initialisms.ts.)
    if (onlyAsDataOwner(words, speaker.name) || namesAThing(speaker.name)) continue
    const { name, kind } = discourse.canonical(speaker.name)
    // ("Pyongyang, March 2 (KCNA) -- The spokesman ...": the dateline's place is no person a "he" may stand for.)
    if (kind === 'person' && (place === undefined ? place = datelinePlace(words) : place) === speaker.name) continue
    if (kind === 'person' && placedOnly(words, speaker.name)) continue
    const body = describedAsBody(text, s, speaker.name)
    const job = kind === 'person' && !body ? jobBefore(text, tokens, s, speaker.name) : []
    // ("Shares of Japan's Nidec slumped": a listed firm, whatever its name looks like, share-owners.ts.)
    const listed = kind === 'person' && listedInSentence(words, speaker.name) ? ['company'] : []
    if (!isAlready(resolved, name)) discourse.mention(name, body ? 'organisation' : kind, s.para, body ? [...speaker.titles, 'body'] : [...speaker.titles, ...job, ...listed], false)
  }
  // ("Russian Ambassador Alexandr Matsegora made a speech. ... , he noted": the person the sentence is about.)
  const subject = attribution || s.heading ? null : sentenceSubject(text, tokens, quote.inside, s, named[s.index]!, (n) => discourse.canonical(n))
  if (subject) discourse.subject(subject.name, s.para, subject.speaks, subject.placed)
  const body = subject || attribution || s.heading ? null : bodySubject(text, tokens, quote.inside, s, named[s.index]!, (n) => discourse.canonical(n))
  if (body) discourse.subject(body, s.para, false)
  const unnamed = subject || body || attribution || s.heading ? null : unnamedSubject(text, tokens, quote.inside, s)
  const about = unnamed ? resolveSpeaker(unnamed.speaker, discourse, s.para) : null
  if (about?.kind === 'anonymous') { discourse.mention(about.name, about.kind, s.para, [], false); discourse.subject(about.name, s.para, unnamed!.speaks, unnamed!.placed) }
  // ("300 000 people ... took part in the candlelight rally. They condemned": the rally's participants, event-participants.ts.)
  const crowd = subject || body || attribution || s.heading ? null : eventParticipants(words)
  if (crowd) { discourse.mention(crowd, 'anonymous', s.para, [], false); discourse.subject(crowd, s.para, false) }
  const introduced = subject || attribution || s.heading ? null : introducedPerson(text, tokens, quote.inside, s, named[s.index]!, (n) => discourse.canonical(n))
  if (introduced) discourse.subject(introduced, s.para, false)
  if (narrated(tokens, quote.inside, s)) discourse.narrator(s.para)
  // (The outlet that passed the sentence's words on reported them, for "the paper said" later; not one
  // the speaker told, "told Reuters", a venue.)
  if (attribution?.via && attribution.via !== attribution.venue) discourse.relayed(attribution.via, s.para)
  for (const name of textsIssuedIn(words)) if (!discourse.entity(name)) discourse.mention(name, 'document', s.para, [], false)
  for (const name of textsSentIn(words, named[s.index]!, (n) => discourse.canonical(n).name)) if (!discourse.entity(name)) discourse.mention(name, 'document', s.para, [], false)
  // (One who declined to comment is the one a pronoun's quotation after turns to.)
  const decliner = attribution ? null : declinerOf(words, named[s.index]!, (n) => discourse.canonical(n).kind === 'person')
  if (decliner) discourse.mention(discourse.canonical(decliner).name, 'person', s.para, [], true)
}

// A role noun bound to a named party keeps naming it: "the prime minister told ..." resolved to Tony Blair,
// a later "the prime minister said" is Blair again, not the deputy prime minister named since; "the group"
// resolved to WeWorkers Coalition stays the coalition, not a firm mentioned since (role-antecedents.ts' `described`).
export function boundRole(speaker: Speaker | null, r: Resolved): readonly string[] {
  if (speaker?.type !== 'role' || speaker.body) return []
  if (speaker.group === 'person' && r.kind === 'person') return [speaker.head, ...speaker.mods]
  return speaker.group === 'org' && r.kind === 'organisation' ? [speaker.head] : []
}

// ("Ministry of Economic Development" is already there as "Russian Ministry of Economic Development".)
function isAlready(resolved: ReadonlyMap<Cue, Resolved>, name: string): boolean {
  const key = fold(name)
  for (const r of resolved.values()) if (r.name === name || fold(r.name).endsWith(` ${key}`)) return true
  return false
}

function phraseDescriptor(c: Cue): string[] {
  return c.descriptor
}

// A wire's dateline opening the sentence: "Pyongyang, March 2 (KCNA) --", "MOSCOW, March 3. /TASS/.".
const DATELINE = /^([\p{L} .'-]{2,40}),\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}\.?\s*(?:\([^()\n]{1,30}\)|\/[^/\n]{1,30}\/)/u
const datelinePlace = (words: string): string | null => DATELINE.exec(words)?.[1]!.trim() ?? null
