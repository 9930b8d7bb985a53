// An unnamed-looking plural that is a named group's own word: "the doctors
// said" in a story about Doctors for Camp Closure, "the mothers" beside
// Mothers Against Drunk Driving. Such advocacy groups are named by their
// members' noun and what they stand for or against (a linker second), so
// the group is the source (GUIDE 4: the named entity), wherever in the
// article its name is given (the first mention may come after "the doctors").

import { fold } from './fold.ts'

const LINKER = /^(?:for|against|without|of|united)$/

// The group among `names` (every name the article gives) whose first word is `plural`, or null.
export function groupNamedBy(plural: string, names: Iterable<string>): string | null {
  const key = fold(plural)
  for (const name of names) {
    const words = name.split(/\s+/)
    if (words.length >= 3 && fold(words[0]!) === key && LINKER.test(words[1]!.toLowerCase()) && /^\p{Lu}/u.test(words[2]!)) return name
  }
  return null
}
