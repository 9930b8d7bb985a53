// Figures that go on under a data source's frame (GUIDE 3 "next"):
// "According to the customs administration, trade rose 3.7% to $688
// billion. Exports reached $524 billion, while imports fell 0.1%." The
// sentence after a frame that opens with "according to" is the source's
// data line while it carries figures of its own, though its verb is a
// past the writer's narration would use ("reached", "fell"): the data's own
// tense. It stops at the first sentence without a figure, a dated event
// ("Shares fell 2% on Monday."), a quotation, a cue of its own or the
// paragraph's end. So, backwards, do the figure lines a trailing report
// with figures closes, though the report is an outlet's ("... The market is
// projected to reach 3 billion yuan, CMG reported."), whose reach back
// over a sentence of narration is otherwise cut (writer-turns.ts). A figure after a speaker's verb
// ("Meta expects revenue of $36 billion. The midpoint falls short of ...")
// is the writer's comparison and stays so.

import type { Attribution } from './attribute.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

// A number with its unit or currency: "3.7%", "8.55 percent", "$524.66 billion", "6.03 million".
// (Bounded, so a long run of digits is read in linear time.)
const FIGURE = /\d[\d,.]{0,24}\s?(?:%|percent\b|per cent\b|billion\b|million\b|trillion\b|bln\b|mln\b)|[$€£¥]\s?\d/

// A dated event is the writer's narration whatever its figures: "Shares fell 2% on Monday."
const DATED = /\b(?:yesterday|today|tonight|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i

export interface DataLinesInput {
  text: string
  sentences: readonly Sentence[]
  own: readonly (Attribution | null)[]
  hasQuote: readonly boolean[]
}

export function dataLines(input: DataLinesInput, placed: (Placed | null)[]): void {
  const { text, sentences, own, hasQuote } = input
  const words = (i: number) => text.slice(sentences[i]!.start, sentences[i]!.end)
  // (The frame's own date is its report's: "..., CMG reported on Sunday.")
  const framed = (i: number) => FIGURE.test(words(i))
  const figures = (i: number) => FIGURE.test(words(i)) && !DATED.test(words(i))
  for (let i = 0; i + 1 < sentences.length; i++) {
    const a = own[i]
    if (!a || a.main.kind !== 'according' || a.main.start !== sentences[i]!.start || placed[i]?.attribution !== a || !framed(i)) continue
    let k = i + 1
    while (k < sentences.length && sentences[k]!.para === sentences[i]!.para && placed[k]?.attribution === a && placed[k]!.contentIn === 'next') k++
    for (; k < sentences.length && sentences[k]!.para === sentences[i]!.para && !placed[k] && !own[k] && !hasQuote[k] && figures(k); k++) {
      placed[k] = { attribution: a, contentIn: 'next' }
    }
    i = k - 1
  }
  // And back from a trailing report whose own sentence carries figures, over the figure lines before it in
  // its paragraph: "In 2024 China has surpassed 4.14 million 5G base stations. ... The market is projected
  // to reach 3 billion yuan, CMG reported." (Not from a quotation's figures, nor over a figure the writer
  // narrates beside it, "2.2 million Palestinians continue to live ...", before a quote.)
  for (let i = 1; i < sentences.length; i++) {
    const a = own[i]
    if (!a || hasQuote[i] || !a.main.trailing || a.main.leading || a.main.kind === 'according' || a.main.kind === 'per' || placed[i]?.attribution !== a || !framed(i)) continue
    for (let k = i - 1; k >= 0 && sentences[k]!.para === sentences[i]!.para && !placed[k] && !own[k] && !hasQuote[k] && !sentences[k]!.heading && figures(k); k--) {
      placed[k] = { attribution: a, contentIn: 'previous' }
    }
  }
}
