// Who each cue of a sentence names: the speaker resolved through the
// article's discourse, then the naming fixes that read the sentence around
// the cue (a masthead quoting, a reporter's desk, a group's members, a
// ministry's country). Split from suggest.ts's sentence pass.

import type { Resolved } from './attribute.ts'
import { resolveSpeaker } from './attribute.ts'
import type { Article } from './article.ts'
import { outletInitials } from './outlet-initials.ts'
import type { Cue } from './cues.ts'
import type { Sentence } from './sentences.ts'
import { issuedText } from './issued-texts.ts'
import { membersOf } from './anonymous-names.ts'
import { groupOfBody } from './group-bodies.ts'
import { kindStaff } from './kind-staff.ts'
import { namedPair } from './pair-persons.ts'
import { ministryCountry } from './minister-countries.ts'
import { subjectBefore } from './pronoun-subjects.ts'
import { appositiveHead, appositiveSpeaker } from './appositive-heads.ts'
import { relativeClauseSpeaker } from './clause-pronouns.ts'
import { surnameSpeaker } from './surname-roles.ts'
import { definitePerson } from './definite-persons.ts'
import { describedGroup } from './described-groups.ts'
import { firstText, fullDocument, namedDocument, orgHere, unmetRole } from './fallbacks.ts'
import { headlineText, knownText } from './headline-texts.ts'
import { describedAsBody } from './title-bodies.ts'
import { firmInName } from './firm-in-names.ts'
import { bodyOfficer } from './body-officers.ts'
import { adjunctSpeaker } from './statement-adjuncts.ts'
import { venueObjectSpeaker } from './venue-objects.ts'
import { firstConjunct } from './first-conjuncts.ts'
import { describedName } from './described-names.ts'
import { isUnnamedMedia } from './unnamed-media.ts'
import { isUnnamedOutlet } from './unnamed-outlets.ts'
import { reportsFor } from './outlet-reporters.ts'
import { bindPronoun } from './pronoun-binding.ts'
import { clauseIt } from './clause-it.ts'
import { personBeforeChain } from './chain-persons.ts'

