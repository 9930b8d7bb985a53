// Relay phrases that name the outlet after the speaker's own cue (GUIDE 5):
// "Siluanov said, as quoted by RIA Novosti", "said in remarks carried by
// IRNA", "was quoted by Interfax as saying", "according to Interfax, which
// cited a diplomatic source". Each adds an outlet cue (or the inner
// speaker's cue) to the sentence's cues, so compose makes the outlet `via`.
// Where the speaker spoke ("told the Izvestia daily") is read first, in relay-venues.ts.

import type { Cue, SentenceView } from './cues.ts'
import { kindOfName } from './kinds.ts'
import { BE } from './lexicon.ts'
import type { Token } from './nlp.ts'
import { outletName } from './outlet-shape.ts'
import type { Phrase } from './phrases.ts'
import { phraseStartingAt, subjectBefore } from './phrases.ts'
import type { Speaker } from './speakers.ts'
import { describe } from './speakers.ts'
import { relayedActs } from './relayed-acts.ts'
import { reportersOf } from './reporter-venues.ts'
import { monitoredReports } from './monitored-reports.ts'
import { asOutlet, describedOutlet } from './outlet-shapes.ts'
import { subordinateReports } from './subordinate-reports.ts'
import { authoredPiece, authoredVenues } from './authored-pieces.ts'
import { isRelayOutlet, venues } from './relay-venues.ts'
import { possessedRelays } from './possessed-relays.ts'

const isOutlet = (s: Speaker | null): s is Extract<Speaker, { type: 'name' }> => isRelayOutlet(current, s)

const PASSED_ON = /^(?:quoted|cited|carried|relayed|aired|broadcast|published|run|reported|seen|obtained|reviewed)$/
// What a speaker said that an outlet carries: "in remarks carried by", "in a statement published by".
const SAID_THING = /^(?:remarks|comments|statement|statements|interview|words|message|speech|address|post|video|letter|op-ed|article|note|memo|email|document|documents|commentary)$/


function relayCue(kind: Cue['kind'], tokens: readonly Token[], a: number, b: number, speaker: Speaker, inQuote: boolean, leading: boolean, trailing: boolean): Cue {
  return { kind, start: tokens[a]!.start, end: tokens[b - 1]!.end, verb: a, speaker, inQuote, leading, trailing, venue: null, quotedOuter: null, descriptor: [] }
}

// A one-word masthead: "the Tribune", "the Herald".
const MASTHEAD = /^(?:times|post|herald|tribune|gazette|journal|chronicle|observer|telegraph|courier|mirror|express|sun|star|mail|standard|guardian|independent|economist|inquirer|bulletin|dispatch|examiner|globe|clarion)$/
const ORG_NAME = /\b(?:Ministry|Department|Office|Agency|Service|Council|Committee|Commission|Police|Army|Forces|Government|Bank|Court|Union|Institute|University|Party)\b/i
const PUBLISHES = /^(?:reported|reports|wrote|writes|published|publishes|revealed|reveals)$/

// "..., The Clarion-Ledger reported": a capitalised "The" inside the sentence
// before a name, or "the" before a one-word masthead, marks an outlet (a
// person never takes "the"); only with a verb outlets use for their stories.
// "..., Haaretz reported, citing security officials": a name that reports
// what it cites is an outlet (a body or a person would say it).
function mastheads(view: SentenceView, cues: Cue[]): void {
  const { tokens, from } = view
  const citing = cues.some((c) => c.kind === 'citing' && !c.inQuote)
  for (const c of cues) {
    if (c.kind !== 'verb' || c.speaker?.type !== 'name' || c.speaker.titles.length || !PUBLISHES.test(tokens[c.verb]!.lower)) continue
    // ("The Russian Defense Ministry reported new strikes": a body reports too.)
    if (ORG_NAME.test(c.speaker.name)) continue
    if (citing && !c.inQuote) { c.speaker = { ...c.speaker, titles: ['outlet'] }; continue }
    // ("The United States reported 1,000 cases": a country reports its own figures.)
    if (kindOfName(c.speaker.name) === 'organisation') continue
    let a = c.verb - 1
    while (a > from && tokens[a]!.lower !== 'the' && (tokens[a]!.cap || tokens[a]!.lower === '-') && c.verb - a <= 4) a--
    const the = tokens[a]!
    const words = c.verb - a - 1
    if (the.lower !== 'the' || the.start !== c.start || words < 1) continue
    if (the.text === 'The' && a > from || words === 1 && MASTHEAD.test(tokens[c.verb - 1]!.lower)) c.speaker = { ...c.speaker, titles: ['outlet'] }
  }
}

