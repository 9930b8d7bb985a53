// Selectors -> a range of the canonical text, or null for an orphan.
//
// Tried in order:
//  1. the stored position, if the quote is there and so is its stored
//     context (prefix and suffix): O(quote + context), the common case;
//  2. the quote itself (match-quote.ts): exact occurrences ranked by how
//     well their context fits and by nearness to the stored position, then,
//     only if none fits, approximate occurrences within a small edit
//     distance whose context still fits.
// An exact occurrence at the stored position whose context no longer fits
// does not win by default: when the text shifted and another copy of a
// repeated phrase slid into the old place, the copy whose context fits is
// chosen. When nothing is good enough the annotation is an orphan: better
// no highlight than one on the wrong words.

import type { Target } from '../model/annotation.ts'
import { matchQuote, TextIndex, wholeCodePoints } from './match-quote.ts'

export interface TextRange { start: number; end: number }

type AnchorMethod = 'position' | 'exact' | 'approximate'

export interface AnchorMatch extends TextRange {
  // 'position': the stored position with its context; 'exact': the quote
  // found elsewhere (or at the position, chosen over other copies by
  // context); 'approximate': text within a few edits of the quote.
  method: AnchorMethod
  // Edit distance between the quote and the returned text.
  errors: number
}

export function anchor(text: string, target: Target): TextRange | null {
  const found = anchorMatch(text, target)
  return found && { start: found.start, end: found.end }
}

export interface AnchorOptions {
  // Where the quote is expected to start now, if not at its stored
  // position (anchorAll passes the shift of the annotation before it).
  hint?: number
  // An index of `text`, shared between calls on the same text; it speeds
  // up searching all of a long text for quotes that are gone.
  index?: TextIndex
}

// As anchor(), with how the range was found.
export function anchorMatch(text: string, target: Target, options: AnchorOptions = {}): AnchorMatch | null {
  const hint = options.hint ?? target.position.start
  const { position, quote } = target
  const length = quote.exact.length
  if (length === 0) return null
  if (inPlace(text, position.start, target)) return result(text, position.start, position.start + length, 'position', 0)
  if (hint !== position.start && inPlace(text, hint, target)) return result(text, hint, hint + length, 'exact', 0)
  const found = matchQuote(text, quote, { hint, index: options.index })
  if (!found) return null
  return result(text, found.start, found.end, found.errors === 0 && found.end - found.start === length ? 'exact' : 'approximate', found.errors)
}

// Anchors many targets against one text; results in the order given.
// Those still in place are found in O(quote + context) each. The rest are
// visited by stored position, each looked for first where the one before
// it moved to: after a few edits most annotations shift by the same amount
// as their neighbour. One lazily built index of the text serves every
// quote that has to be searched for in all of it.
export function anchorAll(text: string, targets: readonly Target[]): (AnchorMatch | null)[] {
  const results: (AnchorMatch | null)[] = new Array(targets.length).fill(null)
  const moved: number[] = []
  targets.forEach((target, i) => {
    const { start } = target.position
    if (target.quote.exact && inPlace(text, start, target)) results[i] = result(text, start, start + target.quote.exact.length, 'position', 0)
    else moved.push(i)
  })
  moved.sort((a, b) => targets[a]!.position.start - targets[b]!.position.start)
  const index = new TextIndex(text)
  let shift = 0
  for (const i of moved) {
    const target = targets[i]!
    const found = anchorMatch(text, target, { hint: target.position.start + shift, index })
    if (found && found.method !== 'approximate') shift = found.start - target.position.start
    results[i] = found
  }
  return results
}

// The quote at `start`, with all of its stored context around it.
function inPlace(text: string, start: number, target: Target): boolean {
  const { exact, prefix, suffix } = target.quote
  const end = start + exact.length
  return start >= prefix.length && end <= text.length
    && text.startsWith(exact, start)
    && text.startsWith(prefix, start - prefix.length)
    && text.startsWith(suffix, end)
}

function result(text: string, start: number, end: number, method: AnchorMethod, errors: number): AnchorMatch {
  // Only a quote that itself cuts a surrogate pair gets widened here.
  const whole = wholeCodePoints(text, start, end)
  return { start: whole.start, end: whole.end, method, errors: errors + (start - whole.start) + (whole.end - end) }
}
