// The subject of a plain verb of saying that the describers leave without a
// speaker: "the companies said", "The real estate agent said", "The
// solicitation also notes". Whoever or whatever says something in news
// copy is the source of what it says (GUIDE 1), so a common noun phrase in
// that place is an unnamed source, named by its own words. Only verbs that
// report and nothing else qualify ("showed", "found" can be a subject's
// deeds). Reads the sentence in cue-sentence.ts.

import type { Phrase } from './phrases.ts'
import type { Speaker } from './speakers.ts'
import { from, text, to, tokens, word } from './cue-sentence.ts'
import { PAIRED } from './anonymous-phrase.ts'
import { ANONYMOUS_HEADS, ORG_ROLES, PERSON_ROLES } from './lexicon.ts'
import { looksLikeOutlet } from './outlets.ts'

export const SAYING = new Set(['said', 'says', 'say', 'told', 'tells', 'testified', 'testifies', 'claimed', 'claims', 'replied',
  'wrote', 'writes', 'insisted', 'insists', 'argued', 'argues', 'stated', 'explained', 'added', 'noted', 'notes', 'recalled'])
// Verbs of speaking whose subject can only be one who speaks (not "confirmed", "denied": "the data confirmed", "the vote denied him").
const SPEAKERS_ONLY = new Set(['announced', 'announces', 'accused', 'accuses', 'warned', 'warns', 'urged', 'urges', 'reported', 'reports',
  'alleged', 'alleges', 'asserted', 'asserts', 'admitted', 'admits', 'conceded', 'concedes', 'complained', 'complains', 'vowed', 'vows', 'pledged', 'pledges'])
// (A head that speaks: "the feds", "health authority", "defense ministries"; "a deal announced at the start" is a participle's thing.)
const speakerHead = (w: string) => ANONYMOUS_HEADS.has(w) || PERSON_ROLES.has(w.replace(/s$/, '')) || ORG_ROLES.has(w.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : ''))) ||
  /(?:ers|ors|ists|ians|feds)$/.test(w)
// A verb only a speaker does, with a head that speaks: "the feds announced", "The ministries accused ...".
export const speakerOnly = (verb: string, head: string) => SPEAKERS_ONLY.has(verb) && speakerHead(head)

const DETERMINER = /^(?:the|a|an|this|that|these|those|some|many|most|several|two|three|four|five|both|all)$/
// Nouns in a subject's place that speak for no one: times, amounts, and the grammar words.
const NO_SPEAKER = /^(?:minority|majority|half|day|days|week|weeks|month|months|year|years|time|times|percent|cent|%|lot|number|way|thing|things|part|rest|one|ones|it|what|which|who)$/

const OUTLET_HEADS = /^(?:site|website|paper|newspaper|outlet|network|broadcaster|channel|magazine|publication|daily|tabloid)$/
const CLAUSE_OPENERS = /^(?:and|but|while|as|because|when|after|since|so|though|although|if|that|whereas)$/

const relayAfter = (k: number) => k < to && (tokens[k]!.cap || word(k) === 'the' || word(k) === 'a')

// The capitalised run after "per" names an outlet: "per ESPN", "per the Boston Globe".
function outletAfter(k: number): boolean {
  let a = word(k) === 'the' ? k + 1 : k
  const start = a
  while (a < to && a - start < 6 && tokens[a]!.cap) a++
  return a > start && looksLikeOutlet(text.slice(tokens[start]!.start, tokens[a - 1]!.end))
}

export function plainSpeaker(p: Phrase, adjective = false): Speaker | null {
  // ("one commenter said, per Feng": a relay names the source the sentence is credited to.)
  // ("barrels per day", "per cent" are no relay: "per" credits a name or a "the" phrase.)
  // ("one parent said, per ESPN": an outlet credited is a relay, and the parent still speaks, GUIDE 5.)
  for (let k = from; k < to; k++) if (word(k) === 'per' && relayAfter(k + 1) && !outletAfter(k + 1) || word(k) === 'according') return null
  // The phrase must open its clause: "the world" in "Executives across the world say" is no subject,
  // nor "the calm dad" in "the calm dad who tells".
  const before = p.a > from ? tokens[p.a - 1]! : null
  if (before && before.pos !== 'PUNCT' && !CLAUSE_OPENERS.test(before.lower) || word(p.b) === 'who') return null
  return phraseSpeaker(p, adjective)
}

// ("..., said a resident who gave only his first name": the common noun after an inverted verb of saying,
// closing the sentence or followed by its relative clause.)
// ("..., said a dispatcher on the police scanner.", "said someone at the meeting": or a setting closing it.)
export function invertedPlain(p: Phrase, verb: string): Phrase | null {
  if (!SAYING.has(verb) || p.b < to && !/^(?:who|[.,;:])$/.test(word(p.b)) && !settingCloses(p.b)) return null
  return phraseSpeaker(p) ? p : null
}

// From k a place or occasion runs to the sentence's end, with no verb: "at the meeting.", "on the police scanner."
function settingCloses(k: number): boolean {
  if (!/^(?:at|in|on|during|from|with)$/.test(word(k))) return false
  for (let n = k + 1; n < to; n++) {
    if (word(n) === 'who') return true
    if (/^(?:VERB|AUX)$/.test(tokens[n]!.pos) || word(n) === ',' || n - k > 8) return false
  }
  return true
}

// The unnamed source a common noun phrase names: "a computer programmer", "the news site".
export function phraseSpeaker(p: Phrase, adjective = false): Speaker | null {
  const head = tokens[p.b - 1]!
  if (head.pos !== 'NOUN' && !(adjective && head.pos === 'ADJ') || NO_SPEAKER.test(head.lower)) return null
  // A capitalised head is a name, the describers' part; only a sentence's first word may be capitalised here.
  if (head.cap && p.b - 1 !== from) return null
  for (let k = p.a; k < p.b; k++) if (/^(?:PRON|VERB|AUX|ADP|PUNCT)$/.test(tokens[k]!.pos) && !/^[-']$/.test(tokens[k]!.lower)) return null
  // ("the news site", "the paper": an outlet named before.)
  if (OUTLET_HEADS.test(head.lower) && /^(?:the|this)$/.test(word(p.a))) return { type: 'role', head: head.lower, mods: [], group: 'outlet' }
  let a = p.a
  const definite = /^(?:the|this|that|these|those)$/.test(word(a))
  // ("Both sides said": "sides" names no one without its "both".)
  while (a < p.b - 1 && DETERMINER.test(word(a)) && !(word(a) === 'both' && PAIRED.test(head.lower))) a++
  const words = text.slice(tokens[a]!.start, head.end)
  // (Only a sentence's first word owes its capital to its place: "The House and Senate committees" keep theirs.)
  // ("Inner Mongolia health authority": nor a first word a capitalised one follows.)
  const lower = !tokens[a]!.cap || a === from && !(a + 1 < p.b && tokens[a + 1]!.cap)
  const name = lower ? `${words[0]!.toLowerCase()}${words.slice(1)}` : words
  return { type: 'anonymous', name: `${name} (anonymous)`, definite, head: head.lower.replace(/s$/, '') }
}
