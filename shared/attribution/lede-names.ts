// A wire story's headline and summary come before the body that names
// their speaker in full: TASS writes "... — Foreign Ministry" and "..., the
// Russian president said" above "MOSCOW, December 26. /TASS/. ..., the
// Russian Foreign Ministry said" / "Russian President Vladimir Putin told
// reporters". Sentences before the dateline take the body's fuller name
// (GUIDE 4: the fullest form in the article): a role the body's cue names
// ("president"), or a short form the body's name ends with ("Foreign Ministry").
// Looks a few sentences past the dateline only.

import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const DATELINE = /^[A-Z][A-Z .'-]{1,30}(?:\/[A-Za-z .'-]{2,40}\/\s*)?, [A-Z][a-z]{2,8}\.? \d{1,2}\b/
// How far past the dateline the body's speaker is looked for.
const AHEAD = 4

export function ledeNames(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  const d = sentences.findIndex((s, i) => i <= 4 && DATELINE.test(text.slice(s.start, s.start + 80)))
  if (d <= 0) return
  for (let i = 0; i < d; i++) {
    const p = placed[i]
    if (!p) continue
    const a = p.attribution
    // ("Russian top diplomat (anonymous)": up to two words before the role.)
    const role = a.kind === 'anonymous' ? /^(?:[\w-]+ ){0,2}(\p{Ll}+) \((?:anonymous|unnamed)\)$/u.exec(a.source)?.[1] : undefined
    for (let j = d; j < Math.min(sentences.length, d + AHEAD); j++) {
      const b = placed[j]?.attribution
      if (!b || b.kind === 'anonymous' || b.source === a.source) continue
      const cue = text.slice(b.main.start, b.main.end).toLowerCase()
      const fuller = role ? (SAME_ROLE.get(role)?.test(cue) ?? cue.includes(role)) && b.kind === 'person' : a.source.includes(' ') && b.source.endsWith(` ${a.source}`)
      if (!fuller) continue
      placed[i] = { ...p, attribution: { ...a, source: b.source, kind: b.kind } }
      break
    }
  }
}

// "... reflects its prestige in Global South — Russian envoy", "...: top designer", "...: U.S. economist": a
// headline closed by a role speaks for the body's first speaker that role describes (the body's own words,
// "Russian Ambassador to Havana Viktor Koronelli said", "L15's chief designer, said").
const TAIL = /(?:\s[—–]|:)\s*((?:[A-Z][\w.'’-]* |[a-z][\w-]* ){0,3}([a-z]+))$/
const SAME_ROLE: ReadonlyMap<string, RegExp> = new Map([
  // (A country's top diplomat is its foreign minister: "— Russia's top diplomat" over "Foreign Minister Sergey Lavrov said".)
  ['envoy', /\b(?:envoy|ambassador|diplomat)\b/i], ['diplomat', /\b(?:diplomat|ambassador|envoy|foreign minister|secretary of state)\b/i],
])
const ROLE = /^(?:designer|economist|envoy|ambassador|diplomat|expert|analyst|scientist|official|minister|spokesman|spokeswoman|spokesperson|president|premier|governor|lawmaker|senator|general|commander|researcher|professor|chief|ceo|founder|director|adviser|advisor|aide)$/

export function headlineRole(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  const s = sentences[0]
  if (!s?.heading || placed[0]) return
  const role = TAIL.exec(text.slice(s.start, s.end))?.[2]
  if (!role || !ROLE.test(role)) return
  const describes = SAME_ROLE.get(role) ?? new RegExp(`\\b${role}\\b`, 'i')
  for (let j = 1; j < Math.min(sentences.length, 8); j++) {
    const b = placed[j]?.attribution
    if (!b || b.kind !== 'person') continue
    if (!describes.test(text.slice(sentences[j]!.start, sentences[j]!.end))) continue
    placed[0] = { attribution: { ...b, via: null, venue: null }, contentIn: 'same' }
    return
  }
}
