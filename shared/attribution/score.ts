// Scoring suggestions against sentence labels (GUIDE's JSON shape), per
// sentence as the issue measures them: whether a sentence is attributed
// (F1), the right source among the labelled-attributed sentences (names
// compared after alias folding), and the relay (`via`) F1.

import { fold } from './fold.ts'
import { knownOutlet } from './outlets.ts'
import type { Suggestion } from './suggest.ts'

export interface Label {
  sentence: string
  attributed: boolean
  source: string | null
  via: string | null
  cue?: string | null
  speaker_kind?: string | null
  content_in?: string | null
}

export interface Scores {
  sentences: number
  attributed: { precision: number; recall: number; f1: number }
  sourceAccuracy: number
  via: { precision: number; recall: number; f1: number }
  kindAccuracy: number
  counts: Counts
  // Sentences where prediction and label differ, for reading.
  misses: { sentence: string; expected: string; got: string }[]
}

export const sameSource = (a: string | null, b: string | null) => a !== null && b !== null && nameKey(a) === nameKey(b)

// GUIDE 4 lets an unnamed source end in "(anonymous)" or "(unnamed)": one name either way; and
// its number (GUIDE 4's "#1", "#2") may stand before the marker or after it.
// Two differences no reader would count as another source are folded too:
// a company's legal form at the end ("Chrysler Corp" is Chrysler: news drops
// it after the first mention, and labellers of the GUIDE write it either way;
// so is the firm's name in its unnamed staff's, "Jardine Matheson Holdings Ltd
// spokesman" being the Jardine Matheson Holdings spokesman),
// and a possessive inside a name ("Stanford University's Center on Poverty"
// is the Stanford University Center on Poverty).
function nameKey(name: string): string {
  return stateInitials(fold(knownOutlet(name) ?? name)
    .replace(/,?\s+(?:(?:&|and)\s+co|inc|corp|co|ltd|plc|llc)\.?(?=$|\s*\((?:anonymous|unnamed)\)|\s+\p{Ll}+\s*\((?:anonymous|unnamed)\))/u, '')
    .replace(/(?<=\p{L})'s(?=\s)/gu, ''))
    .replace(/\s*\((?:anonymous|unnamed)\)(\s*#\d+)?/, (_, n?: string) => `${n ? ` ${n.trim()}` : ''} (anonymous)`)
}

// A state named in full or by its initials is one name, and so is its body
// named before or after it: "Foreign Ministry of the Democratic People's
// Republic of Korea spokesman" is the "DPRK Foreign Ministry spokesman" (state
// media spell the name out once and use the initials after; labellers of the
// GUIDE write either). Only the initials news uses for whole states.
const STATE_NAMES: readonly [RegExp, string][] = [
  [/\bdemocratic people(?:'s)? republic of korea\b/g, 'dprk'],
  [/\bpeople(?:'s)? republic of china\b/g, 'prc'],
  [/\b(?:republic of korea|r\.o\.k\.)(?=$|[\s,])/g, 'rok'],
  [/\b(?:united states of america|united states|u\.s\.a\.|u\.s\.|usa)(?=$|[\s,])/g, 'us'],
  [/\b(?:united kingdom|u\.k\.)(?=$|[\s,])/g, 'uk'],
]
const STATE_AFTER_BODY = /^(.+?) of (?:the )?(dprk|prc|rok|us|uk)\b/

function stateInitials(key: string): string {
  let out = key
  for (const [name, initials] of STATE_NAMES) out = out.replace(name, initials)
  return out.replace(STATE_AFTER_BODY, '$2 $1')
}

interface Counts { tp: number; fp: number; fn: number; gold: number; sourceRight: number; kindRight: number; vtp: number; vfp: number; vfn: number }

function fromCounts(c: Counts, sentences: number, misses: Scores['misses']): Scores {
  return {
    sentences,
    attributed: f1(c.tp, c.fp, c.fn),
    sourceAccuracy: c.gold ? c.sourceRight / c.gold : 1,
    via: f1(c.vtp, c.vfp, c.vfn),
    kindAccuracy: c.gold ? c.kindRight / c.gold : 1,
    counts: c,
    misses,
  }
}

// Scores over several articles, pooled per sentence.
export function pool(all: readonly Scores[]): Scores {
  const c: Counts = { tp: 0, fp: 0, fn: 0, gold: 0, sourceRight: 0, kindRight: 0, vtp: 0, vfp: 0, vfn: 0 }
  for (const s of all) for (const key of Object.keys(c) as (keyof Counts)[]) c[key] += s.counts[key]
  return fromCounts(c, all.reduce((n, s) => n + s.sentences, 0), all.flatMap((s) => s.misses))
}

const f1 = (tp: number, fp: number, fn: number) => {
  const precision = tp + fp ? tp / (tp + fp) : 1
  const recall = tp + fn ? tp / (tp + fn) : 1
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}

// Each labelled sentence is found in order in the text; each suggestion
// counts for the labelled sentence its content overlaps most.
export function score(text: string, labels: readonly Label[], suggestions: readonly Suggestion[]): Scores {
  const spans: [number, number][] = []
  let at = 0
  for (const label of labels) {
    const start = text.indexOf(label.sentence, at)
    if (start < 0) throw new Error(`labelled sentence not found in the text: ${label.sentence.slice(0, 60)}`)
    spans.push([start, start + label.sentence.length])
    at = start + label.sentence.length
  }
  const predicted: (Suggestion | null)[] = labels.map(() => null)
  for (const s of suggestions) {
    let best = -1
    let bestOverlap = 0
    spans.forEach(([a, b], i) => {
      const overlap = Math.min(b, s.content.end) - Math.max(a, s.content.start)
      if (overlap > bestOverlap) { bestOverlap = overlap; best = i }
    })
    if (best >= 0 && (!predicted[best] || predicted[best]!.confidence < s.confidence)) predicted[best] = s
  }
  let tp = 0, fp = 0, fn = 0, sourceRight = 0, gold = 0, kindRight = 0
  let vtp = 0, vfp = 0, vfn = 0
  const misses: Scores['misses'] = []
  labels.forEach((label, i) => {
    const p = predicted[i]
    if (label.attributed && p) tp++
    else if (label.attributed) fn++
    else if (p) fp++
    if (label.attributed) {
      gold++
      if (p && sameSource(p.source, label.source)) sourceRight++
      if (p && p.sourceKind === label.speaker_kind) kindRight++
    }
    const goldVia = label.attributed ? label.via : null
    const predVia = p?.via ?? null
    if (goldVia && predVia && sameSource(goldVia, predVia)) vtp++
    else {
      if (predVia) vfp++
      if (goldVia) vfn++
    }
    const expected = label.attributed ? `${label.source}${label.via ? ` via ${label.via}` : ''}` : '-'
    const got = p ? `${p.source}${p.via ? ` via ${p.via}` : ''}` : '-'
    if ((label.attributed ? `${nameKey(label.source ?? '')}|${nameKey(label.via ?? '')}` : '-') !==
      (p ? `${nameKey(p.source)}|${nameKey(p.via ?? '')}` : '-')) misses.push({ sentence: label.sentence, expected, got })
  })
  return fromCounts({ tp, fp, fn, gold, sourceRight, kindRight, vtp, vfp, vfn }, labels.length, misses)
}
