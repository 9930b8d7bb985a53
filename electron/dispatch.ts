// One entry for every caller (IPC, HTTP, the CLI): validate the input
// against the contract, call the service, validate the answer, and turn any
// failure into the Outcome's { code, message } the UI can show.

import { ApiError, isMethodName, methodNames, parseInput, parseOutput, type Api, type MethodName, type Outcome } from '../shared/api/contract.ts'

// What the screen says of a bug: its details are for the log.
export const INTERNAL_WORDS = 'Something went wrong inside Sourcemark; the details are in its log.'

export async function dispatch(api: Api, method: string, payload: unknown): Promise<Outcome> {
  try {
    if (!isMethodName(method)) throw new ApiError('not-found', `There is no API method named ${JSON.stringify(method.slice(0, 100))}.`)
    const input = parseInput(method, payload)
    const value = await (api[method] as (input: unknown) => Promise<unknown>)(input)
    return { ok: true, value: parseOutput(method, value) }
  } catch (error) {
    if (error instanceof ApiError && error.code !== 'internal') return { ok: false, error: error.body }
    // A bug, not the user's doing: one line for whoever reads the log; the
    // stack stays here, the client gets the message only.
    const message = error instanceof Error ? error.message : String(error)
    const where = error instanceof Error ? firstFrame(error) : undefined
    console.error(`sourcemark: internal error in ${isMethodName(method) ? method : 'an unknown method'}: ${message}${where ? ` (${where})` : ''}`)
    return { ok: false, error: { code: 'internal', message: INTERNAL_WORDS } }
  }
}

// "services/annotations.ts:42:7": where the error was thrown.
function firstFrame(error: Error): string | undefined {
  const line = error.stack?.split('\n').find((l) => l.trimStart().startsWith('at '))
  const place = line?.match(/\(?([^()\s]+:\d+:\d+)\)?\s*$/)?.[1]
  return place?.replace(/^file:\/\//, '')
}

// The Api as a caller in this process sees it (the CLI): every call goes
// through dispatch, and a failed Outcome comes back as its ApiError.
export function throughDispatch(services: Api): Api {
  const api = {} as Record<MethodName, (input: unknown) => Promise<unknown>>
  for (const method of methodNames) {
    api[method] = async (input: unknown) => {
      const outcome = await dispatch(services, method, input)
      if (!outcome.ok) throw new ApiError(outcome.error.code, outcome.error.message, outcome.error.field)
      return outcome.value
    }
  }
  return api as Api
}
