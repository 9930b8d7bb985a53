// '"Why now?" Berg asked.', '"It is over!" said Berg.': a question or an
// exclamation that closes a quotation does not end the sentence when the
// speaker's cue follows it, nor does a full stop when the cue alone ends the
// sentence ('"... for rain." Matie added.') (GUIDE 1 counts '"...?" X said.' as one
// sentence; the tagger's splitter ends it at the mark, which left the cue
// with nothing to claim). Looks at a few tokens only.

import type { Token } from './nlp.ts'

const CLOSE = /^(?:"|”|'')$/
const SPEECH = /^(?:said|says|asked|asks|told|tells|added|adds|testified|announced|argued|answered|replied|replies|wrote|writes|shouted|yelled|exclaimed|cried|wondered|continued|insisted|demanded|recalled|explained|declared|responded|tweeted|posted|quipped|joked|laughed|sighed|warned)$/
// The cue comes within a few words: "asked Berg", "Berg asked", "the former minister told the paper".
const WITHIN = 6

export function cueAfterQuote(tokens: readonly Token[], k: number, t: number): boolean {
  // ("?’”": a quotation inside the quotation closes first.)
  const mark = k >= 3 && /^(?:’|')$/.test(tokens[k - 2]!.text) ? k - 3 : k - 2
  if (k < 2 || !CLOSE.test(tokens[k - 1]!.text) || !/^[?!.]+$/.test(tokens[mark]!.text)) return false
  const stop = tokens[mark]!.text === '.'
  for (let i = k; i < Math.min(t, k + WITHIN); i++) {
    const w = tokens[i]!.text
    if (/^[.?!;:"“”]$/.test(w)) return false
    // ('"... for rain." Matie added.': after a full stop, only a tag that ends the sentence at once; '"We won."
    // Smith said the team ...' starts a new one.)
    if (SPEECH.test(w)) return !stop || endsSoon(tokens, i + 1, t)
  }
  return false
}

// A full stop within three tokens after i, with nothing but words before it.
function endsSoon(tokens: readonly Token[], i: number, t: number): boolean {
  for (let n = i; n < Math.min(t, i + 4); n++) {
    if (tokens[n]!.text === '.') return true
    if (tokens[n]!.pos === 'PUNCT' || /^(?:that|the|a|an)$/.test(tokens[n]!.lower)) return false
  }
  return false
}
