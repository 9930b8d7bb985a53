// "U.S. Defence Secretary Caspar Weinberger, in remarks apparently unrelated
// to the broadcast, said the U.S. would ...", "State Sen. Dawn Addiego
// (R-Burlington), for example, said Christie ...": a reporting verb right
// after the comma that closes an aside, the aside opened right after the
// name the sentence opens with, has that name for its subject. The phrase
// after the verb begins what was said; it is no inverted speaker ("...,"
// said Christie"). A verb in the stretch before ("Russia, Iran and Syria
// will meet, said Lavrov") makes it content, which an inverted verb closes.

import type { Token } from './nlp.ts'

// How long an aside may be, in tokens.
const MAX_ASIDE = 24
// How long the opening name may be, in tokens (titles included: "U.S. Defence Secretary Caspar Weinberger").
const MAX_NAME = 8
const RELATIVE = /^(?:who|whose|whom|which)$/
const DASH = /^[-–—]+$/
const QUOTE = /^(?:"|“|”|``|'')$/

// How long an opening "When asked about ...," may be, in tokens.
const MAX_ASKED = 12

// The opening name [start, end) when the verb at `verb` follows its aside, else null.
// ("When asked about the report, Netanyahu, in an interview ..., said": an opening question
// put to the speaker is no part of the name; the name after it speaks.)
export function subjectAside(tokens: readonly Token[], from: number, verb: number): [number, number] | null {
  const start = pastAsked(tokens, from, verb)
  const end = afterSubjectAside(tokens, start, verb)
  return end > 0 ? [start, end] : null
}

function pastAsked(tokens: readonly Token[], from: number, verb: number): number {
  const k = tokens[from]?.lower === 'when' ? from + 1 : from
  if (tokens[k]?.lower !== 'asked') return from
  for (let m = k + 1; m < verb && m - k <= MAX_ASKED; m++) {
    if (QUOTE.test(tokens[m]!.text)) return from
    if (tokens[m]!.lower === ',') return m + 1
  }
  return from
}

// The end (exclusive) of the opening name when the verb at `verb` follows its aside, else -1.
// ("Netanyahu, in an interview with Fox News Channel's "Special Report," said": a programme's
// title in quotes after an outlet's possessive may close the aside, its comma inside the marks.)
function afterSubjectAside(tokens: readonly Token[], from: number, verb: number): number {
  const titled = verb - 2 > from && QUOTE.test(tokens[verb - 1]!.text) && tokens[verb - 2]!.lower === ','
  const comma = titled ? verb - 2 : verb - 1
  if (comma <= from || tokens[comma]!.lower !== ',') return -1
  let end = from
  let k = from
  let proper = false
  while (k < comma && k - from < MAX_NAME) {
    const t = tokens[k]!
    if (t.lower === '(') {
      // "(R-Burlington)", "(D-Minn.)": a short bracket after the name.
      let close = k + 1
      while (close < verb && close - k <= 6 && tokens[close]!.lower !== ')') close++
      if (tokens[close]?.lower !== ')') return -1
      k = close + 1
      continue
    }
    if (!t.cap || t.pos !== 'PROPN' && t.pos !== 'NOUN') break
    proper ||= t.pos === 'PROPN'
    k++
    end = k
  }
  // The name ends in a proper noun and a comma opens the aside.
  if (!proper || end === from || tokens[k]?.lower !== ',' || k >= comma) return -1
  const relative = RELATIVE.test(tokens[k + 1]!.lower)
  if (comma - (k + 1) > MAX_ASIDE) return -1
  let title = false
  for (let m = k + 1; m < comma; m++) {
    const t = tokens[m]!
    if (QUOTE.test(t.text)) {
      // (Only a title opened right after a possessive, and closed only by the mark after the final comma.)
      if (title || !titled || !/^(?:'s|’s)$/.test(tokens[m - 1]!.lower) || !tokens[m + 1]?.cap) return -1
      title = true
      continue
    }
    if (title) continue
    // ("WASHINGTON, March 31 - The White House, in a statement, said": a dateline's dash; the name after it speaks.)
    if (DASH.test(t.text)) return -1
    // ("Smith, asked about it, said", "Smith, speaking in Paris, said": a participle may open the aside.)
    if (!relative && (t.pos === 'VERB' || t.pos === 'AUX') && !(m === k + 1 && /(?:ed|ing)$/.test(t.lower))) return -1
  }
  return titled && !title ? -1 : end
}
