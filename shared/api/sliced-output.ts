// Answers too long to check in one go on the page: the suggestions of a
// long article (3,573 items, 3 MB, about 36 ms of zod in one task) are
// checked a slice of items at a time, with a pause between slices (the
// renderer yields to the page there), so no task holds the page long. The
// value and the refusals are the contract's: each item goes through the
// same schema, and a bad one is named by its place ("suggestions.2500.
// confidence"), and nothing is answered. Other methods are checked in one go.

import { z } from 'zod'
import { Suggestion } from '../model/suggestion.ts'
import { ApiError, parseOutput, SentenceRange, type MethodName, type Output } from './contract.ts'

// The answer's shape with its long lists left unchecked, and the schema of
// each list's items; together they are the contract's output schema.
const SLICED: Partial<Record<MethodName, { shape: z.ZodType<Record<string, unknown>>; lists: Record<string, z.ZodType> }>> = {
  suggestAttributions: {
    shape: z.object({ suggestions: z.array(z.unknown()), sentences: z.array(z.unknown()) }),
    lists: { suggestions: Suggestion, sentences: SentenceRange },
  },
}

export async function checkedInSlices<M extends MethodName>(method: M, payload: unknown, pause: () => Promise<void>, { items = 250 } = {}): Promise<Output<M>> {
  const sliced = SLICED[method]
  if (!sliced) return parseOutput(method, payload)
  const shape = sliced.shape.safeParse(payload)
  if (!shape.success) throw refusal(method, shape.error.issues, [])
  const value: Record<string, unknown> = { ...shape.data }
  let done = 0
  for (const [name, schema] of Object.entries(sliced.lists)) {
    const list = value[name] as unknown[]
    const out: unknown[] = new Array(list.length)
    for (let i = 0; i < list.length; i++) {
      if (done > 0 && done % items === 0) await pause()
      done++
      const item = schema.safeParse(list[i])
      if (!item.success) throw refusal(method, item.error.issues, [name, i])
      out[i] = item.data
    }
    value[name] = out
  }
  return value as Output<M>
}

// In the words parseOutput uses, the path from the answer's top.
function refusal(method: string, issues: readonly z.core.$ZodIssue[], at: (string | number)[]): ApiError {
  const first = issues.slice(0, 3).map((issue) => `${[...at, ...issue.path.map(String)].join('.') || 'answer'}: ${issue.message}`)
  return new ApiError('internal', `The answer to ${method} was not valid (${first.join('; ')}).`)
}
