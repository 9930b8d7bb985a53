// Where a firm's name starts after its staff's noun and preposition, or -1:
// "analysts at Goldman Sachs", "Analysts of Bank of America", and with the
// firm's kind written before its name, "analysts at research group Pantheon
// Macroeconomics", "economists at the think tank Resolution Foundation"
// (the kind is no part of the name; the firm speaks, as "analysts at
// Barclays" are Barclays by the sets' labels).

import type { Token } from './nlp.ts'
import { isCap } from './phrases.ts'

// Lower-case words of the firm's kind before its name ("research group", "think tank", "rival").
const MAX_KIND_WORDS = 3

export function firmStart(words: readonly Token[], lower: readonly string[], capOrLink: (w: Token) => boolean): number {
  if (lower.length < 3 || !/^(?:at|of)$/.test(lower[1]!)) return -1
  let k = lower[2] === 'the' ? 3 : 2
  const kinds = k
  while (k < words.length && k - kinds < MAX_KIND_WORDS && !words[k]!.cap && /^(?:NOUN|ADJ)$/.test(words[k]!.pos)) k++
  // ("analysts of Japanese stocks": a name must follow, and end the phrase.)
  if (k >= words.length || !isCap(words[k]!)) return -1
  for (let j = k; j < words.length; j++) if (!capOrLink(words[j]!) && !/^(?:&|the|and)$/.test(words[j]!.lower)) return -1
  return k
}
