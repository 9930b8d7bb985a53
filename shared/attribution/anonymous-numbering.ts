// Separate unnamed sources of one description, numbered in the order the
// article brings them in (GUIDE 4: "#1", "#2"). Besides "a second official"
// and "another official" (NumberedSources, below), English tells sources
// apart with "the other source" after "one source", and with an indefinite
// "one diplomat" once diplomats have been told apart ("a western diplomat ...
// Another western diplomat ... One diplomat said"): the same one again would
// be "the diplomat". A number takes the description the first one had
// ("western diplomat #3", not "diplomat #3"), without its rank.

import { fold } from './fold.ts'
import { qualified, singularOf, withNumber } from './entity-picks.ts'

// "a diplomat", "one source": a source brought in afresh (the speaker's ordinal -1).
export const INDEFINITE = -1
// ("the other source": a separate one, the next number.)
export const OTHER = 'other'

const MARKS = / \((?:anonymous|unnamed)\)$/
const NUMBER = / #\d+/
const RANKS = /^(?:senior|junior|top|high-ranking|high-level|mid-level|low-level|former|retired|veteran|chief|leading|prominent)$/i

// The heads an indefinite numbers: unnamed people in general, not a body's spokesman (one per body, however
// often "a spokesman said" recurs) nor a group noun.
const COUNTED = new Set(['official', 'source', 'diplomat', 'analyst', 'observer', 'insider', 'banker', 'trader', 'investor', 'aide',
  'expert', 'economist', 'executive', 'delegate', 'member', 'lawmaker', 'employee', 'resident', 'witness', 'associate', 'adviser', 'advisor', 'ally', 'confidant', 'person'])
export const countedHead = (head: string) => COUNTED.has(head)

// The description a numbered source takes: its own when it gives more than
// the head ("senior diplomat"), else the first one's ("western diplomat").
function described(name: string, first: string | undefined, head: string): string {
  const bare = name.replace(MARKS, '').replace(/^(?:other|one|another)\s+/i, '')
  if (!first || fold(bare) !== head) return bare === name.replace(MARKS, '') ? name : `${bare} (anonymous)`
  // (A rank is the first one's own: "A senior official said ... A second official said" is no senior official;
  // so is what follows the head: "One official involved in the talks said ... Another official said".)
  const words = first.replace(MARKS, '').replace(NUMBER, '').split(' ')
  const at = words.findIndex((w) => fold(w) === head)
  return at < 0 ? name : `${[...words.slice(0, at).filter((w) => !RANKS.test(w)), words[at]].join(' ')} (anonymous)`
}

// Whether an indefinite "one diplomat" is one more of the kind already told apart: its
// description is the head alone or the first one's ("western diplomat"); a source
// described otherwise ("a senior US official" after "an Israeli official") is told
// apart by its description and keeps it unnumbered.
function sameKind(name: string, first: string, head: string): boolean {
  const bare = fold(name.replace(MARKS, '').replace(/^(?:one|another)\s+/i, ''))
  return bare === head || bare === fold(described(`${head} (anonymous)`, first, head).replace(MARKS, ''))
}

// Unnamed sources told apart ("an official ... a second official"): the
// later one is "official #2 (anonymous)", and the first is renamed "#1"
// once a second appears (`renamed`, applied to the finished suggestions).
export class NumberedSources {
  // Per head noun ("official"), the unnamed sources told apart, by number - 1.
  private readonly byHead = new Map<string, string[]>()
  // First unnamed sources that later got a second: their name -> "... #1 (anonymous)".
  readonly renamed = new Map<string, string>()

  // "the first official" names one met before; null when there is none (then it is read as unnumbered).
  // (`lastMet`: the unnamed source of this head met last, which is the first when none was numbered yet.)
  numbered(name: string, head: string, ordinal: number, definite: boolean, lastMet: () => { name: string } | null): string | null {
    const names = this.byHead.get(head) ?? []
    if (definite && ordinal > 0) {
      const known = names[ordinal - 1]
      return known ? this.renamed.get(known) ?? known : null
    }
    // ("a diplomat" after "a diplomat" spoke: a new one; the first is the one met before, sameKind.)
    if (ordinal === INDEFINITE) {
      if (!names.length || !sameKind(name, names[0]!, head)) return null
      ordinal = 0
    }
    if (names.length === 0) {
      const first = lastMet()
      if (first) names.push(first.name)
    }
    if (ordinal === 1) return null
    const n = ordinal > 0 ? ordinal : Math.max(2, names.length + 1)
    if (names[0] && !this.renamed.has(names[0])) this.renamed.set(names[0], withNumber(singularOf(names[0], head), 1))
    // "A second official" after "three U.S. officials" (a group, not "a senior official"): a U.S. official too.
    const group = names[0] && singularOf(names[0], head) !== names[0] ? singularOf(names[0], head) : null
    const numbered = withNumber(group ? qualified(name, group, head) : described(name, names[0], head), n)
    names[n - 1] = numbered
    this.byHead.set(head, names)
    return numbered
  }
}
