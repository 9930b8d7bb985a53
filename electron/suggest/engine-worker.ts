// The body of the attribution worker (run-engine.ts starts it): loads the
// engine and its NLP model once, then answers each text it is sent, one
// at a time, so the thread serving the app never runs the engine itself.

import { parentPort } from 'node:worker_threads'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { statements } from '../../shared/attribution/statements.ts'
import { EngineRequest, type EngineReply } from './engine-protocol.ts'

parentPort!.on('message', (message: unknown) => {
  const request = EngineRequest.safeParse(message)
  const id = typeof (message as { id?: unknown } | null)?.id === 'number' ? (message as { id: number }).id : -1
  let reply: EngineReply
  try {
    if (!request.success) throw new Error(`a request out of protocol: ${request.error.message}`)
    const { text, paragraphs, publisher } = request.data
    let sentences: { start: number; end: number }[] = []
    const found = suggestAttributions(text, { paragraphs, ...(publisher ? { publisher } : {}), sentences: (split) => { sentences = statements(split) } })
    reply = {
      kind: 'found', id, sentences,
      found: found.map(({ content, cue, source, sourceKind, via, venue, confidence }) => ({ content, cue, source, sourceKind, via, venue, confidence })),
    }
  } catch (error) {
    reply = { kind: 'failed', id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
  parentPort!.postMessage(reply)
})
