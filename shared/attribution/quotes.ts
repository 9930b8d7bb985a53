// Quotation marks, read once over the article's tokens: which tokens are
// inside a quotation, and per sentence whether it has a mark, starts or
// ends inside a quotation, or carries on a quotation left open by the
// paragraph before (GUIDE decision 3: multi-sentence quotations).

import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'

const OPENING = new Set(['"', '“', '``'])

// Quotation marks per token, and per sentence whether it starts or ends inside a quotation.
export function quoteFlags(text: string, tokens: readonly Token[], sentences: readonly Sentence[]) {
  const inside = new Uint8Array(tokens.length)
  const has: boolean[] = []
  const starts: boolean[] = []
  const ends: boolean[] = []
  // A paragraph that opens a quotation without closing it continues into the
  // next one when that one opens with a quotation mark (news style).
  const continues: boolean[] = []
  let open = false
  let para = -1
  for (const s of sentences) {
    const first = s.para !== para
    // ("... at dawn.¶ Later, ... at her home," said X': a paragraph whose first mark closes, after one left open,
    // goes on with the quotation though the writer did not open it again.)
    const reopened: boolean = first && open && closesFirst(text, tokens, s.from, s.para, sentences, s.index)
    continues.push(first && open && s.from < s.to && (OPENING.has(tokens[s.from]!.text) || reopened))
    if (first) { open = reopened; para = s.para }
    starts.push(open)
    let any = false
    for (let k = s.from; k < s.to; k++) {
      const w = tokens[k]!.text
      if (w === '"' || w === '“' || w === '”' || w === "''" || w === '``') {
        any = true
        // ("... spending. "The government must ...": a straight mark opening a sentence inside a quotation
        // opens it again, as a new paragraph of the quotation would; it closes none.)
        open = w === '“' || w === '``' || w === '"' && k === s.from && open ? true : w === '”' || w === "''" ? false : !open
        inside[k] = 0
        continue
      }
      inside[k] = open ? 1 : 0
    }
    has.push(any)
    ends.push(open)
  }
  return { inside, has, starts, ends, continues }
}

// Whether the first quotation mark of the paragraph starting at sentence `at` closes a quotation: a closing
// curly mark, or a straight one glued to the word or stop before it with no word glued after it.
// (Reads the paragraph up to its first mark only: each paragraph once.)
function closesFirst(text: string, tokens: readonly Token[], from: number, para: number, sentences: readonly Sentence[], at: number): boolean {
  let end = from
  for (let i = at; i < sentences.length && sentences[i]!.para === para; i++) end = sentences[i]!.to
  for (let k = from; k < end; k++) {
    const w = tokens[k]!.text
    if (w === '”' || w === "''") return k > from
    if (w === '“' || w === '``') return false
    if (w !== '"') continue
    const glued = k > from && tokens[k - 1]!.end === tokens[k]!.start
    const after = k + 1 < tokens.length ? tokens[k + 1]! : null
    return glued && (after === null || after.start > tokens[k]!.end || /^[,.;:!?]$/.test(after.text))
  }
  return false
}
