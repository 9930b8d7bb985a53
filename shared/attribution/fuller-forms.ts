// The fuller form of a name the article also writes, where the mention graph
// (mention-graph.ts), which joins forms whose words stand in order, does not:
// - a person's words in another order ("Vincent Bagiire" beside "Bagiire
//   Vincent Waiswa", a surname written first);
// - a body's name the article writes with a qualifier before it ("Media
//   Cell" beside "Iraqi Security Media Cell");
// - initials the article never defines but which are the initials of one
//   body it names ("AI report" beside "Amnesty International").
// Each only when one fuller form fits (GUIDE 4: the fullest form the
// article gives). Names per article are capped; each lookup is a map read.

import { fold } from './fold.ts'
import { PLACES } from './lexicon.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null }

const MAX_NAMES = 256
const NAME = /^\p{Lu}[\p{L}'’.-]*$/u
const INITIALS = /^\p{Lu}{2,5}$/u

export function fullerForms(out: Sourced[], people: Iterable<string>, bodies: Iterable<string>, match: (name: string) => string | null): void {
  const persons = new Set(capped(people, () => true))
  const person = orderFree(persons)
  const body = qualified(bodies, persons)
  const lettered = initialled(bodies)
  const fuller = (s: Sourced): string => {
    if (s.sourceKind === 'person') return person(s.source) ?? s.source
    if (s.sourceKind === 'organisation') return body(s.source) ?? lettered(s.source) ?? s.source
    if (s.sourceKind !== 'document') return s.source
    // ("AI report": the issuer's initials, then the document's words.)
    const [lead, ...rest] = s.source.split(' ')
    const full = rest.length ? lettered(lead!) : null
    return full ? [full, ...rest].join(' ') : s.source
  }
  // (Sources recur through an article: each is looked up once.)
  const seen = new Map<string, string>()
  for (const s of out) {
    const key = `${s.sourceKind} ${s.source}`
    let name = seen.get(key)
    if (name === undefined) { name = fuller(s); if (seen.size < 16 * MAX_NAMES) seen.set(key, name) }
    if (name !== s.source) { s.source = name; s.sourceId = match(name) }
  }
}

// A person's two-word form -> the one longer form holding both words, in any order.
function orderFree(names: Iterable<string>): (name: string) => string | null {
  const forms = capped(names, (n) => n.split(' ').length >= 2 && n.split(' ').every((w) => NAME.test(w)))
  const byWord = new Map<string, string[]>()
  for (const f of forms) for (const w of new Set(f.split(' ').map(fold))) { const l = byWord.get(w) ?? []; if (l.length < 8) l.push(f); byWord.set(w, l) }
  return (name) => {
    const words = name.split(' ').map(fold)
    if (words.length !== 2) return null
    const fuller = (byWord.get(words[0]!) ?? []).filter((f) => { const has = new Set(f.split(' ').map(fold)); return f.split(' ').length > 2 && words.every((w) => has.has(w)) })
    // (Words in the same order are the graph's to join.)
    return fuller.length === 1 && !fold(fuller[0]!).includes(words.join(' ')) ? fuller[0]! : null
  }
}

// A body's name -> the one longer name ending in it after a qualifier ("Iraqi Security Media Cell").
function qualified(names: Iterable<string>, persons: ReadonlySet<string>): (name: string) => string | null {
  // (A name's words only: not a description, "Paytm operator One 97 Communications", nor an owner, "the South's Joint Chiefs".)
  const forms = capped(names, (n) => n.split(' ').length >= 3 && !persons.has(n) &&
    n.split(' ').every((w) => (NAME.test(w) && !/['’]s$/.test(w)) || /^(?:of|the|and|for|&)$/.test(w)))
  const byTail = new Map<string, string | null>()
  for (const f of forms) {
    const words = f.split(' ')
    for (let k = 1; k <= words.length - 2; k++) {
      const tail = fold(words.slice(k).join(' '))
      byTail.set(tail, byTail.has(tail) && byTail.get(tail) !== f ? null : f)
    }
  }
  return (name) => (name.split(' ').length >= 2 ? byTail.get(fold(name)) ?? null : null)
}

// Initials -> the one body whose capitalised words they are.
function initialled(names: Iterable<string>): (name: string) => string | null {
  const forms = capped(names, (n) => n.split(' ').length >= 2)
  const bySig = new Map<string, string | null>()
  for (const f of forms) {
    const caps = f.split(' ').filter((w) => /^\p{Lu}/u.test(w))
    if (caps.length < 2 || caps.length !== f.split(' ').filter((w) => !/^(?:of|the|and|for|&)$/.test(w)).length) continue
    const sig = caps.map((w) => w[0]).join('')
    bySig.set(sig, bySig.has(sig) && bySig.get(sig) !== f ? null : f)
  }
  // (A country keeps its initials as the conventions write them: "US military statement".)
  return (name) => (INITIALS.test(name) && !PLACES.has(name.toLowerCase()) ? bySig.get(name) ?? null : null)
}

// (A name recurs through an article: each wording is tried once, and no more than this many are tried.)
function capped(names: Iterable<string>, keep: (n: string) => boolean): string[] {
  const seen = new Set<string>()
  const tried = new Set<string>()
  for (const n of names) {
    if (seen.size >= MAX_NAMES || tried.size >= 16 * MAX_NAMES) break
    if (tried.has(n)) continue
    tried.add(n)
    if (keep(n)) seen.add(n)
  }
  return [...seen]
}
