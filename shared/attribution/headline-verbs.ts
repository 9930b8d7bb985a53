// A headline that puts its speaker before a verb of saying, in headline
// grammar the tagger does not read ("IRAN REPORTS HEAVY FIGHTING IN IRAQI
// KURDISTAN", "IRAN'S NAVY CHIEF THREATENS GULF CLOSURE", "DIPLOMATS CALL
// U.S. ATTACK RESTRAINED", "Republican senator rips governor over speech"),
// or that credits a group after a dash ("... MAY HOLD 300 MLN BBLS -ANALYSTS").
// A role ("navy chief", "president") is left for ledeNames to name from the
// body. Left alone: a pledge to act ("pledge to deepen ties"), a plan or a passive ("IRAN PLANS TO FILE LAWSUITS",
// "BANK EXPECTED TO APPROVE LOAN"), a company reporting its results
// ("XYZ REPORTS 1ST QTR NET"), and words that are not verbs of saying.

import type { Attribution } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const SAYS = new Set(`says say reports report warns warn threatens threaten doubts doubt denies deny urges urge calls call sees see
predicts predict fears fear accuses accuse condemns condemn criticises criticise criticizes criticize rejects reject announces announce
claims claim insists insist confirms confirm dismisses dismiss vows vow pledges pledge promises promise reiterates reiterate allays allay
rips rip slams slam blasts defends defend admits admit hails hail praises praise questions question disputes dispute
reasserts reassert discounts discount lashes demands demand`.split(/\s+/))
// Stance verbs that need a word after them to be one: "rules out talks", "thanks the media for".
const PARTICLE: ReadonlyMap<string, RegExp> = new Map([['rules', /^out$/i], ['rule', /^out$/i]])
const THANKS = /^thanks?$/i
// How far after "thanks" its "for" is looked for.
const THANKS_FOR = 6
// Forms that are plural nouns too ("INSURANCE CLAIMS RISE", "PEACE CALLS GROW"): a speaker only when the body
// names it with a capital, or it is a role or group.
const NOUN_TOO = /^(?:claims|reports|calls|doubts|fears|questions|pledges|promises|vows|disputes|discounts|lashes|demands)$/i
// A company's results, which "reports" names as an event.
const RESULTS = /^(?:net|profit|profits|loss|losses|earnings|results|sales|revenue|revenues|qtr|quarter|quarterly|dividend|shr|gain|gains|rise|fall|drop|increase|decline|higher|lower|record|\d\w*|first|second|third|fourth|year|annual)$/i
// The words of a speaker: no verb, preposition or infinitive among them.
const NOT_SUBJECT = /^(?:to|of|in|on|for|at|by|with|as|and|is|are|was|were|be|will|may|might|could|would|after|over|plans|seen|expected|said)$/i
const TAIL = /\s-\s?(analysts|sources|officials|traders|diplomats|economists|dealers|bankers)$/i
const ROLE = /^(?:chief|president|premier|minister|official|spokesman|spokeswoman|scientist|expert|analyst|senator|governor|general|commander|envoy|ambassador|diplomat|diplomats|officials|analysts|sources|experts|economists|banker|bankers|aide|adviser|lawmaker|lawmakers|leader|leaders|chairman|director|head)$/i
const MAX_SUBJECT = 5

export function headlineVerbs(text: string, sentences: readonly Sentence[], placed: (Placed | null)[], discourse: Discourse): void {
  for (let i = 0; i < Math.min(2, sentences.length); i++) {
    const s = sentences[i]!
    if (placed[i] || !s.heading) continue
    const line = text.slice(s.start, s.end)
    const found = tailCredit(line) ?? verbCredit(line)
    if (!found) continue
    const [at, credited, end, verb] = found
    const last = credited.split(/\s+/).at(-1)!
    if (NOUN_TOO.test(verb) && !ROLE.test(last) && !namedInBody(recase(last, text.slice(s.end)), text.slice(s.end, s.end + 5000))) continue
    let name: string
    let kind: Attribution['kind']
    if (ROLE.test(last)) {
      name = `${credited.toLowerCase().replace(/^[\p{L}.]+(?:'s|’s)\s+/u, '')} (anonymous)`
      kind = 'anonymous'
    } else {
      ;({ name, kind } = discourse.canonical(recase(credited, text.slice(s.end))))
      if (kind === 'document') continue
    }
    const speaker: Cue['speaker'] = kind === 'anonymous' ? { type: 'anonymous', name, head: last.toLowerCase() } : { type: 'name', name, titles: [] }
    const cue: Cue = { kind: 'verb', start: s.start + at, end: s.start + end, verb: s.from, speaker, inQuote: false,
      leading: at === 0, trailing: at > 0, venue: null, quotedOuter: null, descriptor: [] }
    placed[i] = { attribution: { source: name, kind, via: null, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.6 }, contentIn: 'same' }
  }
}

