// The renderer's one way to the services. In the desktop shell the preload
// exposes window.sourcemark (Electron IPC); in browser mode calls go over
// HTTP to the local server, signed in by a session cookie the page's script
// never sees (the browser sends it on same-origin requests). Both answer
// with dispatch()'s Outcome; a failed one becomes an ApiError with its code,
// and an answer that is not an Outcome, or whose value breaks the contract,
// is refused. A long answer (a long article's suggestions) is checked in
// slices, the page free between them (shared/api/sliced-output.ts).

import { ApiError, methodNames, Outcome, type Api, type MethodName } from '../shared/api/contract.ts'
import { checkedInSlices } from '../shared/api/sliced-output.ts'
import { orEarly } from './early-calls.ts'
import { postRequest, type HttpAnswer, type Post } from './http-post.ts'

export type Bridge = Record<MethodName, (payload: unknown) => Promise<unknown>>

declare global {
  interface Window { sourcemark?: Bridge }
}

export function connect(): Api {
  return window.sourcemark ? clientOf(viaBridge(window.sourcemark)) : clientOf(viaHttp(orEarly(postRequest)))
}

type Call = (method: MethodName, input: unknown) => Promise<unknown>

export function clientOf(call: Call, pause: () => Promise<void> = yieldToPage): Api {
  const api = {} as Record<MethodName, (input: unknown) => Promise<unknown>>
  for (const method of methodNames) {
    api[method] = async (input: unknown) => checkedInSlices(method, await call(method, input), pause)
  }
  return api as Api
}

// Lets the page draw and take input before the next slice: a message
// comes back in a task of its own, without a timer's clamping.
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => { channel.port1.close(); resolve() }
    channel.port2.postMessage(null)
  })
}

export function viaBridge(bridge: Bridge): Call {
  return async (method, input) => unwrap(await bridge[method](input))
}

export function viaHttp(post: Post): Call {
  return async (method, input) => {
    let answer: HttpAnswer
    try {
      answer = await post(`/api/${method}`, JSON.stringify(input ?? {}))
    } catch {
      throw new ApiError('internal', 'Sourcemark is not running any more: its server did not answer.')
    }
    const body = parsed(answer.text)
    if (body === null) throw new ApiError('internal', `The server answered ${answer.status} without an answer Sourcemark can read.`)
    return unwrap(body)
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

function unwrap(answer: unknown): unknown {
  const outcome = Outcome.safeParse(answer)
  if (!outcome.success) throw new ApiError('internal', 'Sourcemark gave an answer it cannot read.')
  if (!outcome.data.ok) throw new ApiError(outcome.data.error.code, outcome.data.error.message, outcome.data.error.field)
  return outcome.data.value
}
