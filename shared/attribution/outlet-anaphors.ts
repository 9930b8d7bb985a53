// "an insider told the outlet", "Trump told the paper", "the source claimed
// to the network": the outlet is named by a role noun, meaning the outlet the
// article last named ("according to a new report by E! News"). That outlet
// is the venue, and, unless it published this article, the relay that
// passed the words on (GUIDE 5 and 6). Later sentences inherit it through
// relay-inherit.ts. One pass over the sentences, each read once.

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { MASTHEAD_RUN } from './masthead-particles.ts'
import { capitalsOf, firstFrom, matchAllAt } from './capital-index.ts'
import type { Sentence } from './sentences.ts'
import type { Publisher } from './publisher.ts'

// (Lower case: "told The Paper" names the Shanghai outlet itself.)
// (Not "according to the paper", a relay cue of its own, nor "with the paper's report".)
// ("told the media outlet", "told the state news agency": a word or two may say what kind; lower case, a description.)
const ANAPHOR = /\b(?:told|tells|tell|(?<!according )to|with)\s+the\s+(?:(?:media|state|official|military|local|news|online|daily|weekly|business|financial|regional|independent|government)\s+){0,2}(?:outlet|paper|newspaper|network|broadcaster|magazine|(?:news\s+)?agency|daily|tabloid|(?:news\s+)?site|website|publication|channel|station)\b(?!['’]s)/
// "Asked by the agency about ..., Nazer said", "Nazer, asked by the paper whether ..., said": a question the outlet put, its interview.
const ASKED = /\b[Aa]sked\s+by\s+the\s+(?:outlet|paper|newspaper|network|broadcaster|magazine|(?:news\s+)?agency|daily|tabloid|(?:news\s+)?site|website|publication|channel|station|radio|television)\b(?!['’]s)/
// "The newspaper quoted Deng as saying", "the paper quotes him": the outlet last named quoting, whatever paragraph it was named in.
// ("The Cyprus-based weekly newsletter quoted ...", "the official news agency quoted": a few words may describe it.)
const QUOTING = /^(?:[Tt]he\s+)(?:[\p{L}-]+\s+){0,3}?(?:news\s+)?(outlet|paper|newspaper|newsletter|weekly|journal|bulletin|network|broadcaster|magazine|agency|daily|tabloid|site|website|publication|channel|station|radio|television|tv)\s+(?:quoted|quotes|cited|cites)\b/u
// "It quoted a spokesman as saying", "They quoted an Iranian soldier": the outlet that spoke just before, quoting.
const PRONOUN_QUOTING = /^(?:It|They)\s+(?:also\s+|later\s+|further\s+)?(?:quoted|quotes|cited|cites)\b/
// "El peruano quoted the minister as saying": the outlet last named, in wire copy's other casing, quoting.
const NAMED_QUOTING = /^(.{2,60}?)\s+(?:quoted|quotes|cited|cites)\b/
const ROLE_RELAY = /^(?:the\s+)?(?:news\s+)?(?:outlet|paper|newspaper|network|broadcaster|magazine|agency|daily|tabloid|site|website|publication|channel|station|organi[sz]ation)$/i
// How far past its cue the role noun may sit ("told the outlet on Monday", "claimed to the outlet").
const WINDOW = 40
// Capitalised runs that may name an outlet: "E! News", "the New York Times", "NBC 4 New York", "Welt am Sonntag".
const RUN = MASTHEAD_RUN

export function outletAnaphors(text: string, sentences: readonly Sentence[], own: (Attribution | null)[], publisher: Publisher): void {
  let last: string | null = null
  // The outlets named lately, for a role noun that fits one of them ("the radio" after "Tehran radio" and "IRNA").
  const recent: string[] = []
  // Whether the attribution before was an outlet speaking for itself ("IRNA said ... They quoted a soldier").
  let outletSpoke = false
  // The body that spoke for itself last, in this paragraph or the one before: "the Middle East Economic Survey
  // (MEES) said ... The Cyprus-based weekly newsletter quoted": the role noun says what it is.
  let body: { name: string; para: number } | null = null
  for (const s of sentences) {
    const a = own[s.index] ?? null
    if (a) {
      const from = a.main.start
      const window = text.slice(from, Math.min(s.end, a.main.end + WINDOW))
      const cue = text.slice(a.main.start, a.main.end)
      const quoting = QUOTING.exec(cue)
      // ("..., the news agency said", "The news organization, citing a source, reported": a relay named by its role noun.)
      const fits = quoting ? fitting(recent, quoting[1]!) : null
      const namedQuoting = a.main.kind === 'quoted' && !a.via && last !== null && fold(NAMED_QUOTING.exec(cue)?.[1] ?? '') === fold(last)
      const spokeBefore = body && s.para - body.para <= 1 ? body.name : null
      // (The venue too when it was the role noun: "told the news agency" was told to that outlet.)
      if (last && a.via && ROLE_RELAY.test(a.via)) own[s.index] = { ...a, via: publisher.isOwn(last) ? null : last, venue: a.venue && ROLE_RELAY.test(a.venue) ? last : a.venue }
      // ("the radio quoted him" read as the agency last named: the radio named before it is the one.)
      else if (fits && a.via && a.kind !== 'outlet' && fold(a.via) !== fold(fits)) own[s.index] = { ...a, via: fits }
      else if ((last || quoting && spokeBefore) && !a.via && a.kind !== 'outlet' && (quoting || namedQuoting || outletSpoke && PRONOUN_QUOTING.test(cue))) {
        const by = fits ?? last ?? spokeBefore!
        own[s.index] = { ...a, via: publisher.isOwn(by) ? null : by }
      } else if (a.kind !== 'outlet' && (last || besideRole(window, text.slice(from, s.end))) && (ANAPHOR.test(window) || ASKED.test(text.slice(s.start, a.main.end)))) {
        // ("told the military newspaper, Stars and Stripes": the role noun with the name beside it names that outlet.)
        const by = besideRole(window, text.slice(from, s.end)) ?? last!
        own[s.index] = { ...a, venue: by, via: a.via ?? (publisher.isOwn(by) ? null : by) }
      }
    }
    // (From the sentence before in the paragraph too: the splitter may cut "E! News" after "E!".)
    const before = s.index > 0 && sentences[s.index - 1]!.para === s.para ? sentences[s.index - 1]!.start : s.start
    // (As resolved: "as quoted by the newspaper" names the outlet it was read as, not the role noun.)
    const named = lastOutletIn(text, before, s.end, own[s.index] ?? null)
    if (named && named !== last) recent.push(named)
    if (recent.length > RECENT) recent.shift()
    last = named ?? last
    if (a) outletSpoke = a.kind === 'outlet' && !a.via
    if (a && !a.via && (a.kind === 'organisation' || a.kind === 'document')) body = { name: a.source, para: s.para }
    else if (a && a.kind === 'outlet') body = null
  }
}

// The outlet named beside the role noun: "told the newspaper Kommersant", "the military newspaper, Stars and Stripes".
const NAMED_AFTER = /^,?\s+((?:The\s+)?\p{Lu}[\p{L}\p{N}!&'’-]*(?:\s+(?:(?:and|of|the|am|de|del|della)\s+)?\p{Lu}[\p{L}\p{N}!&'’-]*){0,5})/u
const NOT_NAMES = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|He|She|It|They|I|We)\b/
// (The window may cut the name short; the rest of the sentence holds it whole.)
function besideRole(window: string, sentence: string): string | null {
  const m = ANAPHOR.exec(window)
  if (!m) return null
  const name = NAMED_AFTER.exec(sentence.slice(m.index + m[0].length))?.[1]
  return name && !NOT_NAMES.test(name) ? knownOutlet(name) ?? name : null
}

const RECENT = 8
// The latest outlet whose name holds the role noun: "the radio" is "Tehran radio", not the agency named since.
function fitting(recent: readonly string[], noun: string): string | null {
  if (!/^(?:radio|television|tv)$/i.test(noun)) return null
  const word = new RegExp(`\\b${noun}\\b`, 'i')
  for (let i = recent.length - 1; i >= 0; i--) if (word.test(recent[i]!)) return recent[i]!
  return null
}

// The last outlet a sentence names: in its attribution, else in its words (text[from, to)).
function lastOutletIn(text: string, from: number, to: number, a: Attribution | null): string | null {
  const found = outletNamed(text, from, to)
  if (found) return found
  if (!a) return null
  if (a.via) return a.via
  if (a.venue && looksLikeOutlet(a.venue)) return a.venue
  return a.kind === 'outlet' ? a.source : null
}

// "DAN, the official news agency for the separatist-held region": a name the next words call an outlet is one.
// (Not "in March, the official newspaper El Comercio said": there the noun's own name follows it.)
const DESCRIBED = /^,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:news\s+agency|newspaper|broadcaster|daily|weekly|tabloid|news\s+site|television|radio\s+station)\b(?!\s+\p{Lu})/u

// The last outlet named in the words text[from, to).
function outletNamed(text: string, from: number, to: number): string | null {
  const words = text.slice(from, to)
  let found: string | null = null
  // (Tried at the capitals only, capital-index.ts: every run opens on one. The
  // text's own index, cut to the words: each sentence is read twice, as itself
  // and as the one before the next, and indexing each slice anew was a
  // second walk over the article's characters.)
  const all = capitalsOf(text)
  const starts = all.subarray(firstFrom(all, from), firstFrom(all, to)).map((p) => p - from)
  for (const m of matchAllAt(words, RUN, starts)) {
    const name = m[0].replace(/[.’']+$/u, '')
    const known = knownOutlet(name)
    if (known || looksLikeOutlet(name) || DESCRIBED.test(words.slice(m.index + m[0].length, m.index + m[0].length + 80))) found = known ?? name
  }
  return found
}