// "... -ANALYSTS": [where the credit starts, the group, where it ends, the verb].
function tailCredit(line: string): [number, string, number, string] | null {
  const m = TAIL.exec(line)
  if (!m || m.index < 12) return null
  const at = m.index + m[0].indexOf(m[1]!)
  return [at, m[1]!, line.length, '']
}

// "SPEAKER VERB WHAT": the speaker's words, the verb and at least two words after it.
function verbCredit(line: string): [number, string, number, string] | null {
  const words = [...line.matchAll(/\S+/g)]
  for (let v = 1; v <= Math.min(MAX_SUBJECT, words.length - 3); v++) {
    const w = words[v]![0]
    if (NOT_SUBJECT.test(w)) return null
    const rest = words.slice(v + 1).map((m) => m[0])
    // ("Russian deputy foreign minister rules out talks", "Administration thanks the media for keeping quiet".)
    const particle = PARTICLE.get(w.toLowerCase())
    if (particle && particle.test(rest[0]!)) return credit(line, words, v, words[v + 1]!.index + rest[0]!.length, w)
    if (THANKS.test(w) && rest.slice(1, THANKS_FOR).some((r) => /^for$/i.test(r))) return credit(line, words, v, words[v]!.index + w.length, w)
    if (!SAYS.has(w.toLowerCase())) continue
    // ("Union demands rejected", "Farmers' demands grow": the noun, which something then happens to.)
    if (/^demands$/i.test(w) && /^(?:\p{L}+ed|are|were|is|was|go|grow|mount|rise|met|unmet)$/iu.test(rest[0]!)) return null
    // ("China, Egypt pledge to deepen cooperation": a commitment to act, which the headline reports as news.)
    if (/^to$/i.test(rest[0]!)) return null
    if (/^reports?$/i.test(w) && RESULTS.test(rest[0]!.replace(/[^\p{L}\p{N}]/gu, ''))) return null
    // ("CALLS MEETING" is an act; "CALL ATTACK RESTRAINED", "calls for" say something of it.)
    if (/^calls?$/i.test(w) && !/^(?:for|on)$/i.test(rest[0]!) && !/ed$/i.test(rest.at(-1)!)) return null
    return credit(line, words, v, words[v]!.index + w.length, w)
  }
  return null
}

// The words before the verb at v as the credited speaker, unless they are a headline of another shape.
function credit(line: string, words: readonly RegExpExecArray[], v: number, end: number, verb: string): [number, string, number, string] | null {
  const subject = line.slice(0, words[v - 1]!.index + words[v - 1]![0].length).replace(/\s*<[^>]*>/g, '')
  // (A quotation or a colon before the verb is a headline of another shape.)
  if (/["“”:]/.test(subject)) return null
  return [0, subject, end, verb]
}

// "IRAN" as the body writes it ("Iran"); a word the body keeps in capitals ("U.S.", "OPEC") stays so.
function recase(words: string, body: string): string {
  if (/\p{Ll}/u.test(words)) return words
  return words.split(/\s+/).map((w) => {
    if (new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(body.slice(0, 5000))) return w
    return w.charAt(0) + w.slice(1).toLowerCase()
  }).join(' ')
}

// A word the body writes with a capital as a word of its own ("Iran", "U.S."), not only at a sentence's start.
function namedInBody(word: string, body: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false
  const at = new RegExp(`(?<=[^\\s.!?"“]\\s)${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u')
  return at.test(body)
}
