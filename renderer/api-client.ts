// The renderer's one way to the services. In the desktop shell the preload
// exposes window.sourcemark (Electron IPC); in browser mode calls go over
// HTTP to the local server, signed in by a session cookie the page's script
// never sees (the browser sends it on same-origin requests). Both
// answer with the same shapes, checked against the contract here too.

import { ApiError, ApiErrorBody, methodNames, parseOutput, type Api, type MethodName } from '../shared/api/contract.ts'

type Outcome = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }
type Bridge = Record<MethodName, (payload: unknown) => Promise<Outcome>>

declare global {
  interface Window { sourcemark?: Bridge }
}

export function connect(): Api {
  const call = window.sourcemark ? viaBridge(window.sourcemark) : viaHttp()
  const api = {} as Record<MethodName, (input: unknown) => Promise<unknown>>
  for (const method of methodNames) {
    api[method] = async (input: unknown) => parseOutput(method, await call(method, input))
  }
  return api as Api
}

function viaBridge(bridge: Bridge) {
  return async (method: MethodName, input: unknown): Promise<unknown> => {
    const outcome = await bridge[method](input)
    if (!outcome.ok) throw toApiError(outcome.error)
    return outcome.value
  }
}

function viaHttp() {
  return async (method: MethodName, input: unknown): Promise<unknown> => {
    let response: Response
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input ?? {}),
      })
    } catch {
      throw new ApiError('internal', 'Sourcemark is not running any more: its server did not answer.')
    }
    const body = (await response.json().catch(() => null)) as { value?: unknown; error?: unknown } | null
    if (response.ok && body && 'value' in body) return body.value
    throw toApiError(body?.error ?? { code: 'internal', message: `The server answered ${response.status}.` })
  }
}

function toApiError(raw: unknown): ApiError {
  const parsed = ApiErrorBody.safeParse(raw)
  return parsed.success ? new ApiError(parsed.data.code, parsed.data.message) : new ApiError('internal', 'The server gave an unreadable error.')
}