// The speaker each cue of sentence s names; a cue naming none is left out.
export function resolveCues(article: Article, s: Sentence, cues: readonly Cue[]): Map<Cue, Resolved> {
  const { text, tokens, quote, discourse, documents, describedOutlets, reporters, kinds, named } = article
  const resolved = new Map<Cue, Resolved>()
  for (const c of cues) {
    bindPronoun(c, text, s, discourse)
    const r = personBeforeChain(text, s, c, discourse) ?? bodyOfficer(text, tokens, s, c) ?? adjunctSpeaker(text, tokens, s, c, discourse) ?? venueObjectSpeaker(text, tokens, s, c, discourse) ?? firstConjunct(text, tokens, s, c, discourse) ?? describedName(c, text, discourse, s.para) ?? relativeClauseSpeaker(text, s, c, discourse) ?? orgHere(c, text, s, discourse) ?? clauseIt(text, tokens, quote.inside, s, c, named[s.index]!, discourse) ?? subjectBefore(text, tokens, quote.inside, s, c, discourse) ?? appositiveHead(text, s, c, discourse) ?? issuedText(c, text) ?? appositiveSpeaker(text, s, c, discourse) ?? surnameSpeaker(text, c, discourse) ?? definitePerson(c, text, discourse, s.para) ?? resolveSpeaker(c.speaker, discourse, s.para) ?? namedDocument(c.speaker, documents) ?? firstText(c)
    if (!r) continue
    if (c.kind === 'quoted' && c.quotedOuter) {
      const said = resolveSpeaker(c.quotedOuter, discourse, s.para)
      // ("Rikanovic was quoted by Borba as saying" after "the daily Borba": a masthead the article described.)
      const outer = said?.kind === 'person' && describedOutlets.has(said.name) || said?.kind === 'organisation' && said.named && outletInitials(text).has(said.name) ? { ...said, kind: 'outlet' as const } : said
      // ("Veselnitskaya quoted Trump Jr as saying": a person quoting another is the outermost speaker, GUIDE 4.)
      if (outer?.kind === 'person' && outer.named || quotingSource(outer)) { r.name = outer!.name; r.kind = outer!.kind }
      if (outer?.kind === 'outlet' || isUnnamedMedia(outer)) r.via = outer.name
    }
    if (r.kind === 'document' && r.named && r.name.includes(' ')) r.name = fullDocument(r.name, documents, tokens, s)
    if (r.kind === 'person' && r.named && describedAsBody(text, s, r.name)) r.kind = 'organisation'
    // (A name the tagger did not read as one, "Josh Earnest", is learnt from its cue for the short forms after.)
    if (r.kind === 'person' && r.named) discourse.learnName(r.name)
    if (r.kind === 'document' && /^\p{Ll}+$/u.test(r.name)) r.name = headlineText(text, tokens, s, r.name) ?? knownText(r.name, discourse) ?? r.name
    // ("a Japanese daily paper reported": an outlet, though unnamed, passes on what it reports.)
    if (r.kind === 'anonymous' && isUnnamedOutlet(r.name)) r.kind = 'outlet'
    // (Initials the article gave an outlet read as a body's: "Omer, quoted by SUNA, said" after "Sudan News Agency (SUNA)".)
    if (r.kind === 'person' && r.named && describedOutlets.has(r.name) || r.kind === 'organisation' && r.named && outletInitials(text).has(r.name)) r.kind = 'outlet'
    // ("one commenter said, per Feng" after "NPR's Emily Feng": her outlet relays the one speaking inside;
    // alone, "Wee reported", the reporter speaks as a person.)
    const desk = r.kind === 'person' && cues.length > 1 && reportsFor(c.kind) ? reporters.outletOf(r.name) : null
    if (desk) { r.name = desk; r.kind = 'outlet' }
    if (r.kind === 'anonymous') r.name = firmInName(r.name, text.slice(s.start, c.start), named[s.index]!, (n) => discourse.canonical(n))
    const namedBefore = (n: string) => text.slice(s.start, c.start).includes(n)
    if (r.kind === 'anonymous') r.name = membersOf(r.name, discourse, namedBefore, s.para, paragraphBefore(text, c.start)) ?? groupOfBody(r.name, discourse, kinds, namedBefore) ?? kindStaff(r.name, discourse, s.para, namedBefore) ?? describedGroup(r.name, text, tokens, c.start, text.slice(Math.max(0, c.start - 20), c.end)) ?? r.name
    if (r.kind === 'organisation') r.name = ministryCountry(r.name, text) ?? r.name
    const pair = r.kind === 'anonymous' ? namedPair(r.name, text.slice(c.start, c.end), text.slice(Math.max(0, c.start - 2000), c.start), discourse) : null
    if (pair) { r.name = pair[0]; r.kind = 'person'; r.named = false }
    resolved.set(c, r)
  }
  // (Only when nothing else in the sentence speaks: "..., the ministry said, citing customs figures" keeps the figures.)
  if (resolved.size === 0) for (const c of cues) { const r = unmetRole(c, tokens); if (r) resolved.set(c, r) }
  return resolved
}

// "British diplomatic sources quoted Howe as saying", "The sources quoted Poehl as saying": an unnamed
// source that quotes someone is the outermost speaker that is no outlet (GUIDE 4), as a person is. Unnamed
// media relay instead (unnamed-media.ts). (Bodies are left as they were: "They quoted an Iranian soldier"
// after the agency IRNA reads "they" as Iran, and on the blind set a body quoting gained nothing.)
const PRESS = /\b(?:news|newspapers?|papers?|press|media|agenc(?:y|ies)|reports?|radio|television|tv|outlets?|broadcasters?)\b/i
function quotingSource(outer: Resolved | null): boolean {
  return outer?.kind === 'anonymous' && !PRESS.test(outer.name) && !isUnnamedMedia(outer)
}

// The words of the paragraph before `at` (a bounded look back).
const paragraphBefore = (text: string, at: number) => text.slice(Math.max(0, at - 400), at).split('\n').at(-1)!
