// Whether a leading cue's reach runs on into the next sentences (GUIDE 3,
// "next": "Wang Xiaoquan said that X. Such cooperation is ..."). Only what a
// speaker says runs on, not a stance or a disclosure ("Beijing sees X as
// Y.", "Burry has disclosed put options."); and a sentence that reports an
// event of its own (a simple past, a time: "Shares fell 2% overnight.",
// "The budget, approved this week, has ...") or opens with the writer's
// transition ("By comparison, ...") is the writer's again.

import type { Attribution } from './attribute.ts'
import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import { REFUSALS, REPORTING } from './lexicon.ts'
import { wordList } from './word-lists.ts'

const SPEECH = wordList('said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|explained|explains|argued|argues|wrote|writes|stated|insisted|emphasised|emphasized|underlined|pointed|believes|recalled')
const THAT_SPEECH = wordList('concluded|concludes|state|states|warned|warns|maintained|maintains|contended|contends|claimed|claims|alleged|alleges|believe|believes|acknowledged|admitted|asserted|asserts|announced|announces')
const TIME = wordList('yesterday|today|tonight|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday')
const RECENT = wordList('last|this|earlier|later')
const PERIOD = wordList('week|month|year|quarter|morning|afternoon|evening|night|weekend')
const PAST = wordList('had|fell|rose|grew|came|went|took|made|won|lost|hit|cut|set|began|spent|paid|sold|bought|left|met|ran|saw|struck|sank|slid|jumped|climbed|dropped|closed|ended|gained|declined|surged|tumbled|plunged|killed|arrived|announced|signed|launched')

export function carriesOn(tokens: readonly Token[], a: Attribution): boolean {
  const c = a.main
  if (c.kind === 'quoted' || c.kind === 'citing' || c.kind === 'according') return true
  // ("The report concluded that ...", "The rules state that ...": a verb of saying with its "that" clause.)
  return c.kind === 'verb' && (SPEECH.test(tokens[c.verb]?.lower ?? '') || THAT_SPEECH.test(tokens[c.verb]?.lower ?? '') && thatAfter(tokens, c.verb + 1))
}

// The verb's "that" clause, right after it or after a short time or place
// phrase between commas: "announced on January 24, that ...".
const ADVERBIAL = new Set(['ADP', 'NUM', 'PROPN', 'NOUN', 'DET', 'ADJ', 'PUNCT'])
function thatAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 8 && k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.lower === 'that') return k === from || tokens[k - 1]!.text === ','
    if (!ADVERBIAL.has(t.pos) || t.pos === 'PUNCT' && t.text !== ',') return false
  }
  return false
}

// The writer's own transitions: "By comparison, ...", "Meanwhile, ...".
const TRANSITION = wordList('by comparison|in comparison|by contrast|in contrast|meanwhile|separately|elsewhere|earlier|later')

// An auxiliary a few words on, before any clause break.
function auxAhead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    if (tokens[k]!.pos === 'PUNCT') return false
    if (tokens[k]!.pos === 'AUX') return true
  }
  return false
}

// Content before a trailing cue ("X. Y, Sun said.") stops at such an event
// too, unless the sentence judges rather than narrates ("Nobody worked
// harder than Marsh.") or is a wire lede under its credit ("(Bloomberg) --").
export function narratesEvent(tokens: readonly Token[], s: Sentence): boolean {
  const first = tokens[s.from]
  if (!first || first.pos === 'PRON' || first.text === '(') return false
  return reportsEvent(tokens, s)
}

// The writer's notes on what could be checked and what is scheduled: "The figure could not be independently
// verified.", "Erdogan is due to visit Russia in January."
const CHECKED = wordList('verified|confirmed|reached')
function writersNote(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.from + 2; k < s.to; k++) {
    const w = tokens[k]!.lower
    if (CHECKED.test(w)) {
      let n = k - 1
      while (n > s.from && /^(?:independently|immediately|yet|be)$/.test(tokens[n]!.lower)) n--
      if (tokens[n]!.lower === 'not' && /^(?:could|can|cannot)$/.test(tokens[n - 1]?.lower ?? '') && tokens[k - 1]!.lower !== 'not') return true
    }
    if ((w === 'due' || w === 'scheduled') && tokens[k + 1]?.lower === 'to' && /^(?:is|are|was|were)$/.test(tokens[k - 1]!.lower)) return true
  }
  return false
}

export function reportsEvent(tokens: readonly Token[], s: Sentence): boolean {
  if (writersNote(tokens, s)) return true
  let opener = ''
  for (let k = s.from; k < Math.min(s.to, s.from + 3) && tokens[k]!.lower !== ','; k++) opener = opener ? `${opener} ${tokens[k]!.lower}` : tokens[k]!.lower
  if (TRANSITION.test(opener)) return true
  let verbSeen = false
  for (let k = s.from; k < s.to; k++) {
    const t = tokens[k]!
    if (TIME.test(t.lower) || RECENT.test(t.lower) && k + 1 < s.to && PERIOD.test(tokens[k + 1]!.lower)) return true
    if (verbSeen || t.pos !== 'VERB' && t.pos !== 'AUX') continue
    // ("Tankers linked to Iran have switched ...": a participle before the clause's own verb.)
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && auxAhead(tokens, k + 1, s.to)) continue
    verbSeen = true
    // ("The company also noted that ...", "They declined to be identified": a report, not an event.)
    if (REPORTING.has(t.lower) || REFUSALS.has(t.lower)) return false
    // The first verb of the sentence: a simple past ("fell", "were killed" is a passive event too).
    // (An adverb may stand between the auxiliary and its participle: "have increasingly switched".)
    let before = k - 1
    while (before > s.from && tokens[before]!.pos === 'ADV') before--
    if (PAST.test(t.lower) && (t.lower !== 'had' || t.pos === 'VERB') || t.pos === 'VERB' && /[^e]ed$/.test(t.lower) && tokens[before]?.pos !== 'AUX') return true
  }
  return false
}
