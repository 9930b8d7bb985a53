// What a pronoun or role noun stands for across the article ("he", "the
// expert", "the ministry", "the document"): the named party in reach (GUIDE
// decision 4), read from the discourse's recent entities. Split from
// discourse.ts, which keeps who was mentioned and how.

import type { Discourse } from './discourse.ts'
import type { Entity } from './entity.ts'
import type { Speaker } from './speakers.ts'
import { fold } from './fold.ts'
import { textFor } from './text-pronouns.ts'
import { hasRole } from './role-synonyms.ts'
import { soleHolder } from './sole-holders.ts'
import { resolvePronoun } from './pronoun-resolve.ts'
import { onePerson } from './pronoun-persons.ts'
import { roleAntecedent } from './role-antecedents.ts'
import { isDeputy, isPlace, latestReporter, latestSpeaker } from './entity-picks.ts'

// How far back (in paragraphs) a pronoun or role noun may reach.
export const REACH = 3
// The texts only a paper prints.
const OWN_TEXTS = /^(?:editorial|commentary|commentaries|editorials)$/
// A text any author writes, a paper's when the paper spoke of it.
const ARTICLES = /^articles?$/
// States by the canonical names and initials the list of places lacks.
const STATE_NAMES = /^(?:United States|United Kingdom|ROK|DPRK|PRC|Republic of Korea|Democratic People's Republic of Korea|People's Republic of China)$/
const GENERIC_TEXTS = new Set(['document', 'text', 'paper', 'documents', 'texts', 'papers'])

// The entity a pronoun or role noun stands for in discourse `d`, or null when none is in reach;
// `recent` is d's recent entities, latest first.
export function resolveIn(d: Discourse, recent: readonly Entity[], speaker: Speaker, para: number): Entity | null {
  const inReach = (e: Entity) => para - e.para <= REACH
  if (speaker.type === 'pronoun' && speaker.text) return textFor(recent, para)
  if (speaker.type === 'pronoun') return resolvePronoun(speaker.unlike?.length ? recent.filter((e) => !speaker.unlike!.includes(e.name)) : recent, speaker.word, para, REACH, d.genders, d.now())
  if (speaker.type !== 'role') return null
  // ("the paper quoted him" after "a Japanese daily paper reported": a newspaper, where no paper as a text was named.)
  // (Out of reach too, when an outlet reported and no paper as a text was named: "according to the Washington Post. ... The paper said".)
  const paper = speaker.group === 'document' && speaker.head === 'paper' && !speaker.mods.length && !recent.some((e) => e.kind === 'document' && fold(e.name).endsWith(' paper'))
  const reporters = recent.filter((e) => e.kind === 'outlet')
  // "the communique" is the last communique named, else the last text.
  if (speaker.group === 'document' && !(paper && latestReporter(reporters))) {
    // ("The lawsuit said ... State police said ... The lawsuit says": the last text, met bare, is the same text;
    // "report says" in a headline, then "a study by X found", then "the report": the study, as before.)
    const lastText = recent.find((e) => e.kind === 'document')
    return recent.find((e) => e.kind === 'document' && fold(e.name).endsWith(` ${speaker.head}`))
      ?? (lastText && fold(lastText.name) === speaker.head ? lastText : null)
      // ("the joint communique" is left to the article's fuller name for it, documents.ts.)
      ?? (speaker.named ? d.mention(speaker.named, 'document', para, [], false) : null)
      ?? (speaker.mods.length ? null : textOfBody(d, recent, speaker.head, para)) ?? recent.find((e) => e.kind === 'document') ?? null
  }
  // "the newspaper said" after "the Financial Times reported": the outlet that reported, not one merely named ("(Reuters)").
  // (Out of reach, the outlet that reported last: a wire story relaying one broadcast says "the radio" to its end.)
  // (An outlet reports by its own cue or by relaying another's words: "Mainichi quoted Nippon Steel as saying ... The paper said".)
  if (speaker.group === 'outlet' || paper) return latestReporter(reporters.filter(inReach)) ?? reporters.find(inReach) ?? latestReporter(reporters)
  // "RIA reported ... the agency said": a news agency in reach, unless a body named "... Agency" is.
  if (speaker.head === 'agency' && (speaker.mods.includes('news') || !d.hasBodyNamed('agency', para))) {
    const outlet = latestSpeaker(recent.filter((e) => e.kind === 'outlet' && inReach(e)))
    if (outlet) return outlet
  }
  if (speaker.group === 'org') {
    // "The government has denied ...": the government of the country the story is filed from, not another body.
    if (speaker.head === 'government' && d.country && !recent.some((e) => e.kind === 'organisation' && fold(e.name).includes('government') && inReach(e))) {
      return d.mention(`${d.country} government`, 'organisation', para, [], false)
    }
    // ("The company said", "the bank said": one scored choice among the bodies in reach, role-antecedents.ts.)
    return roleAntecedent(recent, { head: speaker.head, mods: speaker.mods, para, genders: d.genders })
  }
  const named = (e: Entity) => e.kind === 'anonymous' && fold(e.name).includes(speaker.head)
  // "the prime minister" is not the deputy prime minister named last: a deputy's role needs "deputy" said.
  const deputy = speaker.mods.some(isDeputy)
  const rank = (e: Entity) => deputy || !(e.roles.has('deputy') || e.roles.has('vice'))
  const fits = (e: Entity) => hasRole(e.roles, speaker.head) && speaker.mods.every((m) => e.roles.has(m) || m === 'same') && rank(e)
  // ("The Bat spokeswoman said": a body's spokesperson is one the article named so, else its unnamed one.)
  // (Else the one person in reach who holds the role: "Russian presidential spokesman Dmitry Peskov ... the key statements
  // of the Kremlin representative"; with two, neither.)
  if (speaker.body) return recent.find((e) => (e.kind === 'person' || e.kind === 'anonymous') && fits(e)) ?? soleHolder(recent, speaker.head, (e) => inReach(e) && rank(e))
  // ("White House spokesman Marlin Fitzwater ... the presidential spokesman added": the nearer of an unnamed one
  // and a person holding the role, job-roles.ts.)
  return recent.find((e) => (e.kind === 'person' || e.kind === 'anonymous') && fits(e) || named(e) && inReach(e) && speaker.mods.every((m) => fold(e.name).includes(m)))
    // ("a Palestinian official told AFP ... [four paragraphs on Blinken] ... The Palestinian official based in Gaza said": the unnamed
    // source whose name has every word the role noun's modifiers give, a little further back, before one who merely holds the role.)
    ?? (speaker.mods.length ? recent.find((e) => named(e) && para - e.para <= 2 * REACH && speaker.mods.every((m) => fold(e.name).includes(m))) : undefined)
    ?? recent.find((e) => inReach(e) && (named(e) || (e.kind === 'person' || e.kind === 'anonymous') && hasRole(e.roles, speaker.head) && rank(e)))
    ?? recent.find((e) => (e.kind === 'person' || e.kind === 'anonymous') && hasRole(e.roles, speaker.head) && rank(e))
    ?? recent.find((e) => (e.kind === 'person' || e.kind === 'anonymous') && e.roles.has(speaker.head))
    // ("the source told Reuters" is never the named person who spoke last: a source is unnamed, or it is the one met before.)
    ?? (speaker.owned || UNNAMED_ONLY.test(speaker.head) ? null : latestSpeaker(recent.filter((e) => e.kind === 'person' && onePerson(e) && inReach(e))))
}

