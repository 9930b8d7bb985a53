// Who may talk to the browser-mode server: only a page we served, on the
// loopback address we bound, holding this launch's session cookie. A foreign Host
// header means DNS rebinding; a foreign Origin or a cross-site fetch means
// another page trying its luck. Both are refused before anything runs.

import type { IncomingMessage } from 'node:http'

export interface Refusal { status: number; message: string }

function allowedHosts(port: number): Set<string> {
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

// Cookies are not kept apart by port: two servers on 127.0.0.1 would share
// one name, so the name carries the port.
function cookieName(port: number): string {
  return `sourcemark-${port}`
}

// Script on the page cannot read it, and no other site's request carries it.
export function sessionCookie(port: number, session: string): string {
  return `${cookieName(port)}=${session}; HttpOnly; SameSite=Strict; Path=/`
}

export function readCookie(req: IncomingMessage, port: number): string | undefined {
  const name = `${cookieName(port)}=`
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const pair = part.trim()
    if (pair.startsWith(name)) return pair.slice(name.length)
  }
  return undefined
}
