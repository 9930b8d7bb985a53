// The one API between the UI and the services. Each method names its input
// and output schemas; both transports (Electron IPC and local HTTP) validate
// every payload against them, and the client types are derived from here.
// The methods are grouped by feature in methods/; this file puts them
// together and re-exports what callers take with the Api.

import type { z } from 'zod'
import { inputInWords, problemOf } from './input-words.ts'
import { ApiError } from './api-error.ts'
import { libraryMethods } from './methods/library.ts'
import { importMethods } from './methods/import.ts'
import { annotationMethods } from './methods/annotations.ts'
import { transferMethods } from './methods/transfer.ts'
import { sourceMethods } from './methods/sources.ts'
import { suggestionMethods } from './methods/suggestions.ts'
import { appStateMethods } from './methods/app-state.ts'

export { ApiError, Outcome, type ErrorCode } from './api-error.ts'
export { DocumentSummary } from './methods/library.ts'
export { MAX_IMPORT_BATCH, MAX_IMPORT_BATCH_BYTES } from './methods/import.ts'
export { SentenceRange } from './methods/suggestions.ts'
export { MAX_IMPORT_BYTES } from '../import/limits.ts'
export { SearchHit } from '../library/search-hit.ts'

// Each method's schemas are made the first time that method is checked,
// not when this module loads: the page checks a handful of answers before
// its first paint and never an input (issue 18: building every schema of
// the contract was part of app.js's evaluation before that paint).
const methods = {
  ...libraryMethods,
  ...importMethods,
  ...annotationMethods,
  ...transferMethods,
  ...sourceMethods,
  ...suggestionMethods,
  ...appStateMethods,
} as const satisfies Record<string, () => { input: z.ZodType; output: z.ZodType }>

type Methods = typeof methods
export type MethodName = keyof Methods
export type Contract = { [M in MethodName]: ReturnType<Methods[M]> }
export type Input<M extends MethodName> = z.input<Contract[M]['input']>
export type Output<M extends MethodName> = z.output<Contract[M]['output']>

// What a transport's client offers and what the services implement.
export type Api = { [M in MethodName]: (input: Input<M>) => Promise<Output<M>> }

export const methodNames = Object.keys(methods) as MethodName[]

// Keyed by method name only (isMethodName comes first), never by user text.
const made = new Map<MethodName, { input: z.ZodType; output: z.ZodType }>()

// One method's input and output schemas, made on first use.
export function schemasOf<M extends MethodName>(method: M): Contract[M] {
  let schemas = made.get(method)
  if (!schemas) {
    schemas = methods[method]()
    made.set(method, schemas)
  }
  return schemas as Contract[M]
}

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name)
}

export function parseInput<M extends MethodName>(method: M, payload: unknown): z.output<Contract[M]['input']> {
  // Messages the schemas give themselves win; the rest are ours, in words.
  const ours = new Set<string>()
  const result = schemasOf(method).input.safeParse(payload, {
    error: (issue) => {
      const problem = problemOf(issue)
      ours.add(problem)
      return problem
    },
  })
  if (!result.success) {
    const first = result.error.issues[0]
    throw new ApiError('invalid-input', inputInWords(result.error.issues, ours), first?.path.join('.') || undefined)
  }
  return result.data as z.output<Contract[M]['input']>
}

// A wrong answer is our fault: named for the log, not for the user.
export function parseOutput<M extends MethodName>(method: M, payload: unknown): Output<M> {
  const result = schemasOf(method).output.safeParse(payload)
  if (!result.success) {
    const first = result.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || 'answer'}: ${issue.message}`)
    throw new ApiError('internal', `The answer to ${method} was not valid (${first.join('; ')}).`)
  }
  return result.data as Output<M>
}
