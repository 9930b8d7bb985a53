// More ways an article names whose text a bare "the study" or "the
// assessment" is (document-issuers.ts reads "X's report", "the report of X",
// "published by X"), read in the same short window around a mention:
// - the issuer's name right before the noun: "a Consumer Reports study",
//   "In the BfV threat assessment" (the words between kept: "threat");
// - the issuer that made the text, told in a clause about it: "Consumer
//   Reports, which conducted the study".
// And for research with no issuer written beside it ("a new study has
// found"), the one body the article credits with research of any name:
// "according to projections by the Global Carbon Budget".

import { DEMONYMS } from './lexicon.ts'

const WORD = String.raw`\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L})){0,30}`
const NAME = String.raw`(${WORD}(?: +(?:(?:of|for|and|on|the|&) +){0,2}${WORD}){0,5})`
// "a Consumer Reports study", "the BfV threat assessment": article, name, at most two lower-case words, then the noun.
// (The words between are the text's kind, never a verb or an article: "the Ministry ... issued a statement".)
const KIND_WORD = String.raw`(?!(?:a|an|the|its|their|his|her|this|that|of|for|in|on|to|by|with|and|or|as|at|from)\b)(?!\p{Ll}+ed\b)\p{Ll}[\p{Ll}-]*`
const NAMED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he) +${NAME} +((?:${KIND_WORD} +){0,2})$`, 'u')
// "Consumer Reports, which conducted the study".
const MADE_BY = new RegExp(String.raw`${NAME}, +(?:which|who) +(?:conducted|carried +out|produced|published|released|commissioned|issued|wrote|prepared) +(?:the|this|its|their) +((?:\p{Ll}[\p{Ll}-]* +){0,2})$`, 'u')
// Words that open a sentence or name a time and so own no text.
const NOT_NAME = /^(?:The|A|An|This|That|In|On|At|By|New|Last|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/

// [issuer, the words before the noun] named in the text just before a mention of a text's noun, or null.
// `defined`: whether the article writes a one-word name as initials in brackets ("(BfV)"): only such a word
// names an issuer alone ("the A&E figures" are figures about A&E).
export function issuerBefore(before: string, defined: (word: string) => boolean): [string, string] | null {
  for (const re of [MADE_BY, NAMED_BEFORE]) {
    const m = re.exec(before)
    if (!m) continue
    const name = m[1]!
    // ("a Russian study": a nationality describes the text, it names no issuer.)
    if (NOT_NAME.test(name.split(' ')[0]!) || DEMONYMS.has(name.toLowerCase())) continue
    if (re === NAMED_BEFORE && !name.includes(' ') && !defined(name)) continue
    return [name, m[2]!.trim()]
  }
  return null
}

// Research nouns after which "by" names its maker: "projections by the Global Carbon Budget".
const RESEARCH_BY = new RegExp(String.raw`\b(?:projections|estimates|research|analysis|modelling|modeling|calculations|survey|study|report) +(?:by|from) +(?:the +)?${NAME}`, 'gu')
const MAX_READ = 32

// The one body the article credits with research, or null when it names none or two.
export function researchMaker(text: string): string | null {
  let found: string | null = null
  let n = 0
  for (const m of text.matchAll(RESEARCH_BY)) {
    if (++n > MAX_READ) break
    const body = m[1]!
    if (NOT_NAME.test(body.split(' ')[0]!) || DEMONYMS.has(body.toLowerCase())) continue
    if (found && found !== body) return null
    found = body
  }
  return found
}

// The one issuer the article names beside this kind of text by the shapes above ("In the BfV threat assessment"), with
// the words between ("BfV threat"), read around the first mentions of the noun; null when none or two.
export function namedTextIssuer(text: string, head: string): string | null {
  let found: string | null = null
  let n = 0
  for (let at = text.indexOf(head); at >= 0 && n < MAX_READ; at = text.indexOf(head, at + head.length)) {
    if (/\p{L}/u.test(text.charAt(at - 1)) || /\p{L}/u.test(text.charAt(at + head.length))) continue
    n++
    const named = issuerBefore(text.slice(Math.max(0, at - 160), at), (w) => definedInitials(text, w))
    if (!named) continue
    const name = named[1] ? `${named[0]} ${named[1]}` : named[0]
    if (found && found !== name) return null
    found = name
  }
  return found
}

// Whether the text writes the word in brackets, as initials it defines.
export const definedInitials = (text: string, word: string): boolean => text.includes(`(${word})`)
