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

// The end (exclusive) of the opening name when the verb at `verb` follows its aside, else -1.
export function afterSubjectAside(tokens: readonly Token[], from: number, verb: number): number {
  if (verb - 1 <= from || tokens[verb - 1]!.lower !== ',') return -1
  let end = from
  let k = from
  let proper = false
  while (k < verb && k - from < MAX_NAME) {
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
  if (!proper || end === from || tokens[k]?.lower !== ',' || k >= verb - 1) return -1
  const relative = RELATIVE.test(tokens[k + 1]!.lower)
  if (verb - 1 - (k + 1) > MAX_ASIDE) return -1
  for (let m = k + 1; m < verb - 1; m++) {
    const t = tokens[m]!
    // ("WASHINGTON, March 31 - The White House, in a statement, said": a dateline's dash; the name after it speaks.)
    if (QUOTE.test(t.text) || DASH.test(t.text)) return -1
    // ("Smith, asked about it, said", "Smith, speaking in Paris, said": a participle may open the aside.)
    if (!relative && (t.pos === 'VERB' || t.pos === 'AUX') && !(m === k + 1 && /(?:ed|ing)$/.test(t.lower))) return -1
  }
  return end
}
