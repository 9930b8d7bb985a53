// Messages and letters a named party sends: "Kim Jong Un sent a message of
// greeting to Thongloun Sisoulith, president of Laos", "The President
// received a congratulatory letter from Vladimir Putin". "The message said"
// after it is the sender's text, named issuer + the noun as written (the
// README's documents convention: `Kim Jong Un message`), not the addressee's
// nor an unnamed "message". Only a name the sentence itself gives counts.

import type { Named } from './name-runs.ts'

const NOUNS = String.raw`(message|letter|telegram|reply|greetings?)`
// "<sender>[, his posts,] sent a [congratulatory] message ...": the sender opens the sentence (after a dateline).
const SENT = new RegExp(String.raw`^([^]{1,200}?)\s+(?:has\s+|have\s+|had\s+)?(?:sent|addressed|dispatched|forwarded)\s+(?:a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?${NOUNS}\b`, 'u')
// "... a [congratulatory] message [of greeting] from <sender>".
const FROM = new RegExp(String.raw`\b${NOUNS}s?\s+(?:of\s+[\p{Ll} ]{1,30}?\s+)?from\s+(?:the\s+)?`, 'gu')
const DATELINE = /^[^()\n]{0,60}\([^()\n]{1,30}\)\s*(?:--|—|–)\s*/u
// Past this many words a sentence is not read for senders (bounds the work on long sentences).
const MAX_WORDS = 2000

// The texts the sentence says a named party sent, as "<sender> <noun>".
export function textsSentIn(words: string, named: readonly Named[], canonical: (name: string) => string): string[] {
  if (!named.length || words.length > MAX_WORDS || !/\b(?:message|letter|telegram|reply|greeting)/.test(words)) return []
  const out: string[] = []
  const body = words.slice(DATELINE.exec(words)?.[0].length ?? 0)
  const sent = SENT.exec(body)
  if (sent) {
    // (The sender is the sentence's first name: "Kim Jong Un, general secretary of the WPK, sent".)
    const first = named.find((n) => body.startsWith(n.name) || new RegExp(String.raw`^(?:\p{Lu}[\p{L}.-]*\s+){1,3}`, 'u').exec(body)?.[0] && body.includes(n.name) && body.indexOf(n.name) < 40)
    if (first && sent[1]!.includes(first.name)) out.push(`${canonical(first.name)} ${nounOf(sent[2]!)}`)
  }
  for (const m of body.matchAll(FROM)) {
    const after = body.slice(m.index + m[0].length)
    const sender = named.find((n) => after.startsWith(n.name))
    if (sender) out.push(`${canonical(sender.name)} ${nounOf(m[1]!)}`)
    if (out.length >= 4) break
  }
  return out
}

// ("greetings" is one text: "a message of greetings".)
const nounOf = (noun: string) => (noun === 'greetings' ? 'greeting' : noun)
