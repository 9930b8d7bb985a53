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
  // (Each group's words and its form without a number, read once: the loops below pair every group with every other.)
  const groups = new Map<string, { group: string; words: string[] }>()
  for (const o of distinct) if (UNNAMED.test(o)) { const group = o.replace(/ #\d+/, ''); groups.set(o, { group, words: group.split(/\s+/) }) }
  const tails = tailIndex(distinct)
  for (const numbered of distinct) {
    // ("one source ... the other source": "source #1 (anonymous)" takes the group's description, keeping its number.)
    const number = / #\d+(?= \()/.exec(numbered)?.[0] ?? ''
    const name = number ? numbered.replace(number, '') : numbered
    const set = (full: string) => fuller.set(numbered, number ? full.replace(/(?= \((?:anonymous|unnamed)\)$)/, number) : full)
    const bare = BARE.exec(name)
    if (!bare) {
      // ("A defense official said" after "U.S. defense officials said": the group's fuller description.)
      const tail = LOWER_TAIL.test(name) ? endingIn(name, tails, (o) => o !== numbered && !/ #\d+/.test(o) && first.get(o)! < first.get(numbered)!) : null
      if (tail) set(tail)
      continue
    }
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
      const known = groups.get(other)
      if (other === numbered || !known || first.get(other)! >= from) continue
      // (A numbered one takes a group's description, not another numbered one's: "a senior official ... a second official".)
      if (number && / #\d+/.test(other)) continue
      const { group, words } = known
      // ("officials at the briefing": an occasion they spoke at tells when the writer heard them, not who they are.)
      if (OCCASION.test(group)) continue
      const at = (w: string) => words.findIndex((x, i) => x === w && AFTER_HEAD.test(words[i + 1] ?? ''))
      if (at(head) >= 0) { set(group); break }
      if (head !== singular && at(singular) >= 0) { set(group.replace(new RegExp(`\\b${singular}\\b`), head)); break }
      // "One diplomat said" after "Western diplomats": one of them, "Western diplomat".
      if (head === singular && at(`${head}s`) >= 0 && words.length > 2) { set(group.replace(new RegExp(`\\b${head}s\\b`), head)); break }
    }
  }
  return fuller
}

const OCCASION = /\b(?:at|during) (?:the|a|an|that|this) (?:\p{Ll}+ )?(?:briefing|meeting|conference|summit|hearing|rally|ceremony|event|session|gathering|forum)\b/u

// A description of two words or more in lower case ("defense official"; its first letter may open a sentence).
const LOWER_TAIL = /^[\p{Ll}\p{Lu}][\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)+ \((?:anonymous|unnamed)\)$/u

// (Which groups end in which word, so that a group is compared only with those ending in its head word.)
interface Tail { other: string; theirs: string[] }
function tailIndex(distinct: readonly string[]): Map<string, Tail[]> {
  const byLast = new Map<string, Tail[]>()
  for (const other of distinct) {
    if (!UNNAMED.test(other)) continue
    const theirs = other.replace(UNNAMED, '').trim().split(' ')
    const last = theirs.at(-1)!
    const list = byLast.get(last)
    if (list) list.push({ other, theirs })
    else byLast.set(last, [{ other, theirs }])
  }
  return byLast
}

// The one earlier group whose description has the same words and more ("U.S. defense officials" for "defense
// official", "oil industry sources" for "Industry sources"), in the number of `name`'s head; null when none or two differ.
function endingIn(name: string, tails: Map<string, Tail[]>, earlier: (other: string) => boolean): string | null {
  const words = name.replace(UNNAMED, '').trim().split(' ')
  const head = words.at(-1)!
  const plural = head.endsWith('s')
  let found: string | null = null
  // (The same head, or the other number of it: "defense official" and "defense officials". The answer is one name or null whatever the order.)
  const lasts = [head, plural ? head.slice(0, -1) : `${head}s`]
  for (const { other, theirs } of lasts.flatMap((l) => tails.get(l) ?? [])) {
    if (!earlier(other)) continue
    if (theirs.length <= words.length) continue
    // ("Oil sources" after "Far East oil industry sources": its words in the same order, some left out.)
    const extra = leftOut(words.slice(0, -1), theirs.slice(0, -1))
    // (Only words naming whose they are: "U.S.", "oil industry"; "Washington-based trade experts" only sit there.)
    if (!extra || !extra.some((w) => !/-based$/.test(w))) continue
    const full = `${[...theirs.slice(0, -1), head].join(' ')} ${UNNAMED.exec(name)![0]}`
    // ("finance ministry officials" and "Finance ministry officials" opening a sentence are one name.)
    if (found && found.toLowerCase() !== full.toLowerCase()) return null
    found ??= full
  }
  return found
}

// The words of `longer` that `shorter` leaves out when its words are `longer`'s in the same order
// (compared without case: a mention may open a sentence), else null.
function leftOut(shorter: readonly string[], longer: readonly string[]): string[] | null {
  const extra: string[] = []
  let k = 0
  for (const w of longer) {
    if (k < shorter.length && w.toLowerCase() === shorter[k]!.toLowerCase()) k++
    else extra.push(w)
  }
  return k === shorter.length ? extra : null
}
