// A frame that announces a text printed in full after its colon, as state
// media and any outlet printing a statement word for word write it:
// "Kim Yo Jong, vice department director of ..., issued the following press
// statement on Tuesday:", "A spokesman for the Ministry of X released the
// following article titled "..." on Thursday:", "The spokesperson answered
// the following question raised by KCNA:". The verb does not report by
// itself (issuing, answering); "the following" and the colon ending the
// sentence make it announce words, so its subject speaks them (the label
// convention: the frame's grammatical subject, the issuer). And "The
// following is the press statement of Kim Yo Jong ...:", where the subject
// is the text itself: the document, issuer + document noun as written.
// reproduced-texts.ts carries the frame over the paragraphs after it.

import type { Cue, SentenceView } from './cue-types.ts'
import { cue, speakerOf } from './cue-sentence.ts'
import { countryOfficer } from './country-officers.ts'
import { knownOutlet } from './outlets.ts'
import { describe } from './speakers.ts'
import { phraseStartingAt, subjectBefore } from './phrases.ts'
import type { Speaker } from './speakers.ts'
import type { Phrase } from './phrases.ts'
import { outerCueAt } from './verb-at.ts'

const ISSUES = /^(?:reflects|reflected|contains|contained|issued|issues|released|releases|published|publishes|sent|sends|made|makes|delivered|delivers|gave|gives|answered|answers|carried|carries|read|reads|posted|posts|presented|presents|addressed|addresses|listed|lists|outlined|outlines|enumerated|enumerates)$/
// Words that may stand between the verb and "the following": "made public the following", "issued on Monday the following".
const BETWEEN = /^(?:public|out|on|in|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/

// The speaker a frame's subject names: a person, a body, an unnamed officer; not a thing nor a pronoun with no antecedent role.
const speaks = (s: Speaker | null): s is Speaker => s !== null && (s.type === 'name' || s.type === 'anonymous' || s.type === 'office' ||
  s.type === 'role' || s.type === 'pronoun' && /^(?:he|she|they|it|we)$/.test(s.word))

export function textFrames(view: SentenceView, cues: Cue[]): void {
  const { text, tokens, from, to, inside } = view
  // Only a sentence that ends in its colon announces what follows.
  if (to - from < 4 || tokens[to - 1]!.lower !== ':') return
  const inQuote = (k: number) => inside[k] === 1
  // ("He listed the following:": the frame's "the following" may close it, right before the colon.)
  for (let k = from; k < to - 1; k++) {
    if (inQuote(k) || tokens[k]!.lower !== 'following') continue
    // "The following is the press statement of X", "Following is the text of the statement": the text itself speaks.
    const opens = k === from || tokens[k - 1]!.lower === '--' || tokens[k - 1]!.lower === 'the' && (k - 1 === from || tokens[k - 2]!.lower === '--')
    if (opens && /^(?:is|are)$/.test(tokens[k + 1]!.lower)) {
      const own = ownedText(text, tokens, k + 2, to)
      if (own) cues.push({ ...cue('verb', k - (tokens[k - 1]?.lower === 'the' ? 1 : 0), k + 2, own, false, true, false), announces: true })
      return
    }
    // "issued the following", "made public the following": the verb a few words before.
    let v = k - 1
    if (tokens[v]?.lower === 'the') v--
    while (v > from && k - v <= 4 && BETWEEN.test(tokens[v]!.lower)) v--
    if (v <= from || !ISSUES.test(tokens[v]!.lower)) return
    // ("answered the following question": a verb the cue readers took already announces the text.)
    const had = outerCueAt(cues, v)
    if (had) { had.announces = true; return }
    if (cues.some((c) => !c.inQuote && c.leading)) return
    const subject = subjectBefore(tokens, from, v, inQuote) ?? strayComma(tokens, from, v, inQuote)
    const speaker = subject ? speakerOf(subject) : null
    if (!subject || !speaks(speaker)) return
    cues.push({ ...cue('verb', subject.a, k + 1, speaker, false, true, false), verb: v, announces: true })
    return
  }
}

// "The External Policy Office of the Foreign Ministry of the DPRK, released the following press statement":
// a comma the agency's copy left between a capitalised name and the frame's verb, with no aside it could close.
function strayComma(tokens: SentenceView['tokens'], from: number, v: number, inQuote: (k: number) => boolean): Phrase | null {
  if (v - 2 < from || tokens[v - 1]!.lower !== ',' || !tokens[v - 2]!.cap) return null
  const p = subjectBefore(tokens, from, v - 1, inQuote)
  if (!p || !tokens[p.a]!.cap && tokens[p.a]!.pos !== 'DET') return null
  for (let k = p.a; k < v - 1; k++) if (tokens[k]!.lower === ',') return null
  return p
}

// "the press statement of Kim Yo Jong, ...": the text's noun and its issuer after "of" or "by", as one document
// named issuer + noun; "the full text of the statement" or a bare text: the text the phrase names.
function ownedText(text: string, tokens: SentenceView['tokens'], a: number, to: number): Speaker | null {
  const found = phraseStartingAt(tokens, a, to)
  if (!found) return null
  const p = untitled(tokens, found)
  // ("the full text of an article "..." issued by a military commentator of the DPRK": the issuer speaks.)
  const by = issuedBy(text, tokens, p.b, to)
  if (by) return by
  // ("the full text of the statement", "the text": the text named, or the one the article spoke of last.)
  if (tokens[p.b - 1]!.lower === 'text') {
    const of = tokens[p.b]?.lower === 'of' ? phraseStartingAt(tokens, p.b + 1, to) : null
    const by = of ? issuedBy(text, tokens, untitled(tokens, of).b, to) : null
    if (by) return by
    const named = of ? describe(text, tokens, of) : null
    return named?.type === 'role' && named.group === 'document' || named?.type === 'document' ? named : lastText(text.slice(Math.max(0, tokens[a]!.start - LOOK_BACK), tokens[a]!.start))
  }
  const outlet = outletText(text, tokens, p)
  if (outlet) return outlet
  const noun = describe(text, tokens, p)
  if (noun?.type !== 'role' || noun.group !== 'document') return null
  if (!/^(?:of|by)$/.test(tokens[p.b]?.lower ?? '')) return noun
  const q = phraseStartingAt(tokens, p.b + 1, to)
  const issuer = q ? describe(text, tokens, q) : null
  if (issuer?.type !== 'name') return noun
  return { type: 'document', name: `${issuer.name} ${[...noun.mods, noun.head].join(' ')}`, owner: null }
}

// ("the KCNA commentary", "the Rodong Sinmun editorial": an outlet's own text is the outlet's, GUIDE 7.)
const OUTLET_TEXTS = /^(?:commentary|editorial|article)$/
function outletText(text: string, tokens: SentenceView['tokens'], p: Phrase): Speaker | null {
  const a = tokens[p.a]!.pos === 'DET' ? p.a + 1 : p.a
  if (p.b - a < 2 || !OUTLET_TEXTS.test(tokens[p.b - 1]!.lower)) return null
  const owner = knownOutlet(text.slice(tokens[a]!.start, tokens[p.b - 2]!.end).replace(/['’]s$/, ''))
  return owner ? { type: 'name', name: owner, titles: [] } : null
}

const TITLES = /^(?:titled|entitled|headlined)$/
// ("the KCNA commentary titled "..."": the title's participle is no part of the text's noun.)
function untitled(tokens: SentenceView['tokens'], p: Phrase): Phrase {
  let cut = p.a
  while (cut < p.b && !TITLES.test(tokens[cut]!.lower) && !/^["“]$/.test(tokens[cut]!.text)) cut++
  return cut > p.a ? { ...p, b: cut } : p
}
const ISSUED_BY = /^(?:issued|released|published|written|made|sent|delivered)$/

// After the text's noun, its quoted title and a participle with "by": the issuer as a speaker ("issued by a military
// commentator of the DPRK on Friday"), as "a military commentator issued the following article" would name it.
function issuedBy(text: string, tokens: SentenceView['tokens'], b: number, to: number): Speaker | null {
  let k = b
  if (k < to && TITLES.test(tokens[k]!.lower)) k++
  // (The title in quotation marks: skipped up to its closing mark, a bounded walk within the sentence.)
  if (k < to && /^["“]$/.test(tokens[k]!.text)) {
    k++
    while (k < to && !/^["”]$/.test(tokens[k]!.text)) k++
    k++
  }
  if (k + 2 >= to || !ISSUED_BY.test(tokens[k]!.lower) || tokens[k + 1]!.lower !== 'by') return null
  // ("a military commentator of the DPRK": a role of a country, named after it.)
  const officer = countryOfficer(text.slice(tokens[k + 2]!.start, tokens[to - 1]!.end))
  if (officer) return { type: 'anonymous', name: officer, head: officer.replace(/ \(anonymous\)$/, '').split(' ').at(-1)! }
  const q = phraseStartingAt(tokens, k + 2, to)
  const speaker = q ? describe(text, tokens, q) : null
  return speaks(speaker) && speaker.type !== 'pronoun' ? speaker : null
}

// How far back "the full text" looks for the text the article announced ("A joint communique was issued ...").
const LOOK_BACK = 400
const TEXTS = /\b(?:(joint|press|open|congratulatory|common|official) )?(statement|communique|declaration|letter|message|resolution|appeal|speech|address|agreement|treaty|report|decree|order)\b/g

// The last text named before, as a role noun the discourse resolves ("joint communique"), or a bare text.
function lastText(before: string): Speaker {
  let found: RegExpExecArray | null = null
  for (const m of before.matchAll(TEXTS)) found = m
  if (!found) return { type: 'role', head: 'text', mods: [], group: 'document' }
  return { type: 'role', head: found[2]!, mods: found[1] ? [found[1]] : [], group: 'document' }
}
