// Relays carried from one sentence to another (GUIDE 5): within a
// paragraph a sentence takes the paragraph's nearest relay (the seed's
// "paragraph" rule) when its words can have come through it: the relayed
// speaker again, an anaphor, or (after the relay) a speaker the relayed
// words named. A speaker of its own is not what the outlet passed on
// ("Analysts said X. Honda has said Y. Z, Kyodo reported."; "X, Zhang said,
// according to CCTV. Yang said in a paper Y"), which matters most on pages
// that arrive as one long paragraph. An outlet that is itself the source
// ("According to NBC News, the talks stalled. '...,' Raffensperger said.")
// relays nothing: only a relay cue with an inner speaker spreads. Across paragraphs only a source known
// through the relay alone keeps it: one met again through an anaphor ("The
// official also said", "He added") whose every earlier word came through
// the same outlet, or a source an outlet cited or quoted that is later
// "quoted as saying" with no agent ("Kim said ..., the KCNA said. ... Kim
// was quoted as saying.").

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'
import { NO_PUBLISHER, type Publisher } from './publisher.ts'
import { onAir } from './on-air.ts'
import { namesSource, ownChannel } from './own-channels.ts'
import { answerContinuations } from './answer-continuations.ts'
import { agentlessQuote, quotedBy, quotedRelays } from './quoted-relays.ts'
import { seenRelays } from './seen-relays.ts'
import { spokeAtEvent } from './spoken-events.ts'
import { isPresentStance, isStanding } from './standing-positions.ts'
import { unnamedRelays } from './unnamed-relays.ts'
import { hasWord } from './word-places.ts'
import { citedByOwn } from './own-citations.ts'

// How much of the paragraph's relayed words a speaker's name is looked for in.
const RELAYED = 2_000
// (A piece the speaker wrote for a paper is its own words too: "in a contribution to the Handelsblatt daily", authored-pieces.ts.)
const OWN_STATEMENT = /\b(?:[Ii]n|[Ii]n an?|[Ii]n its|[Ii]n their|[Ii]n his|[Ii]n her)\s+(?:written\s+)?(?:statement|press release|email|e-mail|filing|op-ed|column|essay|contribution|(?:opinion|signed|guest)\s+(?:article|piece))\b/
const QUOTED = /\b(?:was|were|is|are) quoted as\b/
// "Aqazadeh had said": words said before, which the writer may know otherwise.
const SAID_BEFORE = /\bhad\s+(?:\w+\s+)?(?:said|told|stated|announced|declared)\b/

