// An unnamed-looking plural that is a named group's own word: "the doctors
// said" in a story about Doctors for Camp Closure, "the mothers" beside
// Mothers Against Drunk Driving. Such advocacy groups are named by their
// members' noun and what they stand for or against (a linker second), so
// the group is the source (GUIDE 4: the named entity), wherever in the
// article its name is given (the first mention may come after "the doctors").

import { fold } from './fold.ts'

const LINKER = /^(?:for|against|without|of|united)$/

// The group among `names` (every name the article gives) whose first word is `plural`, or null.
// A set of names that only grows (the discourse's learnt names) is read once: each name's shape
// when it first comes (reading every name at every plural group cue was the square of an article
// with many names, 12 s for 200 KB of them).
export function groupNamedBy(plural: string, names: Iterable<string>): string | null {
  const key = fold(plural)
  if (!(names instanceof Set)) {
    for (const name of names) if (groupWord(name) === key) return name
    return null
  }
  return indexOf(names).get(key) ?? null
}

interface Index { seen: number; next: Iterator<string>; first: Map<string, string> }
const indexes = new WeakMap<Set<string>, Index>()

// The first group-shaped name for each folded first word, in the set's order.
// (A set's iterator goes on to entries added later, so it is never run to its end.)
function indexOf(names: Set<string>): Map<string, string> {
  let index = indexes.get(names)
  if (!index) {
    index = { seen: 0, next: names.values(), first: new Map() }
    indexes.set(names, index)
  }
  for (; index.seen < names.size; index.seen++) {
    const name = index.next.next().value as string
    const word = groupWord(name)
    if (word !== null && !index.first.has(word)) index.first.set(word, name)
  }
  return index.first
}

// The folded first word of a name shaped as a group named by its members, else null.
function groupWord(name: string): string | null {
  const words = name.split(/\s+/)
  return words.length >= 3 && LINKER.test(words[1]!.toLowerCase()) && /^\p{Lu}/u.test(words[2]!) ? fold(words[0]!) : null
}
