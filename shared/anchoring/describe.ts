// Range -> selectors, the inverse of anchor().

import type { Target } from '../model/annotation.ts'

// Enough context to tell apart repeated phrases without storing paragraphs.
export const CONTEXT_LENGTH = 32

export function describe(text: string, start: number, end: number): Target {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) {
    throw new RangeError(`range ${start}-${end} is not inside a text of length ${text.length}`)
  }
  return {
    position: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
  }
}
