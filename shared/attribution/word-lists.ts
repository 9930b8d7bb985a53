// A list of whole words tested per token, as /^(?:said|says|told)$/ tests a
// word, by one set look-up: rules run such tests on every token of a long
// text, where a regular expression costs some ten times a hash look-up.

export interface WordList { test(word: string): boolean }

// words: the list as the pattern wrote it, "said|says|told" (plain words, no pattern syntax).
export function wordList(words: string): WordList {
  const set = new Set(words.split('|'))
  return { test: (word: string) => set.has(word) }
}
