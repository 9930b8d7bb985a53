// One unnamed group, one name (GUIDE 4): "officials say" in a headline and
// "one of the people said" are the "U.S. officials" and the "people briefed
// on the discussions" the article describes more fully. A bare
// "officials (anonymous)" takes the fuller name of a group with that head
// word the article wrote before it (a headline's, of one written anywhere):
// a bare plural written first is a group of its own ("officials said" in
// the lead, "U.S. security officials said" at the end).

const BARE = /^(\p{Ll}+) \((?:anonymous|unnamed)\)$/u
const UNNAMED = /\((?:anonymous|unnamed)\)$/
// What may follow a group's head word inside its name ("people familiar with ...", "officials from ...").
const AFTER_HEAD = /^(?:\((?:anonymous|unnamed)\)|familiar|close|briefed|knowledgeable|involved|with|from|in|at|of|for|on|inside|within|across|near|who|based)$/

export interface GroupMention {
  name: string
  // The sentence it speaks in.
  at: number
}

export function fullerAnonymous(mentions: readonly GroupMention[], heading: (at: number) => boolean): Map<string, string> {
  const fuller = new Map<string, string>()
  const first = new Map<string, number>()
  for (const m of mentions) if (!first.has(m.name)) first.set(m.name, m.at)
  const distinct = [...first.keys()]
  for (const numbered of distinct) {
    // ("one source ... the other source": "source #1 (anonymous)" takes the group's description, keeping its number.)
    const number = / #\d+(?= \()/.exec(numbered)?.[0] ?? ''
    const name = number ? numbered.replace(number, '') : numbered
    const bare = BARE.exec(name)
    if (!bare) continue
    const set = (full: string) => fuller.set(numbered, number ? full.replace(/(?= \((?:anonymous|unnamed)\)$)/, number) : full)
    const head = bare[1]!
    // "Several analysts said ... But others believe": the others are other members of the group that spoke before.
    if (head === 'others') {
      // (The group that spoke last before them: "analysts said" after "exchange officials said" are the analysts.)
      const group = mentions.findLast((o) => o.at < first.get(numbered)! && o.name !== numbered && /\p{Ll}s \((?:anonymous|unnamed)\)$/u.test(o.name) && !/#\d/.test(o.name))?.name
      if (group) set(`other ${group.replace(/^other /, '')}`)
      continue
    }
    const singular = head.replace(/s$/, '')
    const from = heading(first.get(numbered)!) ? Infinity : first.get(numbered)!
    for (const other of distinct) {
      if (other === numbered || !UNNAMED.test(other) || first.get(other)! >= from) continue
      // (A numbered one takes a group's description, not another numbered one's: "a senior official ... a second official".)
      if (number && / #\d+/.test(other)) continue
      const group = other.replace(/ #\d+/, '')
      const words = group.split(/\s+/)
      const at = (w: string) => words.findIndex((x, i) => x === w && AFTER_HEAD.test(words[i + 1] ?? ''))
      if (at(head) >= 0) { set(group); break }
      if (head !== singular && at(singular) >= 0) { set(group.replace(new RegExp(`\\b${singular}\\b`), head)); break }
      // "One diplomat said" after "Western diplomats": one of them, "Western diplomat".
      if (head === singular && at(`${head}s`) >= 0 && words.length > 2) { set(group.replace(new RegExp(`\\b${head}s\\b`), head)); break }
    }
  }
  return fuller
}
