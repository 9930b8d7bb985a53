// A name whose shares or stock the sentence speaks of ("Shares of Japan's
// Nidec slumped", "Toyota shares fell", "Sony's stock") is a listed firm,
// however it looks: a one-word name the engine would take for a person's is
// then an antecedent for "the company", "the chipmaker", "the Kyoto-based
// supplier to Apple" (role-antecedents.ts). So is one written with its stock
// code ("Orvane Lakes' (NYSE: ORL)"). Read within one sentence.

// "shares of" / "stock in" before the name, a possessive country between ("Shares of Japan's Nidec").
const BEFORE = /\b(?:shares|stock|stake)\s+(?:of|in)\s+(?:\p{Lu}[\p{L}.]*['’]s\s+)?$/iu
// The name's shares after it: "Nidec shares", "Nidec's stock", "Nidec's share price".
const AFTER = /^(?:['’]s)?\s+(?:shares|stock|share price|market value|market capitalisation|market capitalization)\b/i

// Its stock code in brackets after it: "Orvane Lakes' (NYSE: ORL)", "Brill Crate & Barrow Inc (BCB.O)", an exchange's
// name left with its colon when the code was lost ("(NYSE:)").
const TICKER = /^(?:['’]s?)?\s*\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NSE|BSE|HKEX|SGX|TYO|OTC|AMEX|Euronext)\s*:[^)]{0,12}|[A-Z][A-Z0-9]{0,5}\.[A-Z]{1,2})\)/

// Whether the sentence writes `name` as the owner of shares.
export function listedInSentence(words: string, name: string): boolean {
  // (A few occurrences at most, each a bounded look either side.)
  for (let k = words.indexOf(name), n = 0; k >= 0 && n < 8; k = words.indexOf(name, k + name.length), n++) {
    if (BEFORE.test(words.slice(Math.max(0, k - 40), k)) || AFTER.test(words.slice(k + name.length, k + name.length + 30)) || TICKER.test(words.slice(k + name.length, k + name.length + 30))) return true
  }
  return false
}
