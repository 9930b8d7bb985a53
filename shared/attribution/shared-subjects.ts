// The subject a second verb shares with the first ("The study surveyed 112
// hospitals and found that ..."), split from subjects.ts.

import type { Token } from './nlp.ts'
import { CALENDAR_DAY, phraseEndingAt, type Phrase } from './noun-phrases.ts'
import { allCap } from './apposed-names.ts'

// "The study surveyed 112 hospitals and found that ...": the second verb
// shares the subject that opens the sentence before its first verb.
export function sharedSubject(tokens: readonly Token[], floor: number, and: number): Phrase | null {
  let k = floor
  // ("Vietnam is one of ... and has accused": after "and has", an auxiliary may be the first verb.)
  const aux = tokens[and + 1]?.pos === 'AUX'
  while (k < and && tokens[k]!.pos !== 'VERB' && !(aux && tokens[k]!.pos === 'AUX')) k++
  // ("Analysts at X, retaining their rating, cut ..., and described": a participle's aside after the subject is
  // passed over; the subject ends before its first comma.)
  let end = k - 1
  if (k < and && tokens[k - 1]?.lower === ',' && /ing$/.test(tokens[k]!.lower)) {
    let close = k + 1
    while (close < and && tokens[close]!.lower !== ',') close++
    let next = close + 1
    while (next < and && tokens[next]!.pos !== 'VERB') next++
    if (close < and && next < and - 1) { end = k - 2; k = next }
  }
  if (k === floor || k >= and - 1) return null
  const opener = openingSubject(tokens, floor, end + 1)
  // (The nearer clause first: "The launch came after Kim inspected ... and called".)
  return clauseSubject(tokens, floor, and) ?? opener
}

// The subject before the sentence's first verb at k, when it opens the sentence.
function openingSubject(tokens: readonly Token[], floor: number, k: number): Phrase | null {
  // "Valtronix Inc on Thursday cut ..., and said": the day between subject and verb is passed over.
  let j = k - 1
  if (j - 2 >= floor && CALENDAR_DAY.test(tokens[j]!.lower) && tokens[j - 1]!.lower === 'on') j -= 2
  if (tokens[j]?.lower === ',') {
    const name = phraseEndingAt(tokens, floor, j - 1)
    return name && apposedName(tokens, floor, name) ? name : null
  }
  const phrase = placedSubject(tokens, floor, phraseEndingAt(tokens, floor, j))
  // The subject opens the sentence, or follows its dateline ("SAN JOSE (Reuters) - Valtronix ...").
  // ("On Thursday, Swift took ... and accused": after an opening phrase and its comma too.)
  const opening = phrase !== null && tokens[phrase.a - 1]?.lower === ',' && tokens[floor]!.pos === 'ADP'
  // ("Hong Kong chaos: China deploys troops and warns": after a headline's colon.)
  return phrase && (phrase.a === floor || /^(?:-|—|–|:)$/.test(tokens[phrase.a - 1]!.lower) || opening) ? phrase : null
}

// ("The mayor of Surabaya, Tri Rismaharini, comforted ... and urged": a name set off after the role that opens the sentence.)
function apposedName(tokens: readonly Token[], floor: number, phrase: Phrase): boolean {
  if (tokens[phrase.a - 1]?.lower !== ',' || !allCap(tokens, phrase.a, phrase.b) || tokens[floor]!.pos !== 'DET') return false
  for (let k = floor; k < phrase.a - 1; k++) if (/^(?:VERB|AUX|PUNCT)$/.test(tokens[k]!.pos)) return false
  return true
}

const SUBORDINATOR = /^(?:after|before|when|while|as|since|once|because|until)$/
// "The launch came a day after Kim Jong-un inspected a factory and called for ...": the subject of the
// clause's own verb, a name opening a time or reason clause, is the subject "and" shares.
function clauseSubject(tokens: readonly Token[], floor: number, and: number): Phrase | null {
  for (let v = and - 1; v > floor && and - v <= 12; v--) {
    const t = tokens[v]!
    if (/^[.;:,"“”]$/.test(t.lower)) return null
    if (t.pos !== 'VERB') continue
    const phrase = phraseEndingAt(tokens, floor, v - 1)
    const named = phrase !== null && tokens.slice(phrase.a, phrase.b).some((n) => n.cap && n.pos === 'PROPN')
    return phrase && named && phrase.a > floor && SUBORDINATOR.test(tokens[phrase.a - 1]!.lower) ? phrase : null
  }
  return null
}

// ("Analysts at Bernstein cut ... and described": a group placed by "at" or "of" a name, from the group's noun.)
function placedSubject(tokens: readonly Token[], floor: number, phrase: Phrase | null): Phrase | null {
  if (!phrase || phrase.a - 2 < floor || !/^(?:at|of|from)$/.test(tokens[phrase.a - 1]!.lower)) return phrase
  const group = phraseEndingAt(tokens, floor, phrase.a - 2)
  return group && group.a === floor && tokens[group.b - 1]!.pos === 'NOUN' && /s$/.test(tokens[group.b - 1]!.lower) ? { ...phrase, a: group.a } : phrase
}
