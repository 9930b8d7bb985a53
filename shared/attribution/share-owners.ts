// A name whose shares or stock the sentence speaks of ("Shares of Japan's
// Nidec slumped", "Toyota shares fell", "Sony's stock") is a listed firm,
// however it looks: a one-word name the engine would take for a person's is
// then an antecedent for "the company", "the chipmaker", "the Kyoto-based
// supplier to Apple" (role-antecedents.ts). Read within one sentence.

// "shares of" / "stock in" before the name, a possessive country between ("Shares of Japan's Nidec").
const BEFORE = /\b(?:shares|stock|stake)\s+(?:of|in)\s+(?:\p{Lu}[\p{L}.]*['’]s\s+)?$/iu
// The name's shares after it: "Nidec shares", "Nidec's stock", "Nidec's share price".
const AFTER = /^(?:['’]s)?\s+(?:shares|stock|share price|market value|market capitalisation|market capitalization)\b/i

// Whether the sentence writes `name` as the owner of shares.
export function listedInSentence(words: string, name: string): boolean {
  // (A few occurrences at most, each a bounded look either side.)
  for (let k = words.indexOf(name), n = 0; k >= 0 && n < 8; k = words.indexOf(name, k + name.length), n++) {
    if (BEFORE.test(words.slice(Math.max(0, k - 40), k)) || AFTER.test(words.slice(k + name.length, k + name.length + 30))) return true
  }
  return false
}
