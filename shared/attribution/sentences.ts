// Sentences as the labelling guide counts them (decision 1): paragraph and
// line breaks always end a sentence, a dateline ("MOSCOW, March 3. /TASS/.")
// joins the sentence after it, and a quotation running over several
// sentences is split at its inner ends (wink's splitter already does that).

import type { Token } from './nlp.ts'
import { cueAfterQuote } from './quote-ends.ts'
import { suffixEnd } from './suffix-ends.ts'

type BlockKind = 'title' | 'heading' | 'paragraph' | 'quote' | 'item'

export interface Paragraph {
  start: number
  end: number
  kind: BlockKind
}

export interface Sentence {
  index: number
  start: number
  end: number
  para: number
  // Tokens [from, to) in the article's token list.
  from: number
  to: number
  heading: boolean
  item: boolean
}

// A sentence longer than this is cut: no news sentence is, and the cue
// search looks at windows inside a sentence, so this bounds its work.
const MAX_SENTENCE_TOKENS = 300

// (TASS names the region of a small place: "IGORA /Leningrad Region/, December 26.")
const DATELINE_PLACE = /^[A-Z][A-Z .'-]{1,40}(?:\/[A-Za-z .'-]{2,40}\/\s*)?,/
const AGENCY_TAG = /^[/(][A-Za-z .]{2,30}[/)]\.?$/
const CLOSING = /[.!?:;"'”’)\]…]$/u

// Paragraphs from blank lines when the caller has no blocks; lines inside a
// block are paragraphs too (a bullet per line).
export function paragraphsOf(text: string, blocks?: readonly Paragraph[]): Paragraph[] {
  const input = blocks ?? [{ start: 0, end: text.length, kind: 'paragraph' as const }]
  const out: Paragraph[] = []
  for (const block of input) {
    let at = block.start
    while (at < block.end) {
      let nl = text.indexOf('\n', at)
      if (nl < 0 || nl > block.end) nl = block.end
      let s = at
      let e = nl
      while (s < e && /\s/u.test(text[s]!)) s++
      while (e > s && /\s/u.test(text[e - 1]!)) e--
      if (e > s) out.push({ start: s, end: e, kind: block.kind })
      at = nl + 1
    }
  }
  return out
}

export function splitSentences(text: string, tokens: readonly Token[], paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = []
  let t = 0
  paragraphs.forEach((p, para) => {
    while (t < tokens.length && tokens[t]!.start < p.start) t++
    const first = t
    while (t < tokens.length && tokens[t]!.end <= p.end) t++
    if (t === first) return
    // Raw pieces: runs of tokens in the same wink sentence, capped in length.
    const pieces: [number, number][] = []
    let from = first
    for (let k = first + 1; k <= t; k++) {
      if (k === t || startsSentence(tokens, k, t) || k - from >= MAX_SENTENCE_TOKENS) {
        pieces.push([from, k])
        from = k
      }
    }
    // Join a dateline or an agency tag to what follows it.
    const joined: [number, number][] = []
    for (let i = 0; i < pieces.length; i++) {
      let [a, b] = pieces[i]!
      // (Piece by piece: "IGORA /Leningrad Region/, December 26." then "/TASS/." then the sentence.)
      while (i + 1 < pieces.length && joined.length === 0 && isDatelinePiece(text, tokens, pieces[i]![0], pieces[i]![1])) {
        b = pieces[++i]![1]
      }
      // ("... into his brain.' "": closing marks left alone belong to the sentence they close.)
      if (joined.length && onlyClosingMarks(tokens, a, b)) joined[joined.length - 1]![1] = b
      else joined.push([a, b])
    }
    const single = joined.length === 1
    const paraText = text.slice(p.start, p.end)
    const heading = p.kind === 'title' || p.kind === 'heading' ||
      (single && paraText.length <= 120 && !CLOSING.test(paraText) && !/^["“]/u.test(paraText))
    for (const [a, b] of joined) {
      out.push({
        index: out.length, start: tokens[a]!.start, end: tokens[b - 1]!.end, para, from: a, to: b,
        heading, item: p.kind === 'item' || /^[-•*–▪·]\s/u.test(paraText),
      })
    }
  })
  return out
}

// wink sometimes starts the next sentence with the mark that closes a
// quotation ('...after you.'" Committee Chairman ...'): a mark glued to the
// word before it and followed by a space closes the sentence before it.
// (Most tokens go on with the sentence: the cheap tests settle them, and
// the exceptions that keep a sentence going are read only where one would start.)
function startsSentence(tokens: readonly Token[], k: number, t: number): boolean {
  if (!breaksAt(tokens, k, t)) return false
  return !(cueAfterQuote(tokens, k, t) || inWord(tokens, k) || afterTitle(tokens, k))
}

function breaksAt(tokens: readonly Token[], k: number, t: number): boolean {
  if (glued(tokens, k, t) && tokens[k]!.sentence !== tokens[k - 1]!.sentence) return false
  // (wink ends a sentence inside an ellipsis, "army." then "..,\" said ...": the break is after the dots, if anywhere.)
  if (dotsGlued(tokens, k)) return false
  const dots = k >= 2 && dotsGlued(tokens, k - 1) ? k - 1 : k >= 3 && CLOSES.has(tokens[k - 1]!.text) && dotsGlued(tokens, k - 2) ? k - 2 : -1
  if (dots > 0 && tokens[dots]!.sentence !== tokens[dots - 1]!.sentence) return !CLOSES.has(tokens[k]!.text) && !goesOn(tokens, k)
  if (k >= 2 && glued(tokens, k - 1, t) && tokens[k - 1]!.sentence !== tokens[k - 2]!.sentence) return true
  if (particleEnd(tokens, k, t) || answerEnd(tokens, k) || amountEnd(tokens, k) || suffixEnd(tokens, k, t)) return true
  return tokens[k]!.sentence !== tokens[k - 1]!.sentence
}

// (A closing mark glued to the word before it ends the sentence, at a paragraph's end too: '... ask him to.’”'.)
const GLUED = new Set(['"', '”', "''"])
const glued = (tokens: readonly Token[], i: number, t: number) =>
  GLUED.has(tokens[i]!.text) && tokens[i]!.start === tokens[i - 1]!.end && (i + 1 === t || tokens[i + 1]!.start > tokens[i]!.end)

// The rest of an ellipsis the tagger cut after its first dot.
// (The pattern made once: dotsGlued runs three times a token.)
const DOTS = /^\.+$/
const dotsGlued = (tokens: readonly Token[], k: number) => k >= 1 && DOTS.test(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end && tokens[k - 1]!.text.endsWith('.')
// After an ellipsis and its closing mark the sentence goes on into a comma or a lower-case word
// ('army...," said the statement', 'weak..." the minister said').
const CLOSES = new Set(['"', '”', "''", '’'])
const goesOn = (tokens: readonly Token[], k: number) => /^[,;:]$/.test(tokens[k]!.text) || /^\p{Ll}/u.test(tokens[k]!.text)

// 'Lopez chimed in. "No ...', '... in Lincoln, Neb. "They ...', '... World War I. "Unless ...': the tagger reads
// the word with its dot as an abbreviation and runs on into the quotation that opens the next sentence.
// ('John F. "Jack" Kennedy': a nickname closes within a few words and stays in the name.)
function particleEnd(tokens: readonly Token[], k: number, t: number): boolean {
  const prev = tokens[k - 1]!
  if (prev.lower === 'in.' && k + 1 < t && /^(?:"|“)$/.test(tokens[k]!.text) && tokens[k + 1]!.cap) return true
  if (!prev.text.endsWith('.') || !/\p{L}\.$/u.test(prev.text) || k + 1 >= t || !/^(?:"|“)$/.test(tokens[k]!.text) || !tokens[k + 1]!.cap) return false
  if (tokens[k]!.start === prev.end || tokens[k + 1]!.start !== tokens[k]!.end) return false
  for (let n = k + 1; n < Math.min(t, k + 5); n++) if (/^(?:"|”)$/.test(tokens[n]!.text)) return false
  return true
}

// '"No. Definitely not."': the answer "No." before a capitalised word that is no number ends its sentence ("No. 10
// Downing Street" is a number); the tagger reads it as the abbreviation.
function answerEnd(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]!
  return prev.text === 'No.' && tokens[k]!.cap && !/^\d/.test(tokens[k]!.text) && tokens[k]!.start > prev.end &&
    (k < 2 || /^(?:"|“|:|,)$/.test(tokens[k - 2]!.text) || tokens[k - 2]!.sentence !== prev.sentence)
}

// "... which the company put at $640m. Allianz said": an amount's "m" or "bn" glued to its number, then a
// capitalised word, ends the sentence; the tagger reads "m." as an abbreviation.
const AMOUNT = /^(?:m|bn|mn|k|tn|trn)\.$/
function amountEnd(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]!
  const num = tokens[k - 2]
  return k >= 2 && AMOUNT.test(prev.lower) && /\d$/.test(num!.text) && num!.end === prev.start && tokens[k]!.cap && tokens[k]!.start > prev.end
}

// "(D-N.Y.)", "pic.twitter.com", "Polygraph.info": no sentence starts inside
// a run of characters without a space, after a dot the tagger took for an end.
function inWord(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]!
  return tokens[k]!.start === prev.end && /\.$/.test(prev.text) && /^[\p{L}\d]/u.test(tokens[k]!.text)
}

// "LAPD Asst. Chief Earl Paysinger", "Retired Army Maj. Ken Smith": a title's
// abbreviation before a capitalised name ends no sentence.
const TITLE_ABBREVIATION = /^(?:comr|brig|supt|asst|assoc|maj|cmdr|capt|col|lt|sgt|gen|gov|sens?|reps?|rev|dr|prof|adm|cpl|pvt|insp|det|atty|amb)\.$/
function afterTitle(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]!
  // (The tagger may cut the dot from the word: "Supt" ".".)
  const word = prev.lower === '.' && k >= 2 && tokens[k - 2]!.end === prev.start ? `${tokens[k - 2]!.lower}.` : prev.lower
  return TITLE_ABBREVIATION.test(word) && tokens[k]!.cap && tokens[k]!.start > prev.end
}

function onlyClosingMarks(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!/^(?:"|”|’|'|'')$/.test(tokens[k]!.text)) return false
  return true
}

function isDatelinePiece(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a > 10) return false
  const piece = text.slice(tokens[a]!.start, tokens[b - 1]!.end)
  return DATELINE_PLACE.test(piece) || AGENCY_TAG.test(piece)
}
