// A source seen using a channel of its own ("Earlier, Zakharova published
// an interview on her Telegram channel", "Holm posted the letter on his
// website"): the writer can read that source there without any outlet, so
// a relay met before no longer stands for the source's later words in other
// paragraphs (GUIDE 5: across paragraphs only a source known through the
// relay alone keeps it). The sentence need carry no attribution itself.

import { hasWord } from './word-places.ts'

// "on her Telegram channel", "via its official website", "on his own X account": a possessive, not "on the
// Telegram channel of the agency", which another keeps.
const OWN_CHANNEL = /\b(?:on|via|to|in)\s+(?:her|his|its|their)\s+(?:own\s+|official\s+|personal\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:channel|page|account|website|site|blog|feed|profile|podcast)\b/u
// Only the start of a sentence is read, so the work stays linear in it.
const READ = 400

// Whether the sentence shows someone on a channel of their own (asked once a sentence, before any source).
export const ownChannel = (sentence: string): boolean => OWN_CHANNEL.test(sentence.slice(0, READ))

// Whether such a sentence names the source, by its full name or last word.
export function namesSource(source: string, sentence: string): boolean {
  const head = sentence.slice(0, READ)
  const name = source.replace(/\s*\(.*$/, '')
  const last = name.split(/\s+/).at(-1) ?? ''
  return name.length > 2 && hasWord(head, name, false) || last.length > 2 && hasWord(head, last, false)
}