// An outlet's own text: "according to a report in the Washington Post" is the Post itself (GUIDE 5);
// so is its own count: "according to a tally by Yonhap", "according to a tally by AFP".
const OUTLET_TEXTS = /^(?:report|article|story|investigation|editorial|commentary|analysis|interview|piece|dispatch|tally)$/

function outletTexts(view: SentenceView, cues: Cue[]): void {
  const { text, tokens, to } = view
  for (const c of cues) {
    if (c.kind !== 'according' || c.speaker?.type !== 'document' || tokens[c.verb]!.lower !== 'according') continue
    const doc = phraseStartingAt(tokens, c.verb + 2, to)
    if (!doc || !OUTLET_TEXTS.test(tokens[doc.b - 1]!.lower)) continue
    // "an article published on Tuesday by the Kommersant daily"
    let k = doc.b
    if (/^(?:published|run|carried|aired|broadcast)$/.test(tokens[k]?.lower ?? '')) k++
    if (tokens[k]?.lower === 'on' && /day$/.test(tokens[k + 1]?.lower ?? '')) k += 2
    if (!/^(?:by|in|from|on)$/.test(tokens[k]?.lower ?? '')) continue
    const p = phraseStartingAt(tokens, k + 1, to)
    const read = p ? asOutlet(describe(text, tokens, p)) : null
    // ("in the state-run Global New Light of Myanmar newspaper", "on the Mada Masr website": the described name as written,
    // also over an outlet the phrase reader cut out of it at "of" ("Myanmar newspaper").)
    const written = k + 1 >= to ? null : describedOutlet(text, tokens[k + 1]!.start)
    const described = written && (!isOutlet(read) || written.name !== read.name && ` ${written.name} `.includes(` ${read.name} `)) ? written : null
    const outlet = described ? { type: 'name' as const, name: described.name, titles: ['outlet'] } : read
    if (!p || !isOutlet(outlet)) continue
    const end = described?.end ?? tokens[p.b - 1]!.end
    c.speaker = outlet
    c.end = Math.max(c.end, end)
    // The outlet cue "published by X" adds for another's text is this one now.
    const twin = cues.findIndex((o) => o !== c && o.kind === 'according' && o.start >= tokens[p.a]!.start && o.end <= end)
    if (twin >= 0) cues.splice(twin, 1)
  }
}

// "The Kyiv Independent, citing its own sources, said": the outlet's own unnamed sources, new here, not a group met before.
function ownSources(view: SentenceView, cues: Cue[]): void {
  const { tokens, to } = view
  for (const c of cues) {
    if (c.kind === 'citing') {
      // "X reported, citing Y, that ...": the content follows the aside, it does not end before it.
      let k = c.verb
      while (k < to && tokens[k]!.end < c.end) k++
      if (tokens[k + 1]?.lower === ',' && tokens[k + 2]?.lower === 'that' && k + 2 < to) c.trailing = false
    }
    if (c.kind !== 'citing' || c.speaker?.type !== 'anonymous' || !/^(?:its|their)$/.test(tokens[c.verb + 1]?.lower ?? '')) continue
    const outlet = cues.find((o) => o !== c && isOutlet(o.speaker))?.speaker
    if (outlet?.type !== 'name') continue
    const head = c.speaker.head ?? 'source'
    c.speaker = { type: 'anonymous', name: `${outletName(outlet.name)} ${head.replace(/s$/, '')}s (anonymous)`, definite: false, head }
  }
}

