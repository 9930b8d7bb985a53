// Who may talk to the browser-mode server: only a page we served, on the
// loopback address we bound, holding this launch's token. A foreign Host
// header means DNS rebinding; a foreign Origin or a cross-site fetch means
// another page trying its luck. Both are refused before anything runs.

import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export interface Refusal { status: number; message: string }

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`])
}

export function checkOrigin(req: IncomingMessage, port: number): Refusal | null {
  const hosts = allowedHosts(port)
  if (!hosts.has(req.headers.host ?? '')) return { status: 403, message: 'Forbidden: unknown Host header.' }
  const origin = req.headers.origin
  if (origin !== undefined && ![...hosts].some((h) => origin === `http://${h}`)) {
    return { status: 403, message: 'Forbidden: cross-origin request.' }
  }
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { status: 403, message: 'Forbidden: cross-site request.' }
  }
  return null
}

export function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}
