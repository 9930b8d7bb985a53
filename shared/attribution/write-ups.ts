// A long first-person write-up the article reproduces as a block quote
// (news pages import blockquotes as plain paragraphs, without quotation
// marks): after "Askar wrote in a blog post ...", or "..., Zuckerberg said",
// the paragraphs that speak as "I" or "we" are the speaker's, every
// sentence, up to the last such paragraph. A paragraph or two without a
// first person between them ("The bug resides in ...") belongs to the
// write-up too; one that quotes or names someone else's words ends it.
// A paragraph that leads in while speaking as "I" or "we" itself ("In the
// past we might have replied ..., but our chief executive took another
// approach. He wrote ...") is a first-person writer's, and so are the "we"
// paragraphs after it: news introduces a reproduced text in the third person.
// A transcript or testimony ("..., according to a transcript") is such a
// text too, and once a speaker's text is reproduced, later first-person
// paragraphs after a plain "Zuckerberg said" are more of it.

import type { Token } from './nlp.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'
import { wordList } from './word-lists.ts'

// ("US" is no "us": the words as written, a capital only where a sentence opens with them.)
// (The words of /^(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|us|[Oo]urs?)$/, one look-up per token.)
const FIRST_PERSON = wordList("I|I'm|I've|I'd|I'll|I’m|I’ve|I’d|I’ll|me|Me|my|My|mine|Mine|we|We|we're|we've|we'd|we'll|we’re|we’ve|we’d|we’ll|We're|We've|We'd|We'll|We’re|We’ve|We’d|We’ll|us|our|Our|ours|Ours")
const QUOTE_MARK = /["“”«»]/
const SPEAKERS = new Set(['person', 'organisation', 'anonymous'])
// How many paragraphs without a first person may sit inside a write-up.
const MAX_GAP = 2
// A write-up runs this many paragraphs at most.
const MAX_PARAGRAPHS = 24

interface Paragraph { first: number; last: number; voice: boolean; free: boolean }

export function writeUps(text: string, tokens: readonly Token[], sentences: readonly Sentence[], inside: Uint8Array, placed: (Placed | null)[]): void {
  const paras = paragraphs(text, tokens, sentences, inside, placed)
  const reproduced = new Set<string>()
  for (let p = 0; p + 1 < paras.length; p++) {
    // The speaker of the paragraph's last sentence leads into the write-up, as its writer
    // ("wrote", "said in a blog post", "X said:"); a writer's own "we" after a speaker is no write-up.
    // (Or the paragraph's last speaker, whose writing the paragraph or the one before introduced:
    // "X wrote in a blog post ...\n\n... X has released code. Here's how it works.")
    const opener = lastPlaced(paras[p]!, placed)
    if (!opener || !SPEAKERS.has(opener.attribution.kind) || paras[p]!.voice) continue
    const source = opener.attribution.source
    // The paragraphs after it, while they are free of other sources and quotation marks.
    let end = -1
    let gap = 0
    for (let q = p + 1; q < paras.length && q - p <= MAX_PARAGRAPHS && paras[q]!.free; q++) {
      // (It speaks as "I" in the first paragraph after the cue, or the second.)
      if (paras[q]!.voice) { end = q; gap = 0 } else if (++gap > (end < 0 ? 1 : MAX_GAP)) break
    }
    if (end < 0) continue
    // (Once a speaker's text is reproduced, later paragraphs of it follow "Zuckerberg said" too.
    // Read after the paragraphs, the cheaper test: most paragraphs open no write-up.)
    if (!reproduced.has(source) && !wrote(text, sentences, placed, paras[p]!, source) && !(p > 0 && wrote(text, sentences, placed, paras[p - 1]!, source))) continue
    reproduced.add(source)
    for (let q = p + 1; q <= end; q++) {
      for (let i = paras[q]!.first; i <= paras[q]!.last; i++) {
        if (!placed[i]) placed[i] = { attribution: { ...opener.attribution, confidence: opener.attribution.confidence * 0.9 }, contentIn: 'next' }
      }
    }
    p = end - 1
  }
}

function paragraphs(text: string, tokens: readonly Token[], sentences: readonly Sentence[], inside: Uint8Array, placed: readonly (Placed | null)[]): Paragraph[] {
  const out: Paragraph[] = []
  for (const s of sentences) {
    let para = out.at(-1)
    if (!para || sentences[para.first]!.para !== s.para) {
      para = { first: s.index, last: s.index, voice: false, free: true }
      out.push(para)
    }
    para.last = s.index
    // (A heading or a bullet is no part of a running write-up.)
    if (placed[s.index] || s.heading || s.item || QUOTE_MARK.test(text.slice(s.start, s.end))) para.free = false
    for (let k = s.from; k < s.to && !para.voice; k++) if (!inside[k] && FIRST_PERSON.test(tokens[k]!.text)) para.voice = true
  }
  return out
}

const WRITING = /\b(?:wrote|writes|written|posted|posts|blogged|published|tweeted)\b/i
// A record of spoken words the page reproduces: "according to a transcript", "in testimony".
const RECORD = /\b(?:transcript|testimony)\b/i
const WRITTEN = /\b(?:in|on) (?:an?|the|his|her|their|its) (?:[\p{L}-]+ ){0,2}(?:post|blog|letter|memo|email|e-mail|essay|op-ed|newsletter|note|statement)\b/iu

// A sentence of the paragraph has `source` write ("wrote", "in a blog post", "said:").
function wrote(text: string, sentences: readonly Sentence[], placed: readonly (Placed | null)[], para: Paragraph, source: string): boolean {
  for (let i = para.first; i <= para.last; i++) {
    const a = placed[i]?.attribution
    if (!a || a.source !== source) continue
    const s = sentences[i]!
    if (WRITING.test(text.slice(a.main.start, a.main.end)) || WRITTEN.test(text.slice(s.start, s.end)) || RECORD.test(text.slice(s.start, s.end)) || /:\s*$/.test(text.slice(s.start, s.end))) return true
  }
  return false
}

function lastPlaced(para: Paragraph, placed: readonly (Placed | null)[]): Placed | null {
  for (let i = para.last; i >= para.first; i--) if (placed[i]) return placed[i]!
  return null
}