// Adverbs that may stand inside "was quoted": "was also quoted", "was later cited".
const BE_ADVERB = /^(?:also|later|further|earlier|again|widely|previously|reportedly|once)$/
// "in today's edition of the armed forces newspaper Harian AB", "in the latest issue of Der Spiegel": the outlet
// after the edition that printed the words.
const EDITION_WORDS = /^(?:the|its|this|latest|current|new|today|yesterday|sunday|monday|tuesday|wednesday|thursday|friday|saturday|week|weekend|morning|evening|'s|’s)$/
function editionOf(k: number): number {
  for (let j = k; j < k + 5; j++) {
    if (/^(?:edition|issue)$/.test(word(j)) && word(j + 1) === 'of') return j + 2
    if (!EDITION_WORDS.test(word(j))) return k
  }
  return k
}

// Role nouns for an outlet (outlet-anaphors.ts resolves them), and the words someone owns that an outlet passes on.
const OUTLET_ROLE = /^(?:outlet|paper|newspaper|agency|publication|daily|magazine|broadcaster|network|website|tabloid)$/
const OWNED_WORDS = /^(?:comments?|remarks|words|statements?|opinion|views?|assessment)$/

const WHEN = /^(?:late|early|on|last|this|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|night|morning|evening|week)$/

// The sentence being read, for the helpers below (no closures made per sentence: see cues.ts).
let current: SentenceView | null = null
function word(k: number): string {
  const v = current!
  return k >= v.from && k < v.to ? v.tokens[k]!.lower : ''
}
function outletAt(k: number, role = false): [Phrase, Extract<Speaker, { type: 'name' }>] | null {
  const v = current!
  const p = phraseStartingAt(v.tokens, editionOf(k), v.to)
  const s = p ? describe(v.text, v.tokens, p) : null
  if (p && isOutlet(s)) return [p, s]
  // ("as quoted by the newspaper", "whose comment is quoted by the publication": for a speaker's words, the outlet
  // named by its role noun, which outlet-anaphors.ts reads as the outlet the article last named.)
  const named = role && p && p.b - p.a === 2 && word(p.a) === 'the' && OUTLET_ROLE.test(word(p.a + 1))
  return named ? [p, { type: 'name', name: v.text.slice(v.tokens[p.a]!.start, v.tokens[p.b - 1]!.end), titles: ['outlet'] }] : null
}

export function relayCues(view: SentenceView, cues: Cue[]): void {
  ownSources(view, cues)
  outletTexts(view, cues)
  mastheads(view, cues)
  venues(view, cues)
  authoredVenues(view, cues)
  const { text, tokens, from, to, inside } = view
  current = view
  // (No closure in this loop reads `i`: V8 would allocate a context for it at every token.)
  for (let i = from + 1; i < to - 1; i++) {
    const w = tokens[i]!.lower
    // ("was quoted as saying late Thursday by Interfax": a time may stand before the agent.)
    let by = i + 1
    if (w === 'saying') while (by < to - 1 && by < i + 4 && WHEN.test(word(by))) by++
    // ("said in remarks published in the daily Al-Qabas": the words printed in an outlet.)
    // ("Xing Wangli, a spokesman for the regulator quoted in China Daily", "was quoted in Kommersant as saying".)
    // ("said Lavrov as quoted on Russian network RT": words a broadcaster or site aired.)
    const quotedIn = w === 'quoted' && word(i + 1) === word(by) && (word(by) === 'in' || word(by) === 'on' && word(i - 1) === 'as')
    // (A piece the speaker wrote, "an opinion article published in X", is printed there, not relayed: authored-pieces.ts.)
    const inPrint = word(by) === 'in' && /^(?:published|carried|printed|run)$/.test(w) && SAID_THING.test(word(i - 1)) && !authoredPiece(tokens, i - 1, from) || quotedIn
    if (tokens[by]!.lower !== 'by' && !inPrint && w !== 'cited' && w !== 'quoted' && w !== 'reported') continue
    const q = inside[i] === 1
    // "..., as quoted by RIA Novosti", "in remarks carried by IRNA", "was quoted as saying by Interfax".
    if ((PASSED_ON.test(w) || w === 'saying' && word(i - 1) === 'as') && (word(by) === 'by' || inPrint)) {
      const before = word(i - 1)
      // ("he was also quoted by the official PAP news agency as saying": an adverb between the verb's parts.)
      const beAt = BE_ADVERB.test(before) && BE.has(word(i - 2)) ? i - 2 : i - 1
      // ("Wu Xinbo, whose comment is quoted by the publication, ...": the owner's words the outlet passed on, an aside.)
      const whose = BE.has(word(beAt)) && word(beAt - 2) === 'whose' && OWNED_WORDS.test(word(beAt - 1))
      const passive = BE.has(word(beAt)) && /^(?:quoted|cited)$/.test(w) && !whose
      // "Lavrov, quoted by RIA Novosti, said": an aside naming the outlet.
      // ("The statement, carried by the Kuwait News Agency KUNA, said": a text the outlet passed on.)
      const aside = before === ',' && /^(?:quoted|cited|carried|relayed|broadcast|aired|published)$/.test(w)
      // "Ivanov was cited as saying by Interfax": the subject spoke ("was quoted as saying" is a cue already).
      const citedAs = w === 'saying' && word(i - 2) === 'cited' && BE.has(word(i - 3))
      // "The plan was first reported by Bloomberg, which cited ...": the outlet that broke the news.
      const broke = w === 'reported' && (BE.has(before) || /^(?:first|initially|originally)$/.test(before))
      // "an audio recording obtained by The New York Times", "the memo, which was reviewed by Axios": a text the outlet got hold of.
      // (Only beside a speaker's own cue: the outlet that holds a text does not speak its words.)
      const gotHold = /^(?:seen|obtained|reviewed)$/.test(w) && (/^(?:NOUN|PROPN)$/.test(tokens[i - 1]!.pos) || /^(?:to|of|for)$/.test(word(i - 2)) || before === ',' ||
        BE.has(before) && /^(?:which|that)$/.test(word(i - 2))) && cues.some((c) => !c.inQuote && c.kind === 'verb' && !isOutlet(c.speaker))
      if (!(before === 'as' || SAID_THING.test(before) || passive || citedAs || aside || broke && !whose || gotHold || quotedIn || whose)) continue
      const found = outletAt(by + 1, before === 'as' || aside || whose || passive || citedAs)
      if (!found) continue
      const [p, outlet] = found
      if (cues.some((c) => c.start <= tokens[p.a]!.start && c.end >= tokens[p.b - 1]!.end && c.kind !== 'verb')) continue
      // ("said in a statement carried by TASS last week that ...": the content follows the relay.)
      let after = p.b
      while (after < to && after < p.b + 3 && /^(?:last|this|on|week|month|year|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(word(after))) after++
      // (A text got hold of, named before the speaker's cue, leaves the content after it: "In a letter obtained by X, Holt said ...".)
      // ("... in remarks published in X there were no plans": printed words run on after the outlet.)
      const closes = inPrint ? after >= to - 1 || /^[,.;]$/.test(word(after)) : word(after) !== 'that'
      const own = relayCue('according', tokens, i, p.b, outlet, q, false, closes && !(gotHold && after < to - 1 && word(after) === ','))
      if (/^(?:seen|obtained|reviewed)$/.test(w)) own.seenBy = true
      // (The reader's "the publication quoted" cue for the aside's verb is this relay now.)
      if (whose) { const at = cues.findIndex((c) => c.kind === 'verb' && c.start === tokens[beAt]!.start); if (at >= 0) cues.splice(at, 1) }
      if (passive || citedAs) {
        // "Siluanov was quoted by RIA Novosti as saying": the subject spoke; the outlet's "verb" cue was the agent's.
        // ("was quoted in the Herald newspaper saying": printed words need no "as".)
        const bare = quotedIn && word(p.b) === 'saying'
        if (passive && word(p.b) !== 'as' && !bare) continue
        const be = passive ? beAt : i - 3
        const at = cues.findIndex((c) => c.kind === 'verb' && c.start === tokens[be]!.start)
        if (at >= 0) cues.splice(at, 1)
        const subject = subjectBefore(tokens, from, be, (k) => inside[k] === 1)
        const speaker = subject ? describe(text, tokens, subject) : null
        if (!subject || !speaker) continue
        const afterComma = subject.a > from && /^(?:,|"|”|'')$/.test(word(subject.a - 1))
        cues.push(relayCue('verb', tokens, subject.a, passive ? Math.min(to, p.b + (bare ? 1 : 2)) : i + 1, speaker, q, !afterComma, afterComma))
      }
      cues.push(own)
      continue
    }
    // "according to Interfax, which cited a diplomatic source": the outlet's own source speaks through it.
    // "RIA Novosti cited Lavrov as saying": like "quoted ... as saying", the cited speaker speaks through the outlet.
    // ("The daily al-Riyadh reported Prince Sultan as saying": "reported" so, with "as saying" after the one it names.)
    const reportedAs = w === 'reported' && !BE.has(word(i - 1))
    if ((w === 'cited' || reportedAs) && !BE.has(word(i - 1))) {
      const at = verbCueIndex(cues, i)
      const inner = phraseStartingAt(tokens, i + 1, to)
      if (at >= 0 && inner && word(inner.b) === 'as' && (!reportedAs || word(inner.b + 1) === 'saying') && isOutlet(cues[at]!.speaker)) {
        const speaker = describe(text, tokens, inner)
        if (speaker) {
          const c = cues[at]!
          cues[at] = { ...c, kind: 'quoted', speaker, quotedOuter: c.speaker, end: tokens[inner.b - 1]!.end, leading: true, trailing: false }
          continue
        }
      }
    }
    // ("a report by the Washington Post that cited three officials": no comma before "that".)
    const relative = /^(?:which|who|that)$/.test(word(i - 1))
    if (/^(?:cited|quoted)$/.test(w) && relative && (word(i - 2) === ',' || word(i - 1) === 'that')) {
      const comma = tokens[i - 2]!.start
      // (Or the cue the reader made of the relative clause itself: "Bloomberg, which cited".)
      const outletBefore = cueBefore(tokens, i, word(i - 2) === ',' ? comma : -1)
      // ("according to the newspaper, which cited four officials": an outlet named by its role noun too.)
      if (!cues.some((c) => outletBefore(c) && (isOutlet(c.speaker) || c.speaker?.type === 'role' && c.speaker.group === 'outlet'))) continue
      const p = phraseStartingAt(tokens, i + 1, to)
      const speaker = p ? describe(text, tokens, p) : null
      if (p && speaker && !isOutlet(speaker)) cues.push(relayCue('citing', tokens, i, p.b, speaker, q, false, true))
    }
  }
  possessedRelays(view, cues, isOutlet)
  relayedActs(view, cues)
  subordinateReports(view, cues)
  reportersOf(view, cues)
  monitoredReports(view, cues)
}

// The index of the verb cue whose verb is token i, or -1.
function verbCueIndex(cues: readonly Cue[], i: number): number {
  for (let n = 0; n < cues.length; n++) if (cues[n]!.kind === 'verb' && cues[n]!.verb === i) return n
  return -1
}

// The cue a relative clause at token i hangs on: one ending at the comma before it (comma >= 0) or at token i - 2.
function cueBefore(tokens: readonly Token[], i: number, comma: number): (c: Cue) => boolean {
  return comma >= 0 ? (c) => c.end <= comma && c.end >= comma - 1 || c.verb === i : (c) => c.end === tokens[i - 2]!.end
}