export function inheritRelays(text: string, own: (Attribution | null)[], paraOf: (i: number) => number, publisher: Publisher = NO_PUBLISHER,
  toPress: (i: number) => boolean = () => false, said: (i: number) => string = () => ''): void {
  seenRelays(text, own, publisher)
  // The nearest relay of the paragraph: the last one before, else the first after.
  const before: (string | null)[] = []
  let last: string | null = null
  let lastSource: string | null = null
  let interview = false
  let relayed = ''
  // Sources of the paragraph heard at a venue of their own ("But Rover told BBC News ..."): no relay's after that.
  const heard = new Set<string>()
  // Sentences beside the paragraph's relay that it was judged not to carry: no other relay of the source's reaches them.
  const passedOver = new Set<number>()
  own.forEach((a, i) => {
    if (i > 0 && paraOf(i) !== paraOf(i - 1)) { last = null; relayed = ''; heard.clear(); interview = false }
    // (An interview given to another outlet passes on the interviewee's words alone: "Tower ... told Time magazine.
    // ..., the bank said" is the bank's own word, not Time's.)
    const mine = !a || !heard.has(fold(a.source)) && (fold(a.source) === lastSource || !interview && (anaphoric(a) ? roleIn(a, relayed) : namedIn(a.source, relayed)))
    before.push(mine ? last : null)
    if (!mine && last !== null) passedOver.add(i)
    // (So is one met directly after the relay: "Cobb declined to comment on the Times report. '...,' he said.")
    if (a && !a.via && (a.venue || !mine && last !== null)) heard.add(fold(a.source))
    // (Bounded: the last few relayed sentences, so a page-long paragraph stays linear.)
    if (a?.via || a?.kind === 'outlet') relayed = `${relayed.slice(-RELAYED)} ${said(i)}`
    // (A source heard directly in between closes the words named so far: "Yildiz said ..., Anadolu reported.
    // Flightradar24 tweeted ... . [relayed words of others] By midafternoon, Yildiz said": the writer's own now.)
    else if (a && !mine) relayed = ''
    if (a?.via) { last = a.via; lastSource = fold(a.source); interview = a.venue !== null && fold(a.venue) === fold(a.via) }
    // ("In a statement, Qantas said ... . '...,' Mr Dixon said.": words from the party's own statement end the relayed run.)
    else if (a && a.kind !== 'outlet' && OWN_STATEMENT.test(said(i))) { last = null; relayed = '' }
  })
  // A source the writer quoted directly in an earlier paragraph ("Li told the Global Times")
  // still speaks directly beside another outlet's report ("Such a move would ..., Li said");
  // "he said" right beside the relayed words still takes the paragraph's relay.
  // (The headline and the lede summarise the story in the writer's words: "Hague says he will not stand", before
  // "Mr Hague told the Daily Telegraph", is no sign the writer heard him in person.)
  const directFrom = new Map<string, number>()
  const lede = ledeParagraph(own.length, paraOf)
  // (Nor is a sentence that follows the relay in its own paragraph, which takes the relay itself.)
  own.forEach((a, i) => { if (a && !a.via && paraOf(i) > lede && before[i] === null && !directFrom.has(a.source)) directFrom.set(a.source, paraOf(i)) })
  let next: { via: string; source: string } | null = null
  for (let i = own.length - 1; i >= 0; i--) {
    if (i + 1 < own.length && paraOf(i) !== paraOf(i + 1)) next = null
    const a = own[i]
    if (a?.via) { next = { via: a.via, source: fold(a.source) }; continue }
    if (!a || a.kind === 'outlet' || pressReports(a.source)) continue
    const ahead = next && fold(a.source) === next.source ? next.via : null
    const via = before[i] ?? ahead
    // ("Takaichi told reporters ... . Mao said, according to Xinhua, ...": words heard by the press in person are no outlet's.)
    // ("..., an expert told the Global Times": a sentence naming the outlet it was told to takes no other's relay.)
    if (via && !toPress(i) && !a.venue && !isStanding(text.slice(a.main.start, a.main.end)) &&
      !(isPresentStance(text.slice(a.main.start, a.main.end)) && !anaphoric(a)) && (anaphoric(a) || !((directFrom.get(a.source) ?? Infinity) < paraOf(i)))) own[i] = { ...a, via }
  }
  // The relay every earlier attribution of a source came through; null once one came without it.
  // ("Vale said in an email to the AP ... . [later paragraph] Vale said": a source the writer met only in
  // another outlet's interview is still quoted from it, named or not.)
  const throughOf = new Map<string, string | null>()
  const interviewed = new Set<string>()
  // Sources the headline and lede summed up with no channel: met again by name, they may have been heard directly.
  const summarised = new Set<string>()
  own.forEach((a, i) => {
    // ("Earlier, Zakharova published the interview on her Telegram channel": a source seen on a channel of its own
    // is no longer known through the relay alone, own-channels.ts.)
    if (!a?.via && ownChannel(said(i))) {
      for (const [source, through] of throughOf) if (through !== null && namesSource(source, said(i))) { throughOf.set(source, null); interviewed.delete(source) }
    }
    if (!a) return
    const through = throughOf.get(a.source)
    const cue = text.slice(a.main.start, a.main.end)
    // ("In a statement, Qantas said ... . '...,' Mr Dixon said": the party's own statement is heard directly, and
    // what its people say after it need not come through the outlet that quoted them before.)
    if (!a.via && a.kind !== 'outlet' && OWN_STATEMENT.test(said(i))) interviewed.clear()
    if (!a.via && through && a.kind !== 'outlet' && !toPress(i) && !SAID_BEFORE.test(cue) && !passedOver.has(i) &&
      (anaphoric(a) || interviewed.has(a.source) && !summarised.has(a.source) || QUOTED.test(cue))) own[i] = { ...a, via: through }
    const via = own[i]!.via
    // (Or first met in a text another outlet saw: "he said, according to a transcript reviewed by Business Insider";
    // or quoted by it: "The China Daily quoted Yang Jike as saying ... [later paragraph] Yang said".)
    // (Or first met in a story the writer's own outlet says it took from another: "News.Az reports, citing Reuters", own-citations.ts.)
    // (Not words that went out on a titled programme or a broadcast interview, which the writer may have watched: on-air.ts.)
    if (via && (a.venue && fold(a.venue) === fold(via) || own[i]!.viaSeen || quotedBy(a, via) && !publisher.isOwn(via) || citedByOwn(said(i), via, publisher)) &&
      (through === undefined || through === via) && !onAir(said(i))) interviewed.add(a.source)
    // ("Aziz was quoted as saying" with no outlet: words some outlet carried, which leave the relay open.)
    if (!via && agentlessQuote(text, a)) return
    // (The headline and the lede sum up the story before it says whose report it is: "Schlesinger said there was no
    // room for a cut. [next paragraph] Schlesinger was quoted by the daily Handelsblatt ... [later] He said": no sign
    // the writer heard the source otherwise, so they leave the relay open for an anaphor; a channel of their own does
    // not. Met again by name after an interview ("Sami said"), the source may have been heard directly: no relay.)
    if (!via && through === undefined && paraOf(i) <= lede && !a.venue && !toPress(i) && !spokeAtEvent(said(i)) && !OWN_STATEMENT.test(said(i))) {
      summarised.add(a.source)
      return
    }
    throughOf.set(a.source, through === undefined ? via : through === via ? via : null)
  })
  answerContinuations(own, paraOf, toPress)
  quotedRelays(text, own, toPress)
  unnamedRelays(own, paraOf)
}

