// A headline that credits its speaker after a dash (the state-wire
// convention: "Kremlin sees no grounds for new talks — Peskov") or a colon
// ("Economy to grow 5% this year: IMF", "EV exports reflect competitiveness:
// analysts"). A name takes its fullest form; an unnamed group stays unnamed.

import type { Attribution } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import { ANONYMOUS_HEADS } from './lexicon.ts'
import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import { roleCredit } from './headline-role-credits.ts'

// (Wire copy types the dash as a hyphen between spaces: "KUWAIT HOLDS OUTPUT AT QUOTA - OPECNA".)
// ("...: Balochistan govt", "...: Sindh police": a place's body in lower case, as headlines shorten it.)
const CREDIT = /(?:\s[—–]|\s-(?=\s)|:)\s*(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}(?:\s(?:govt|government|police))?|\p{Ll}+)\s*$/u
// The word a headline shortens, as the story writes it.
const spelt = (credited: string) => credited.replace(/\sgovt$/, ' government')

function headlineCredit(text: string, tokens: readonly Token[], s: Sentence, discourse: Discourse): Attribution | null {
  const m = CREDIT.exec(text.slice(s.start, s.end))
  if (!m || m.index < 12) return null
  const written = m[1]!
  const credited = spelt(written)
  // (The hyphen only in a wire headline of capitals, never a caption's "Credit: Getty - Contributor";
  // and "- DIPLOMATS" is a group, headline-verbs.ts's.)
  const mixed = /^\s-/.test(m[0]) && /\p{Ll}/u.test(text.slice(s.start, s.start + m.index))
  if (/^\s-/.test(m[0]) && (mixed && !spacedCredit(text, s, credited, discourse) || ANONYMOUS_HEADS.has(credited.toLowerCase()))) return null
  // ("... - witness": one unnamed person a mixed-case title credits.)
  if (mixed && /^\p{Ll}/u.test(credited)) {
    const start = s.start + m.index + m[0].indexOf(written)
    const speaker: Cue['speaker'] = { type: 'anonymous', name: `${credited} (anonymous)`, head: credited }
    const cue: Cue = { kind: 'verb', start, end: start + credited.length, verb: s.to - 1, speaker, inQuote: false,
      leading: false, trailing: false, venue: null, quotedOuter: null, descriptor: [] }
    return { source: `${credited} (anonymous)`, kind: 'anonymous', via: null, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.6 }
  }
  const unnamed = /^\p{Ll}/u.test(credited)
  // "...: analysts", "...: reports", "...: media" name an unnamed group; "...: report" or "...: here" names none.
  if (unnamed && !(ANONYMOUS_HEADS.has(credited) && /s$/.test(credited) || /^(?:reports|media)$/.test(credited))) return null
  const canon = unnamed ? { name: `${credited} (anonymous)`, kind: 'anonymous' as const } : ownText(credited, discourse) ?? discourse.canonical(credited)
  const { name, kind } = !unnamed && firmCredit(text, s, credited, canon.name, canon.kind) ? { name: canon.name, kind: 'organisation' as const } : canon
  if (kind === 'document' || kind === 'anonymous' && !unnamed) return null
  const start = s.start + m.index + m[0].indexOf(written)
  let verb = s.to - 1
  while (verb > s.from && tokens[verb - 1]!.start >= start) verb--
  const speaker: Cue['speaker'] = unnamed ? { type: 'anonymous', name, head: credited.replace(/s$/, '') } : { type: 'name', name, titles: [] }
  const cue: Cue = { kind: 'verb', start, end: start + written.length, verb, speaker, inQuote: false,
    leading: false, trailing: false, venue: null, quotedOuter: null, descriptor: [] }
  return { source: name, kind, via: null, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.7 }
}

// A mixed-case title (not a caption's "Credit: Getty - Contributor") credits after a spaced hyphen
// as BBC and Bernama titles do: "Row should end - Blair" when the story names Blair in full as a
// person, "... placed lighter in bedroom - witness" when it is one role word for a person.
const PERSON_WORDS = /^(?:witness|victim|survivor|official|minister|lawyer|prosecutor|judge|doctor|expert|source|aide|envoy|spokesman|spokeswoman|spokesperson)$/
function spacedCredit(text: string, s: Sentence, credited: string, discourse: Discourse): boolean {
  if (s.index !== 0 || /\bcredit\b/i.test(text.slice(s.start, s.end))) return false
  if (/^\p{Ll}/u.test(credited)) return PERSON_WORDS.test(credited)
  const { name, kind } = discourse.canonical(credited)
  // ("Top diplomat proposes talks - Kyodo": an outlet credited as wire titles do; a range or a subtitle names none.)
  if (kind === 'outlet') return true
  if (/\s/.test(credited)) return false
  // ("U.S. earnings to show impact from tariffs - Barclays": a body the story names, as Investing.com titles credit.)
  return kind === 'person' && name !== credited && name.endsWith(` ${credited}`) || firmCredit(text, s, credited, name, kind)
}

// A one-word credit the story names only as a firm whose analysts spoke ("analysts at Barclays", "Barclays analysts").
function firmCredit(text: string, s: Sentence, credited: string, name: string, kind: string): boolean {
  // (The title only: the story is read once, a bounded stretch of it.)
  return s.index === 0 && (kind === 'organisation' || kind === 'person' && name === credited) && bodyInStory(text, s, credited)
}

// Whether the story after the title names `body` as a speaker's firm or a speaker: "analysts at Barclays", "Barclays said".
function bodyInStory(text: string, s: Sentence, body: string): boolean {
  const story = text.slice(s.end, s.end + 3000)
  return /^\p{Lu}[\p{L}&.-]+$/u.test(body) && (story.includes(`analysts at ${body}`) || story.includes(`${body} analysts`))
}

// "...: KCNA Commentary", "...: Rodong Sinmun Editorial": an outlet's own text is the outlet's (GUIDE 7).
const OWN_TEXT = /^(.+)\s(?:Commentary|Editorial)$/
function ownText(credited: string, discourse: Discourse): { name: string; kind: 'outlet' } | null {
  const m = OWN_TEXT.exec(credited)
  if (!m) return null
  const outlet = discourse.canonical(m[1]!)
  return outlet.kind === 'outlet' ? { name: outlet.name, kind: 'outlet' } : null
}

// The credit is the headline's outermost speaker: "Kremlin sees no grounds
// ... — Peskov" is Peskov's; a credited outlet passes the headline's own speaker on.
export function creditHeadline(own: Attribution | null, text: string, tokens: readonly Token[], s: Sentence, discourse: Discourse): Attribution | null {
  // ("...: SBI economist", "...: expert": one unnamed person, headline-role-credits.ts.)
  const credit = headlineCredit(text, tokens, s, discourse) ?? (own ? null : roleCredit(text, s))
  if (!credit || !own) return credit ?? own
  // ("...: KCNA Commentary": the outlet's own text, not a relay of the headline's speaker.)
  const ownCredit = OWN_TEXT.test(text.slice(credit.main.start, credit.main.end))
  if (credit.kind === 'outlet' && !ownCredit) return own.via || own.kind === 'outlet' ? own : { ...own, via: credit.source }
  return credit
}