const UNNAMED_ONLY = /^(?:sources?|insiders?)$/

// "the Kremlin press service said ... the statement reads": a kind of text
// not met before is the text of the body named last in this paragraph
// ("Kremlin statement"); "the document" or "the text" are any text.
function textOfBody(d: Discourse, recent: readonly Entity[], head: string, para: number): Entity | null {
  if (GENERIC_TEXTS.has(head)) return null
  // (In this paragraph or the one before: "the Kremlin press service said.\n\n"...," the statement said.")
  // (Else the body that spoke last in reach: "Big Machine Records issued a statement. [A heading.] The statement claimed".)
  // (The body that spoke there before one merely named: "Two United States service members ..., the US military said in a statement.")
  // (A state merely named is no text's issuer: "condemn the deeds of the U.S. ..., the appeal said"; one that spoke is.)
  const issuer = (e: Entity) => e.kind === 'organisation' && !isPlace(e.name) && (e.spokeAt >= 0 || !STATE_NAMES.test(e.name))
  const near = recent.find((e) => (issuer(e) || e.kind === 'document') && para - e.para <= 1)
  const body = (near?.kind === 'organisation' ? latestSpeaker(recent.filter((e) => issuer(e) && para - e.para <= 1)) : null) ?? near ??
    latestSpeaker(recent.filter((e) => issuer(e) && para - e.para <= REACH))
  // ("Rodong Sinmun carried an editorial ... the editorial notes": a paper's own kind of text is the paper's.)
  // ("Rodong Sinmun Monday in an article says ... the article says": an article is the paper's only when the paper spoke.)
  const nearOutlet = (e: Entity) => e.kind === 'outlet' && para - e.para <= 1
  // ("Pyongyang (KCNA) -- Rodong Sinmun Monday in an editorial says ... the editorial says": the paper that spoke, before the agency merely named.)
  const paper = OWN_TEXTS.test(head) ? latestReporter(recent.filter(nearOutlet)) ?? recent.find(nearOutlet) : ARTICLES.test(head) ? latestReporter(recent.filter(nearOutlet)) : undefined
  if (paper) return d.mention(`${paper.name} ${head}`, 'document', para, [], false)
  if (!body || body.kind !== 'organisation') return null
  return d.mention(`${body.name} ${head}`, 'document', para, [], false)
}

