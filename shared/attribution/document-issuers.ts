// A text is named with the body that issued it (GUIDE 4, the fullest form in
// the article; the read sets write "JD.com report", "University and College
// Union report", "Nature study", "National Bureau of Statistics data"): a
// bare "the report said" takes the issuer the article gives that report once,
// as "JD.com's report", "the report of JD.com", "The report by the University
// and College Union", "the work report of the NPC Standing Committee", "a
// study published on Wednesday in the journal Nature". Read over the finished
// suggestions; an article that gives the same kind of text two issuers keeps
// the bare name.

import type { SourceKind } from './kinds.ts'
import { knownOutlet } from './outlets.ts'
import { filer } from './filed-texts.ts'
import { definedInitials, issuerBefore, namedTextIssuer, researchMaker } from './issuer-shapes.ts'

export interface Issued { source: string; sourceKind: SourceKind; sourceId: string | null; cue: { text: string } }

// The texts a body issues, by the head word the engine names them with.
const HEADS = new Set(['report', 'assessment', 'book', 'study', 'survey', 'poll', 'review', 'analysis', 'guidelines', 'data', 'figures', 'findings', 'research', 'paper', 'statistics', 'plan', 'presentation', 'statement', 'lawsuit', 'complaint'])
// "'s report", "'s latest survey" (a statement is the body's own words, GUIDE 7).
const OWNED = new RegExp(String.raw`^['’]s +((?:\p{Ll}[\p{Ll}-]* +){0,2}?)(${[...HEADS].filter((h) => h !== 'statement').join('|')})\b`, 'u')
// A body's name: capitalised words, with "of", "and", "for", "the" between them ("University and College Union").
// (A dot inside a word only, "JD.com": a sentence's end is no part of a name.)
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L})){0,30}`
const BODY = String.raw`(?:the +)?(${WORD}(?: +(?:(?:of|for|and|on|the|&) +){0,2}${WORD}){0,7})`
// Around a mention of the head: "JD.com's (annual) report", "the (work) report of|by|from BODY", "study published ... in (the journal) BODY".
const OWNER = new RegExp(String.raw`((?:${WORD} +){0,4}${WORD})['’]s +((?:\p{Ll}[\p{Ll}-]* +){0,2})$`, 'u')
const THE_BEFORE = /\b[Tt]he +((?:\p{Ll}[\p{Ll}-]* +){0,2})$/u
// ("The book, by Sunday Telegraph journalist Robert Peston": the author past the words that describe him.)
const AUTHOR = String.raw`(?:(?:${WORD} +){0,3}(?:journalist|writer|author|columnist|editor|historian|biographer|reporter) +)?`
const BY_AFTER = new RegExp(String.raw`^,? +(?:of|by|from) +${AUTHOR}${BODY}`, 'u')
const PUBLISHED_AFTER = new RegExp(String.raw`^ +(?:published|released|issued|compiled) +(?:\p{Ll}+ +\p{Lu}\p{Ll}+ +)?(?:by|in) +(?:the +(?:journal|magazine) +)?${BODY}`, 'u')
// How far around a mention the issuer is read, and how many mentions are read.
const WINDOW = 160
const MAX_MENTIONS = 32
// Capitalised words that own no text: "Tuesday's report", "This report".
const NO_BODY = /^(?:The|A|An|This|That|Its|Their|His|Her|Our|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|Next)$/
// ("the report of JD.com on Saturday": a time after the body is none of its name.)
const TIME_AFTER = /(?:\s+(?:on|in|of|the))+\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/
const TIME_WORDS = /^(?:new|latest|recent) +/
// How many texts of an article are looked up (each a few passes over the text).
const MAX_HEADS = 8

export function documentIssuers(out: Issued[], text: string, match: (name: string) => string | null): void {
  const issuers = new Map<string, string | null>()
  // (The bodies and people that speak in the article: a text's issuer guessed from one that never does yields, below.)
  const written = new Map<string, boolean>()
  const speakers = new Set(out.filter((s) => s.sourceKind === 'organisation' || s.sourceKind === 'person').map((s) => s.source))
  // (The journal or the research's maker is the article's, the same for every name: the text is read for it once,
  // when a first name needs it.)
  let research: string | null | undefined
  const researchIssuer = () => (research === undefined ? (research = journalOf(text) ?? researchMaker(text)) : research)
  for (const s of out) {
    // ("In the BfV threat assessment ... the assessment noted", read as the text of al-Qaeda, named last: the text the
    // article names with its issuer, when the engine's issuer never speaks and the name is nowhere written.)
    const guessed = s.sourceKind === 'document' ? /^(\S.*) (\p{Ll}+)$/u.exec(s.source) : null
    if (guessed && HEADS.has(guessed[2]!) && !speakers.has(guessed[1]!) && !s.cue.text.includes(guessed[1]!.split(' ').at(-1)!) && !writtenOnce(written, s.source, text)) {
      const key = ` ${guessed[2]}`
      if (!issuers.has(key) && issuers.size < MAX_HEADS) issuers.set(key, namedTextIssuer(text, guessed[2]!))
      const issuer = issuers.get(key)
      if (issuer && !knownOutlet(issuer)) { s.source = `${issuer} ${guessed[2]}`; s.sourceId = match(s.source); continue }
    }
    // ("JD.com's report showed": the body's text speaks, not the body.)
    const owned = s.sourceKind !== 'document' ? ownText(s.source, s.cue.text) : null
    if (owned) { s.source = owned; s.sourceKind = 'document'; s.sourceId = match(owned); continue }
    if (s.sourceKind !== 'document') continue
    // ("HEFEI study": a dateline's word is no issuer.)
    const name = s.source.replace(/^\p{Lu}{3,}(?= \p{Ll})/u, (w) => (datelined(text, w) ? '' : w)).trim()
    // ("a new book", "the latest report": words of time tell no kind of text, and the issuer's name goes without them.)
    const m = /^((?:\p{Ll}[\p{Ll}-]* ){0,2})(\p{Ll}+)$/u.exec(name.replace(TIME_WORDS, ''))
    if (!m || !HEADS.has(m[2]!)) continue
    if (!issuers.has(name) && issuers.size < MAX_HEADS) issuers.set(name, issuerOf(text, m[1]!.trim(), m[2]!) ?? (RESEARCH.test(m[2]!) ? researchIssuer() : null))
    const issuer = issuers.get(name)
    // ("a joint statement published by Xinhua": a news outlet publishes another's text and relays it, GUIDE 5.)
    if (!issuer || knownOutlet(issuer)) continue
    s.source = `${issuer.replace(/^the\s+/i, '')} ${name.replace(TIME_WORDS, '')}`.replace(/\s+/g, ' ')
    s.sourceId = match(s.source)
  }
}

// The one body the text gives a text of this kind, with the words the text writes before the head ("work report").
// Read in a short window around each of the first mentions of the head, so hostile text stays linear.
function issuerOf(text: string, mods: string, head: string): string | null {
  let found: string | null = null
  let n = 0
  for (const at of mentions(text, head)) {
    if (++n > MAX_MENTIONS) break
    const before = text.slice(Math.max(0, at - WINDOW), at)
    const after = text.slice(at + head.length, at + head.length + WINDOW)
    const owner = OWNER.exec(before)
    const byThe = THE_BEFORE.exec(before) && BY_AFTER.exec(after)
    const published = PUBLISHED_AFTER.exec(after)
    const filed = filer(before)
    const forms: [string | undefined, string, boolean][] = []
    if (filed) forms.push([filed, '', true])
    if (owner) forms.push([owner[1], owner[2]!.trim(), false])
    if (byThe) forms.push([byThe[1], THE_BEFORE.exec(before)![1]!.trim(), false])
    if (published) forms.push([published[1], '', true])
    // ("a Consumer Reports study", "Consumer Reports, which conducted the study": issuer-shapes.ts.)
    const shaped = issuerBefore(before, (w) => definedInitials(text, w))
    if (shaped && !owner && !byThe && !filed) forms.push([shaped[0], shaped[1], false])
    for (const [issuer, words, anyWords] of forms) {
      const body = issuer?.trim().replace(TIME_AFTER, '')
      // (The words before the head must be those the engine kept, or more: "work report" for "report".)
      if (!body || mods && words !== mods && !anyWords || !/\p{Lu}/u.test(body) || NO_BODY.test(body)) continue
      const named = words && !mods ? `${body} ${words}` : body
      if (found && found !== named) return null
      found = named
    }
  }
  return found
}

// Whether the text writes the name, looked up once per name (sources recur through an article) and for at most MAX_HEADS names.
function writtenOnce(seen: Map<string, boolean>, name: string, text: string): boolean {
  if (!seen.has(name)) { if (seen.size >= MAX_HEADS) return true; seen.set(name, text.includes(name)) }
  return seen.get(name)!
}

// Whether a paragraph opens with the word and a comma ("HEFEI, May 14").
const datelined = (text: string, word: string) => text.startsWith(`${word},`) || text.includes(`\n${word},`)

// Where the head word stands as a word.
function* mentions(text: string, head: string): IterableIterator<number> {
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
    if (!/\p{L}/u.test(text.charAt(at - 1)) && !/\p{L}/u.test(text.charAt(at + head.length))) yield at
  }
}

// "JD.com's report showed", "Gallup's latest survey found": the text of the body the cue opens with.
function ownText(source: string, cue: string): string | null {
  if (!cue.startsWith(source)) return null
  const m = OWNED.exec(cue.slice(source.length))
  return m ? `${source} ${m[1]}${m[2]}` : null
}

// A study the article tells was published in a journal, however it words the text there ("the research
// published in the journal JAMA Psychiatry"): the one journal the article names so, or null.
const RESEARCH = /^(?:study|research|paper|findings)$/
const IN_JOURNAL = new RegExp(String.raw`\b(?:published|appeared|appears|reported) +(?:\p{Ll}+ +){0,3}in +(?:the +)?(?:[\p{Ll}-]+ +)?journal +${BODY}`, 'gu')

function journalOf(text: string): string | null {
  let found: string | null = null
  let n = 0
  for (const m of text.matchAll(IN_JOURNAL)) {
    if (++n > MAX_MENTIONS) break
    const body = m[1]!.replace(TIME_AFTER, '').trim()
    if (found && found !== body) return null
    found = body
  }
  return found
}
