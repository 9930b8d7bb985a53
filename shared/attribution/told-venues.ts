// Where a reporting verb's words were told: the outlet after "told" ("told
// the daily Kommersant", "told Chortle"), the one spoken to, a platform, an
// interview or a broadcast. Split from verb-cues.ts; reads the sentence in
// cue-sentence.ts.

import type { Phrase } from './phrases.ts'
import { phraseStartingAt } from './phrases.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { platformAfter } from './cue-exclusions.ts'
import { from, text, to, tokens, word } from './cue-sentence.ts'
import { broadcastVenue } from './broadcast-venues.ts'
import { spokenTo } from './spoken-to.ts'
import { describedOutlet, shapedOutlet } from './outlet-shapes.ts'
import { interviewWith } from './verb-phrases.ts'
import { questionFrom } from './question-venues.ts'

const OUTLET_NOUN = /^(?:agency|newspaper|daily|broadcaster|channel|outlet|tabloid|weekly|magazine|website|portal)$/

interface Venue {
  venue: string | null
  // The cue's end, past the one told.
  b: number
  // A wire or an outlet known by its shape or description: another outlet's, unless it is the writer.
  wire: boolean
  shapedVenue: boolean
}

// The venue of the verb at token i (word w) whose cue ends at `end`; `reached` is the outlet
// the subject was reached by ("Experts reached by the Global Times said").
export function venueOf(i: number, w: string, end: number, reached: string | undefined): Venue {
  let venue: string | null = null
  let b = end
  let wire = false
  let shapedVenue = false
  if (w === 'told' || w === 'tells' || w === 'tell') {
    const object = toldOutlet(phraseStartingAt(tokens, i + 1, to))
    if (object) {
      // "the state news agency IRNA", "the daily Kommersant": the outlet's name follows its description.
      let start = object.a
      for (let k = object.a; k < object.b - 1; k++) if (OUTLET_NOUN.test(word(k)) && !tokens[k]!.cap && tokens[k + 1]!.cap) start = k + 1
      // ("told the FT.": the tokenizer keeps a sentence's full stop on a short capitalised name.)
      const name = text.slice(tokens[start]!.start, tokens[object.b - 1]!.end).replace(/^the\s+/i, '').replace(/(?<=^\p{Lu}{2,5})\.$/u, '')
      // "told The Oregonian": a capitalised "The" before one name marks a masthead.
      const masthead = tokens[object.a]!.text === 'The' && object.b - object.a === 2 && tokens[object.a + 1]!.pos === 'PROPN'
      // ("told Chortle": an outlet known only by its shape is, like a wire, another outlet unless it is the writer.)
      const shaped = looksLikeOutlet(name) || masthead || start > object.a ? null : shapedOutlet(text, tokens, object.a, object.b)
      if (looksLikeOutlet(name) || masthead || start > object.a || shaped) {
        venue = masthead ? `The ${name}` : name
        shapedVenue = shaped !== null
        b = Math.max(b, object.b)
        for (let k = object.a; k < object.b; k++) if (word(k) === 'agency' || word(k) === 'wire' || shaped === 'bare') wire = true
      }
    }
    // ("told the Ukrainska Pravda website": an outlet described by its noun is another's, a story never describes its own.)
    const described = venue === null && i + 1 < to ? describedOutlet(text, tokens[i + 1]!.start) : null
    if (described) {
      venue = described.name
      shapedVenue = wire = true
      while (b < to && tokens[b]!.end <= described.end) b++
    }
  }
  const hearer = venue === null ? spokenTo(i) : null
  if (hearer) { venue = hearer.name; b = Math.max(b, hearer.end) }
  venue ??= reached ?? platformAfter(tokens, i + 1, Math.min(to, i + 10)) ?? interviewWith(from, i) ?? interviewWith(i + 1, Math.min(to, i + 12)) ??
    broadcastVenue(from, i) ?? broadcastVenue(i + 1, Math.min(to, i + 12)) ?? questionFrom(from, i) ?? questionFrom(i + 1, Math.min(to, i + 12))
  return { venue, b, wire, shapedVenue }
}

// "told Pravda preparations had begun": with no "that", the phrase after "told" runs on into the
// content's subject; a known outlet's capitalised name ends the one told.
const CLAUSE_OPENER = /^(?:such|this|these|those|its|their|his|her|it|they|he|she|there|some|many|most|all|no)$/
function toldOutlet(object: Phrase | null): Phrase | null {
  if (!object) return object
  // (After its description too: "the Communist Party newspaper Pravda preparations had begun".)
  for (let k = object.a + 1; k < object.b; k++) {
    // (The noun after opens a clause: "Pravda preparations had begun", not "Reuters reporters".)
    // (Or a word no name goes on with: "told news agency Reuters such a move would wait".)
    const opens = tokens[k]!.pos === 'NOUN' && /^(?:VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') || CLAUSE_OPENER.test(word(k))
    if (tokens[k]!.cap || !tokens[k - 1]!.cap || !opens) continue
    let first = k - 1
    while (first > object.a && tokens[first - 1]!.cap && word(first - 1) !== 'the') first--
    return knownOutlet(text.slice(tokens[first]!.start, tokens[k - 1]!.end)) ? { ...object, b: k } : object
  }
  return object
}
