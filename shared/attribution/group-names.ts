// An unnamed-looking plural that is a named group's own word: "the doctors
// said" in a story about Doctors for Camp Closure, "the mothers" beside
// Mothers Against Drunk Driving. Such advocacy groups are named by their
// members' noun and what they stand for or against (a linker second), so
// the group is the source (GUIDE 4: the named entity), wherever in the
// article its name is given (the first mention may come after "the doctors").

import { fold } from './fold.ts'
import { memo } from './memo.ts'

const LINKER = /^(?:for|against|without|of|united)$/

// The group among `names` (every name the article gives) whose first word is `plural`, or null.
// (Every name is read at each call: its shape is read once, by memo.)
export function groupNamedBy(plural: string, names: Iterable<string>): string | null {
  const key = fold(plural)
  for (const name of names) if (groupWord(name) === key) return name
  return null
}

// The folded first word of a name shaped as a group named by its members, else null.
const groupWord = memo((name: string): string | null => {
  const words = name.split(/\s+/)
  return words.length >= 3 && LINKER.test(words[1]!.toLowerCase()) && /^\p{Lu}/u.test(words[2]!) ? fold(words[0]!) : null
})
