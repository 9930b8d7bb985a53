// The people an article names and the fullest form of each (GUIDE 4:
// "Donald J. Trump" when the article writes it so). A short form is one
// person's name when its words appear, in order, in the longer name
// ("Donald Trump", "Trump" in "Donald J. Trump"). Two people may share a
// surname (a father and his son): the bare surname is then the one the
// article introduced first, as news goes on to call the other by his
// given name.

import { fold } from './fold.ts'

// Folded words, initials without their dots ("J." and "J" are one initial).
// (fold() leaves one plain space between words and none at either end, so
// a split at ' ' reads the words /\s+/ would: the pattern's split was a
// tenth of the 1 MB article's name work, run for every canonical lookup.)
const wordsOf = (name: string) => fold(name).split(' ').map(undotted)
const undotted = (w: string) => (w.endsWith('.') ? w.slice(0, -1) : w)

// A peer's or knight's title before a surname ("Lord Baker" for Kenneth Baker) is no word of the name.
const HONOURS = /^(?:lord|lady|sir|dame|baroness|baron)$/

// A name's words as a short form reads them: without a peer's title.
const asShort = (named: readonly string[]) => named.length === 2 && HONOURS.test(named[0]!) ? named.slice(1) : named

// Whether the words `s` appear in order in the words `l`.
function inOrder(s: readonly string[], l: readonly string[]): boolean {
  let at = 0
  for (const w of l) if (at < s.length && w === s[at]) at++
  return at === s.length
}

// Whether the words of `short` appear in order in `long`.
export const shortFormOf = (short: string, long: string): boolean => inOrder(asShort(wordsOf(short)), wordsOf(long))

// A person's folded words, whole and as a short form.
interface Words { all: readonly string[]; short: readonly string[] }

export class PersonNames {
  // Per folded word of a name, the people whose names have it, in the order first met.
  private readonly byWord = new Map<string, string[]>()
  // Each person's words, read once (folding both names again at every comparison was most of this class's cost).
  private readonly wordsBy = new Map<string, Words>()

  private words(name: string): Words {
    let words = this.wordsBy.get(name)
    if (!words) {
      const all = wordsOf(name)
      words = { all, short: asShort(all) }
      this.wordsBy.set(name, words)
    }
    return words
  }

  // (Returns the words whose people it may have changed: a cache of fullest() answers forgets those that read them.)
  learn(name: string): readonly string[] {
    const { all: words, short } = this.words(name)
    for (const word of words) {
      const people = this.byWord.get(word) ?? []
      // The same person met in a fuller form takes that form; another person is added after.
      const same = people.findIndex((p) => {
        const other = this.words(p)
        return inOrder(other.short, words) || inOrder(short, other.all)
      })
      if (same < 0) people.push(name)
      else if (name.length > people[same]!.length) people[same] = name
      this.byWord.set(word, people)
    }
    return words
  }

  // The fullest name `short` is a form of: the first person met whose name holds it.
  // The words fullest(short) reads the people of.
  readsOf(short: string): readonly string[] {
    const words = wordsOf(short)
    return [words[words.length - 1]!, words[0]!]
  }

  fullest(short: string): string | undefined {
    const words = wordsOf(short)
    const people = this.byWord.get(words[words.length - 1]!) ?? this.byWord.get(words[0]!)
    if (!people) return undefined
    const s = asShort(words)
    return people.find((p) => p.length > short.length && inOrder(s, this.words(p).all))
  }
}
