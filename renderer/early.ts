// The page's first script (index.html, before app.js): the calls the start
// makes first, sent at once (early-calls.ts). Their answers are read by
// app.js, which checks them; here only the startup document's id is read
// from its answer, to ask for that document; a wrong one is only a call
// the app does not take. In the desktop shell (the preload's bridge) the
// calls go through IPC, not sent here.

import { EARLY_CALL_HEADER } from '../shared/api/early-header.ts'
import { earlyKey } from './early-calls.ts'
import { postRequest, type HttpAnswer } from './http-post.ts'

function send(calls: Map<string, Promise<HttpAnswer>>, method: string, input: object): Promise<HttpAnswer> {
  const url = `/api/${method}`
  const json = JSON.stringify(input)
  // Marked: the page is loading, not quiet (the server leaves its
  // background work until the app's own calls have paused).
  const answer = postRequest(url, json, { [EARLY_CALL_HEADER]: '1' })
  // Its failure is the app's to report, when it takes it.
  answer.catch(() => {})
  calls.set(earlyKey(url, json), answer)
  return answer
}

function documentIdIn(text: string): string | null {
  try {
    const id = (JSON.parse(text) as { value?: { documentId?: unknown } } | null)?.value?.documentId
    return typeof id === 'string' ? id : null
  } catch {
    return null
  }
}

if (!window.sourcemark) {
  const calls = new Map<string, Promise<HttpAnswer>>()
  window.sourcemarkEarly = calls
  // renderer/startup.ts and main.ts's boot, in the order they ask.
  send(calls, 'startupDocument', {}).then(({ text }) => {
    const documentId = documentIdIn(text)
    if (documentId === null || window.sourcemarkEarly !== calls) return
    // document-fetch.ts
    void send(calls, 'getDocument', { documentId })
    void send(calls, 'listAnnotations', { documentId })
    void send(calls, 'listSources', {})
    void send(calls, 'listRemovedSources', {})
  }, () => {})
  void send(calls, 'getSettings', {})
  void send(calls, 'listReadingPositions', {})
}