// The paragraph of the lede: the first after the headline's.
function ledeParagraph(count: number, paraOf: (i: number) => number): number {
  if (count === 0) return -1
  for (let i = 1; i < count; i++) if (paraOf(i) !== paraOf(0)) return paraOf(i)
  return paraOf(0)
}

// "according to Chinese state press reports", "local media reports said": the press at large is a relay of its
// own, not words another outlet passed on.
const PRESS_REPORTS = /\b(?:press|media|newspaper|news)\s+reports?\b/i
const pressReports = (source: string) => PRESS_REPORTS.test(source)


// "Ding met Alckmin ..., according to Xinhua. Alckmin said": a speaker the relayed words named (in full or by the last word).
function namedIn(source: string, relayed: string): boolean {
  const name = source.replace(/\s*\(.*$/, '')
  const last = name.split(/\s+/).at(-1) ?? ''
  const word = (w: string) => hasWord(relayed, w, false)
  return name.length > 2 && word(name) || last.length > 2 && word(last)
}

// "the expert said" after "..., the CNR report said": a role noun the relayed words never used is someone met
// elsewhere, not what the outlet passed on; a pronoun may be anyone the relayed words named.
function roleIn(a: Attribution, relayed: string): boolean {
  const s = a.main.speaker
  const head = s?.type === 'role' || s?.type === 'anonymous' ? s.head : null
  if (s?.type === 'pronoun') return namedIn(a.source, relayed)
  return !head || new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(relayed)
}

// "the official", "the sources", "one of the people", "they": a source met before, not introduced here.
function anaphoric(a: Attribution): boolean {
  const s = a.main.speaker
  return s?.type === 'pronoun' || s?.type === 'role' || s?.type === 'anonymous' && s.definite === true
}
