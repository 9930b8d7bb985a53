// One entry for both transports: validate the input against the contract,
// call the service, validate the answer, and turn any failure into an
// { code, message } the UI can show.

import { ApiError, isMethodName, parseInput, parseOutput, type Api, type ErrorCode } from '../shared/api/contract.ts'

export type Outcome = { ok: true; value: unknown } | { ok: false; error: { code: ErrorCode; message: string } }

export async function dispatch(api: Api, method: string, payload: unknown): Promise<Outcome> {
  try {
    if (!isMethodName(method)) throw new ApiError('not-found', `There is no API method named ${JSON.stringify(method.slice(0, 100))}.`)
    const input = parseInput(method, payload)
    const value = await (api[method] as (input: unknown) => Promise<unknown>)(input)
    return { ok: true, value: parseOutput(method, value) }
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } }
    console.error(error)
    return { ok: false, error: { code: 'internal', message: `Internal error: ${(error as Error)?.message ?? String(error)}` } }
  }
}
