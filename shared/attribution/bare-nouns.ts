// A source left as a bare common noun ("regional bank", "police", "health
// ministry") when no antecedent was found: no label ever names a source so,
// and the article names the body it stands for. "The regional bank
// announced" under "Shares of NYCB fall" and over "Shares of New York
// Community Bancorp fell" is that bank; "police said" in a story naming the
// "Plateau State Police Command" is that command. The body whose name holds
// the noun, else for a firm's noun the one firm the article names most (and
// in its headline, when it is there), its initials spelt out as the article
// spells them. Last of the naming passes; two bodies alike leave the noun.

import type { Suggestion } from './suggest.ts'
import { PLACES } from './lexicon.ts'
import { COMPANY_HEADS } from './org-forms.ts'

// Nouns for a firm, which a story uses for the one firm it is about (org-forms.ts's, and a bank's, a group's).
// (And a regulator's: "the markets regulator told the apex court" in a story on SEBI.)
const FIRMS = new Set([...COMPANY_HEADS, 'bank', 'bancorp', 'group', 'giant', 'operator', 'utility', 'producer', 'developer', 'brand', 'regulator', 'watchdog'])

export interface Mention { name: string; kind: string; headline: boolean }

export function bareNouns(out: Suggestion[], mentions: readonly Mention[], headline: string, match: (name: string) => string | null): void {
  if (!out.some((s) => bare(s) || ownText(s))) return
  const counts = new Map<string, number>()
  for (const m of mentions) if (m.kind === 'organisation' || m.kind === 'person' && FIRM_WORD.test(m.name)) counts.set(m.name, (counts.get(m.name) ?? 0) + (m.headline ? 3 : 1))
  // (And the bodies that speak, the headline's counting three: "Zoom shares jump ..." over "Zoom called for ...",
  // a name the recogniser misses at the head of a sentence.)
  const titled = new Set(headline.split(/[^\p{L}\p{N}&.'’-]+/u))
  for (const s of out) {
    if (s.sourceKind !== 'organisation' || !/^\p{Lu}/u.test(s.source)) continue
    const first = !counts.has(s.source)
    counts.set(s.source, (counts.get(s.source) ?? 0) + 1 + (first && s.source.split(' ').every((w) => titled.has(w)) ? 3 : 0))
  }
  // (Named twice at least, and no state: "the country's railway operator" is not China, "the police" not a branch named once.)
  const named = [...counts.keys()].filter((n) => /^\p{Lu}/u.test(n) && counts.get(n)! >= 2 && !PLACES.has(n.toLowerCase()))
  // (The firm the story is about, found once; each bare noun's body once: a long article repeats them.)
  let subject: string | null | undefined
  const story = () => (subject ??= pick(best(named.filter((n) => !lower(n).some((w) => OFFICE.test(w))), (n) => counts.get(n)!)))
  const pick = (body: string | null) => (body ? spelt(body, named) : null)
  const bodies = new Map<string, string | null>()
  for (const s of out) {
    // ("according to a statement" in a story on Zoom: the statement of the firm the story is about.)
    if (ownText(s)) {
      const firm = story()
      if (!firm) continue
      s.source = `${firm} ${s.source}`
      s.sourceId = match(s.source)
      continue
    }
    if (!bare(s)) continue
    let body = bodies.get(s.source)
    if (body === undefined) {
      const words = s.source.replace(/ \((?:anonymous|unnamed)\)$/, '').split(' ')
      const head = words.at(-1)!
      // (A firm's noun is the firm the story is about, not another bank it names once: "the bank" beside "Flagstar Bank".)
      body = FIRMS.has(head) ? story()
        : pick(best(named.filter((n) => lower(n).includes(head)), (n) => words.filter((w) => lower(n).includes(w)).length * 100 + counts.get(n)!))
      bodies.set(s.source, body)
    }
    if (!body) continue
    s.source = body
    s.sourceKind = 'organisation'
    s.sourceId = match(body)
  }
}

// A text a body issues itself, named by its noun alone.
const ownText = (s: Suggestion) => s.sourceKind === 'document' && /^(?:statement|filing|press release|release|communique|communiqué|notice)$/.test(s.source)
// (Not one the text describes by its owner, "the country's railway operator": labellers keep that as written.)
const bare = (s: Suggestion) => (s.sourceKind === 'organisation' || BODY_NOUN.test(s.source)) && !/\p{Lu}|['’]s\b/u.test(s.source) && /^\p{Ll}/u.test(s.source)
// ("The command also said": a body's noun alone, which the engine leaves as an unnamed one.)
const BODY_NOUN = /^(?:command|ministry|agency|council|commission|committee|authority|department|regulator|watchdog) \((?:anonymous|unnamed)\)$/
const lower = (name: string) => name.toLowerCase().split(/\s+/)
// (A firm's name the kind guesser reads as a person's: "New York Community Bancorp".)
const FIRM_WORD = /\b(?:Bancorp|Holdings|Group|Corp|Inc|Ltd|Company|Bank)\b/
// (A ministry or a court is no firm the story is about.)
const OFFICE = /^(?:ministry|department|court|commission|council|agency|police|government)$/

// The one name that scores highest, or null for none or a tie.
function best(names: readonly string[], score: (name: string) => number): string | null {
  let top: string | null = null
  let high = -1
  let tie = false
  for (const n of names) {
    const v = score(n)
    if (v > high) { top = n; high = v; tie = false } else if (v === high) tie = true
  }
  return tie ? null : top
}

// Initials the article spells out elsewhere ("NYCB": "New York Community Bancorp"), else the name as it is.
function spelt(name: string, named: readonly string[]): string {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return name
  const full = named.filter((n) => n.includes(' ') && initials(n) === name)
  return full.length === 1 ? full[0]! : name
}

const initials = (name: string) => name.split(/\s+/).filter((w) => !/^(?:of|and|for|the|&)$/.test(w)).map((w) => w[0]).join('').toUpperCase()
