// "said a report from Kotak Institutional Equities", "according to a report
// issued last year by the Office of the Independent Budget Analyst", "a
// study published in JAMA Psychiatry": a text whose issuer follows it is
// named after the issuer (GUIDE 4: the fullest form the article gives, as
// "the Kotak report" would be). Only a capitalised name counts, so "a
// report from last year" stays "report".

import type { Resolved } from './attribute.ts'
import type { Cue } from './cues.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'

// The words after the text's noun: a participle with up to three words of time or place, then "by" or "from"
// ("published in" a journal too; "in" after anything else is a time or a place: "a report in March").
const ISSUED = /^\s+(?:(issued|released|published|produced|prepared|compiled|commissioned|written|conducted)\s+(?:[\p{L}\d,]+\s+){0,3}?)?(by|from|in)\s+(?:the\s+)?(\p{Lu}[\p{L}\d.&'’-]*(?:[ \u00a0]+(?:(?:of|for|on|and|&|the)[ \u00a0]+)*\p{Lu}[\p{L}\d.&'’-]*){0,8})/u
const NOT_ISSUERS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/

export function issuedText(c: Cue, text: string): Resolved | null {
  const s = c.speaker
  // ("a report" with no owner, "the new report": the text's noun in lower case.)
  const head = s?.type === 'role' && s.group === 'document' ? s.head : s?.type === 'document' && !s.owner && /^[\p{Ll} ]+$/u.test(s.name) ? s.name.split(' ').at(-1)! : null
  if (!head) return null
  // The text's noun ends the cue ("according to a report"), or the speaker's phrase inside it ("a report from X said").
  // (Looked for within the cue: a search on from it would read the rest of the text.)
  const found = text.slice(c.start, c.end + head.length).indexOf(head)
  if (found < 0) return null
  const at = c.start + found
  const m = ISSUED.exec(text.slice(at + head.length, at + head.length + 200))
  if (!m || NOT_ISSUERS.test(m[3]!) || m[2] === 'in' && m[1] !== 'published') return null
  const issuer = issuerName(m[3]!)
  // ("a joint statement published by Xinhua": an outlet that publishes a text relays it, GUIDE 5.)
  if (knownOutlet(issuer) || looksLikeOutlet(issuer)) return null
  return { name: `${issuer} ${head}`, kind: 'document', via: null, named: false }
}

// "But a new report released on Monday by Stanford University's Center on
// Poverty and Inequality calls that into question": a text brought in with
// its issuer where nothing is yet said, so that "the report" later is that
// one (not a body merely named near it). Names of the texts the sentence
// brings in this way.
const BROUGHT_IN = /\b(?:a|an|the|its)\s+(?:[\p{Ll}-]+\s+){0,2}?(report|study|survey|analysis|review|audit|poll|paper|assessment)(?=\s+(?:issued|released|published|produced|prepared|compiled|commissioned|written|conducted)\s)/gu

// (Every such text is followed by one of these participles: a sentence without one,
// most sentences, is passed over without trying BROUGHT_IN at each article.)
const PARTICIPLE = /\s(?:issued|released|published|produced|prepared|compiled|commissioned|written|conducted)\s/

export function textsIssuedIn(words: string): string[] {
  const out: string[] = []
  if (!PARTICIPLE.test(words)) return out
  for (const m of words.matchAll(BROUGHT_IN)) {
    const after = ISSUED.exec(words.slice(m.index + m[0].length, m.index + m[0].length + 200))
    if (!after || after[2] === 'in' && after[1] !== 'published' || after[2] !== 'by' && after[2] !== 'in' || NOT_ISSUERS.test(after[3]!)) continue
    const issuer = issuerName(after[3]!)
    if (!knownOutlet(issuer) && !looksLikeOutlet(issuer)) out.push(`${issuer} ${m[1]}`)
    if (out.length >= 4) break
  }
  return out
}

// (A sentence's full stop is no part of the name; an abbreviation's is: "Co.", "Assn.".)
const issuerName = (run: string) => run.replace(/(?<!\b(?:Inc|Co|Corp|Ltd|Assn|Bros|U\.S|U\.K))\.$/, '').replace(/\s+(?:and|of|for|on|the|&)$/, '').replace(/['’]s$/, '')
