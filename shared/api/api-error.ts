// Errors crossing a transport carry a code the UI can act on, a message it
// can show as is (in the user's words, never naming a method), and for a
// refused input the path of the field it is about ("target.position.end").

import { z } from 'zod'

const errorCodes = ['invalid-input', 'not-found', 'storage', 'internal'] as const
export type ErrorCode = (typeof errorCodes)[number]
const ApiErrorBody = z.object({ code: z.enum(errorCodes), message: z.string(), field: z.string().optional() })
type ApiErrorBody = z.infer<typeof ApiErrorBody>

export class ApiError extends Error {
  readonly code: ErrorCode
  readonly field: string | undefined
  // cause: what went wrong inside, for the log; never sent.
  constructor(code: ErrorCode, message: string, field?: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ApiError'
    this.code = code
    this.field = field
  }

  get body(): ApiErrorBody {
    return { code: this.code, message: this.message, ...(this.field === undefined ? {} : { field: this.field }) }
  }
}

// The one wire format: what dispatch() answers, what IPC and HTTP carry and
// what every client unwraps.
export const Outcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorBody }),
])
export type Outcome = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody }
