// The name of an unnamed source as the phrase gives it (GUIDE 4: a
// descriptive name ending in "(anonymous)"): "two European officials" are
// "European officials (anonymous)", "sources in the shipping industry" are
// "shipping industry sources (anonymous)", "officials in Kyiv" are
// "Ukrainian officials (anonymous)".

import type { Token } from './nlp.ts'
import { ANONYMOUS_HEADS, COUNTRY_OF_CAPITAL, DEMONYM_OF, DEMONYMS, PERSON_ROLES } from './lexicon.ts'
import { fold } from './fold.ts'

const QUANTIFIERS = /^(?:a|an|the|unnamed|unidentified|anonymous|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|some|many|most|few|other|both|multiple|numerous|various|countless|another|first|second|third|fourth|fifth|hundreds|thousands|millions|hundred|thousand|million|billion|\d[\d,.]*)$/

// Nouns for the two parties to something: "sides" alone names no one.
export const PAIRED = /^(?:sides|camps|parties)$/

// "two European officials" -> "European officials (anonymous)"; a sentence-initial capital is dropped.
export function anonymousName(text: string, tokens: readonly Token[], a: number, b: number): string {
  let k = a
  // Counts and articles are no part of the name: "three officials", "some Western media" (label conventions).
  // ("Both sides said": a noun that names no one without its "both" keeps it.)
  const paired = tokens[k]!.lower === 'both' && PAIRED.test(tokens[b - 1]!.lower)
  while (k < b - 1 && QUANTIFIERS.test(tokens[k]!.lower) && !paired) k++
  // ("taxes and fines and many observers say": a count after "and" opens the group; what came before is another phrase.)
  // (Not past a preposition: "people familiar with talks between the port and the unions" is one group, described.)
  for (let j = k + 1; j < b - 1 && tokens[j - 1]!.pos !== 'ADP'; j++) if (/^(?:and|or)$/.test(tokens[j - 1]!.lower) && QUANTIFIERS.test(tokens[j]!.lower) && !paired) {
    k = j
    while (k < b - 1 && QUANTIFIERS.test(tokens[k]!.lower)) k++
    j = k
  }
  let name = text.slice(tokens[k]!.start, tokens[b - 1]!.end).replace(/, (?=(?:at|in|from) )/, ' ')
  const first = tokens[k]!
  // "Officials said" opens a sentence with a capital; "two Fed officials" keeps its name's.
  const opening = k === 0 || tokens[k - 1]!.sentence !== first.sentence || /^(?:["“”:—–-]|``)$/.test(tokens[k - 1]!.text) || k === a
  const common = (first.pos === 'NOUN' && (opening || !first.cap)) || opening && OPENING_DESCRIBERS.test(first.lower) && /^(?:and|or)$/.test(tokens[k + 1]?.lower ?? '') || first.lower === 'some' || paired || ANONYMOUS_HEADS.has(first.lower) || PERSON_ROLES.has(first.lower)
  if (common || first.pos === 'ADJ' && !DEMONYMS.has(first.lower)) name = name[0]!.toLowerCase() + name.slice(1)
  name = withoutReporting(name + describingClause(text, tokens, b))
  // "sources in the shipping industry" are "shipping industry sources".
  // "sources in the industry" are "industry sources"; "sources in the diplomatic community" are "diplomatic sources".
  const trade = /^(sources?|officials?|executives?) (?:in|from) the (?:([\p{Ll}-]+(?: [\p{Ll}-]+)?) )?(industry|sector|community|circles)$/u.exec(name)
  if (trade) name = trade[2] && /^(?:community|circles)$/.test(trade[3]!) ? `${trade[2]} ${trade[1]}` : `${trade[2] ? `${trade[2]} ` : ''}${trade[3]} ${trade[1]}`
  return `${memberName(name)} (anonymous)`
}

// How the writer reached a group is no part of its name (label conventions, session 18: the phrase after the
// noun goes): "economists polled by Reuters", "analysts in a Reuters poll", "bankers contacted by AFP" are
// economists, analysts, bankers. What the group is or knows stays: "people familiar with the matter".
const LONGEST_GROUP = 200
const REPORTING = / (?:(?:polled|surveyed|canvassed|sampled|interviewed|questioned|contacted|consulted|reached) by .+|(?:in|for) an? (?:[\p{L}.'’-]+ ){0,3}(?:poll|survey)(?: .+)?)$/u
export const withoutReporting = (name: string) => {
  // (A group's name is a phrase: a longer one is no name, and is not searched, so the work stays linear.)
  const cut = name.length <= LONGEST_GROUP ? REPORTING.exec(name) : null
  return cut && cut.index > 0 ? name.slice(0, cut.index) : name
}

// "one banker who attended the symposium": a relative clause telling who the source is stays in the name
// (label conventions, session 19); one telling how the writer reached him ("who asked not to be named",
// "who spoke on condition of anonymity", "who declined to be identified") goes. A short clause only, ended by
// the sentence's next verb or a comma: "Analysts who attended the meeting said".
const REACHED = /^(?:asked|declined|requested|spoke|did|does|do|would|could|can|cannot|insisted|wished|preferred|requested|refused)$/
const CLAUSE_WORDS = 6
export function describingClause(text: string, tokens: readonly Token[], b: number): string {
  const who = tokens[b]
  if (who?.lower !== 'who' || who.sentence !== tokens[b - 1]!.sentence || REACHED.test(tokens[b + 1]?.lower ?? '')) return ''
  if (/^(?:is|are|was|were)$/.test(tokens[b + 1]?.lower ?? '') && tokens[b + 2]?.lower === 'not') return ''
  if (tokens[b + 1]?.pos !== 'VERB') return ''
  let k = b + 2
  while (k < tokens.length && k <= b + CLAUSE_WORDS && tokens[k]!.sentence === who.sentence && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX' && tokens[k]!.pos !== 'PUNCT') k++
  const end = tokens[k]
  if (!end || end.sentence !== who.sentence || k > b + CLAUSE_WORDS || !(end.pos === 'VERB' || end.pos === 'AUX' || end.pos === 'PUNCT')) return ''
  return ` ${text.slice(who.start, tokens[k - 1]!.end)}`
}

export const opensSentence = (tokens: readonly Token[], k: number) => k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence || /^(?:["“”:—–-]|``)$/.test(tokens[k - 1]!.text)

// Words that describe sources, which the tagger reads as names when they open a sentence ("Current and former officials said").
export const OPENING_DESCRIBERS = /^(?:current|former|past|present|serving|retired|senior|junior|military|civilian|local|foreign|federal|state|public|private)$/

// "a delegate from a Gulf producer", "an official at the State Department": named by the body they belong to.
// ("an official at the Ministry of Post and Telecommunications": a body's name may run on past "of" and "and".)
const MEMBER = /^((?:\p{Ll}[\p{Ll}-]* ){0,2})(\p{Ll}+) (?:from|at|in) (?:an? |the )?(\p{Lu}[\p{L}.+-]*(?: [\p{L}.+-]+){0,2}|\p{Lu}[\p{L}.+-]*(?: (?:of|and|for|&) (?:the )?\p{Lu}[\p{L}.+-]*| \p{Lu}[\p{L}.+-]*){1,6})$/u
const MARK = / \((?:anonymous|unnamed)\)$/
const POST_WORD = /(?:^|(?<= ))(chief|deputy|principal|lead) $/

// (`body` tests the body's name: a caller may take only public bodies, "an official at the Ministry of X".)
export function memberName(description: string, body: (name: string) => boolean = () => true): string {
  const mark = MARK.exec(description)?.[0] ?? ''
  const name = description.slice(0, description.length - mark.length)
  const member = MEMBER.exec(name)
  if (member && !body(member[3]!)) return description
  // A body described by a demonym ("a source at the Turkish foreign ministry") keeps the long form.
  if (!member || !ANONYMOUS_HEADS.has(member[2]!) || DEMONYMS.has(member[3]!.split(' ')[0]!.toLowerCase())) return description
  // "officials in Kyiv" are Ukrainian officials: a capital or a country stands for its state.
  const place = fold(member[3]!)
  const demonym = DEMONYM_OF.get(COUNTRY_OF_CAPITAL.get(place) ?? place)
  // (Words before the noun stay before the body: "a senior official at the Agriculture Ministry" is a "senior Agriculture Ministry official".)
  // ("a chief economist at Yamawa Securities": "chief" makes the post with its noun, "Yamawa Securities chief economist".)
  const post = POST_WORD.exec(member[1]!)
  const before = post ? member[1]!.slice(0, post.index) : member[1]
  const noun = post ? `${post[1]} ${member[2]}` : member[2]
  return `${before}${demonym && place !== 'brussels' ? `${demonym} ${noun}` : `${member[3]} ${noun}`}${mark}`
}
