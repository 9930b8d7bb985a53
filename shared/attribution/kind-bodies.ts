// Unnamed sources described by the kind of body they speak for ("county
// officials", "bank officials", "a navy spokesman") are named with the one
// body of that kind the article names (GUIDE 4: role nouns resolve to the
// named entity): "Napa County officials", "World Bank officials",
// "Indonesian navy spokesman". The body is read from the text: a
// capitalised name ending in the kind ("Napa County", "World Bank") or a
// country's adjective or capitalised place before it in lower case
// ("Indonesian navy", "the Fort Worth police"). The paragraph around the cue
// is read first, then the whole article; two bodies of the kind leave the
// words as written. Central banks, ministries, agencies and commissions are
// body-groups.ts's; "central bank" is no "bank" here.

import { DEMONYMS, PLACES } from './lexicon.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null; cue: { start: number; end: number } }

const KINDS = 'county|bank|navy|army|police|city|university|hospital|council'
// Lower-case words before the kind ("senior"), the kind, then who speaks for it.
const GROUP = new RegExp(`^((?:\\p{Ll}[\\p{Ll}-]* )*?)(${KINDS})( (?:officials?|sources?|spokes(?:man|woman|person)|executives?|officers?|investigators?|representatives?) \\((?:anonymous|unnamed)\\))$`, 'u')
// Who speaks for a body, after its kind's noun.
const STAFF_NOUN = /^(?:officials?|sources?|spokes(?:man|woman|person)|executives?|officers?|investigators?|representatives?)$/
// A plural noun after the kind ("bank loans", "police cars"); not a verb in -s ("the navy says", "seizes").
const COMPOUND = /^(?!(?:is|was|has|does|says|sees|plans|wants|warns|expects|needs|seeks|\p{Ll}+(?:es|ss))$)\p{Ll}+s$/u
// Capitalised words that open sentences or name no body.
const OPENERS = /^(?:The|A|An|But|And|In|On|At|By|For|From|With|When|While|After|Before|Its|Their|His|Her|This|That|Central|Local|State|Federal|National|Regional|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Many|Both|Yesterday|Today)$/
// How far around the cue the paragraph is read, how many mentions in the whole text.
const NEAR = 600
const MAX_MENTIONS = 64

export function kindBodies(out: Sourced[], text: string, match: (name: string) => string | null): void {
  const whole = new Map<string, string | null>()
  for (const s of out) {
    if (s.sourceKind !== 'anonymous') continue
    const m = GROUP.exec(s.source.replace(/^\p{Lu}(?=\p{Ll}+ )/u, (c) => c.toLowerCase()))
    if (!m || /(?:^| )central $/.test(m[1]!)) continue
    const kind = m[2]!
    const from = Math.max(0, text.lastIndexOf('\n', s.cue.start) + 1, s.cue.start - NEAR)
    let to = text.indexOf('\n', s.cue.end)
    to = to < 0 || to > s.cue.end + NEAR ? Math.min(text.length, s.cue.end + NEAR) : to
    let body = onlyOne(bodiesIn(text.slice(from, to), kind))
    if (!body) {
      if (!whole.has(kind)) whole.set(kind, onlyOne(bodiesIn(text, kind)))
      body = whole.get(kind)!
    }
    if (!body) continue
    const name = `${m[1]}${body}${m[3]}`
    s.source = name
    s.sourceId = match(name)
  }
}

// The bodies of a kind a passage names: "Napa County", "World Bank", "Indonesian navy", "Fort Worth police".
function* bodiesIn(passage: string, kind: string): IterableIterator<string | null> {
  let n = 0
  for (const m of kindMatches(passage, kind)) {
    if (++n > MAX_MENTIONS) return
    // ("Napa County Board": the kind is inside another body's name.)
    if (m[3]) continue
    const words = m[1]!.trim().split(' ')
    while (words.length && OPENERS.test(words[0]!)) words.shift()
    if (!words.length || words.some((w) => /['’]s$/.test(w))) continue
    // (In lower case only after a country's adjective or a place: "Indonesian navy", "Fort Worth police".)
    if (m[2] === kind && words.length === 1 && !DEMONYMS.has(words[0]!.toLowerCase()) && !PLACES.has(words[0]!.toLowerCase())) continue
    // ("South Korean bank loans": a lower-case kind before another noun describes that noun, no body; "Indonesian
    // navy spokesman" names the navy's staff.)
    if (m[2] === kind && m[4] && COMPOUND.test(m[4].trim()) && !STAFF_NOUN.test(m[4].trim())) continue
    yield `${words.join(' ')} ${m[2]}`
  }
}

// What matchAll of the pattern below would give, tried only where the
// kind's word is (the whole text is read when the paragraph names none: a
// scan at every capital of 1 MB cost more than the rest of this module).
// A match ends in the kind's word and starts at most three words before any
// place the word occurs inside it, so only the starts from three spaces
// before an occurrence up to it are tried, each anchored (sticky).
const BEFORE = /[\p{L}.'’-]|[\ud800-\udfff]/u
function* kindMatches(passage: string, kind: string): IterableIterator<RegExpExecArray> {
  const Kind = kind[0]!.toUpperCase() + kind.slice(1)
  const at = new RegExp(`(?<![\\p{L}\\p{N}.'’-])((?:\\p{Lu}[\\p{L}.'’-]* ){1,3})(${Kind}|${kind})(?![\\p{L}-])( \\p{Lu})?( \\p{Ll}+)?`, 'uy')
  let pos = 0
  for (;;) {
    const lower = passage.indexOf(kind, pos)
    const upper = passage.indexOf(Kind, pos)
    if (lower < 0 && upper < 0) return
    const q = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper)
    let from = q
    for (let spaces = 0; from > pos; from--) {
      const c = passage[from - 1]!
      if (c === ' ' ? ++spaces > 3 : !BEFORE.test(c)) break
    }
    let m: RegExpExecArray | null = null
    for (let p = from; p <= q && !m; p++) {
      at.lastIndex = p
      m = at.exec(passage)
    }
    if (m) yield m
    pos = m ? m.index + m[0].length : q + 1
  }
}

// The one name given, however often (null when none or two).
function onlyOne(names: IterableIterator<string | null>): string | null {
  let found: string | null = null
  for (const x of names) {
    if (!x) continue
    if (found && found.toLowerCase() !== x.toLowerCase()) return null
    found = found ?? x
  }
  return found
}
