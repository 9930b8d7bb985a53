// A role introduced at the top whom the story names only further down,
// where the role word is not repeated: "A Kremlin envoy says talks are
// proceeding “constructively”" above "“The discussions are proceeding
// constructively,” Kirill Dmitriev told reporters"; "..., a military
// scholar said." above "Zhang Chi, a professor at ..., made the remarks".
// News leads with the role and names the person when it gives the quote;
// the source is the person (GUIDE 4). Two signs, each bounded: the words
// the lede quoted come back inside the named person's quote, or the next
// paragraph opens with the person who "made the remarks".

import type { Placed } from './role-holders.ts'

export interface Quoted extends Placed { content: { text: string } }

// How far below the role the person is looked for.
const FAR = 4000
// A quoted fragment worth matching: a long word or more than one word.
// (A single quote mark is a quote only off a word: "Beijing's" holds an apostrophe.)
const FRAGMENT = /[“"]([^“”"\n]{3,80})[”"]|(?<!\p{L})[‘']([^‘’'\n]{3,80})[’'](?!\p{L})/gu
const WORTH = /\p{L}{8}|\p{L}+\s+\p{L}+/u
// "Zhang Chi, a professor at X, made the remarks", "Oxfam International, in its latest assessment, also predicts":
// the name opening the paragraph, an aside, then the remarks made or more of what was said ("also").
const REMARKS = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:,[^,.\n]{1,160},)?\s+(?:(?:made|gave|delivered) (?:the|these|those|his|her|its) (?:remarks?|comments?)\b|also (?:says|said|predicts|predicted|reports|reported|finds|found|warns|warned|estimates|estimated|notes|noted|forecasts|forecast)\b)/u
const PRONOUN = /^(?:He|She|They|It|We|I|This|That)$/

// The person suggestion i's role stands for, or null.
// kind: a person's role ("a military scholar") or a body's ("a top anti-poverty group").
export function ledeHolder(out: readonly Quoted[], i: number, text: string, kind: 'person' | 'organisation'): string | null {
  const s = out[i]!
  const fragments = [...s.content.text.matchAll(FRAGMENT)].map((m) => (m[1] ?? m[2]!).trim().toLowerCase()).filter((f) => WORTH.test(f))
  const opener = nextParagraphOpener(text, s.cue.end)
  for (let j = i + 1; j < out.length; j++) {
    const b = out[j]!
    if (b.cue.start - s.cue.end > FAR) return null
    if (b.sourceKind !== kind || kind === 'person' && !b.source.includes(' ') || b.cue.start < s.cue.end) continue
    if (!text.slice(s.cue.end, b.cue.start).includes('\n')) continue
    // (A person by the surname, a body by its first word: "Oxfam" for "Oxfam International".)
    const word = kind === 'person' ? b.source.split(' ').at(-1)! : b.source.split(' ')[0]!
    if (opener && opener.split(/\s+/).includes(word)) return b.source
    const said = b.content.text.toLowerCase()
    if (fragments.some((f) => said.includes(f))) return b.source
  }
  return null
}

// The name opening the paragraph after `at` when that paragraph says the name made the remarks (the slice read
// is bounded).
function nextParagraphOpener(text: string, at: number): string | null {
  const end = text.indexOf('\n', at)
  if (end < 0 || end - at > 600) return null
  let from = end
  while (from < text.length && /\s/.test(text[from]!)) from++
  const name = REMARKS.exec(text.slice(from, from + 300))?.[1]
  return name && !PRONOUN.test(name) ? name : null
}
