// Browser mode's transport: the renderer's files and the API on 127.0.0.1.
// Every request needs this launch's session cookie, which a browser gets by
// loading a one-time launch address (launch-sessions.ts); nothing reusable
// is ever in a URL or on a command line. POST /api/<method> takes JSON and
// answers dispatch()'s Outcome as JSON, the status saying its error code.

import { jsonDeeperThan, MAX_JSON_DEPTH } from '../../shared/text/json-depth.ts'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Api, ErrorCode, Outcome } from '../../shared/api/contract.ts'
import { CONTENT_SECURITY_POLICY } from '../csp.ts'
import { dispatch } from '../dispatch.ts'
import { EARLY_CALL_HEADER } from '../../shared/api/early-header.ts'
import { checkOrigin, readCookie, sessionCookie } from './guard.ts'
import { LaunchSessions } from './launch-sessions.ts'

const MAX_BODY = 30 * 1024 * 1024
// Read and dropped past MAX_BODY before a client still sending is cut off.
const MAX_DROPPED = 100 * 1024 * 1024
// Long enough for a browser to start on a loaded machine.
export const LAUNCH_CODE_LIFETIME_MS = 60_000
// For an address the user copies from the terminal.
export const PRINTED_CODE_LIFETIME_MS = 5 * 60_000

const ASSETS: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/app.js.map': { file: 'app.js.map', type: 'application/json; charset=utf-8' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
  '/early.js': { file: 'early.js', type: 'text/javascript; charset=utf-8' },
  '/early.js.map': { file: 'early.js.map', type: 'application/json; charset=utf-8' },
}

// app.js's chunks (scripts/renderer-build.mjs), loaded after the first
// paint: a plain name in chunks/, nothing else.
const CHUNK = /^\/chunks\/[A-Za-z0-9_-]+\.js(\.map)?$/

function chunkAsset(pathname: string): { file: string; type: string } | undefined {
  const match = CHUNK.exec(pathname)
  if (!match) return undefined
  return { file: pathname.slice(1), type: match[1] ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8' }
}

const STATUS: Record<ErrorCode, number> = { 'invalid-input': 400, 'not-found': 404, storage: 507, internal: 500 }

export interface ServerOptions {
  // The services, or their promise: the page (its script, its styles) can
  // load while the library opens; an API call waits for it.
  api: Api | Promise<Api>
  // The same services for the calls early.js marks (EARLY_CALL_HEADER):
  // not taken for the page's activity (services.ts). Without it, api.
  early?: Api | Promise<Api>
  rendererDir: string
  port?: number
}

export interface RunningServer {
  port: number
  // A fresh one-time address: it works once, within lifetimeMs.
  launchUrl(lifetimeMs?: number): string
  close(): Promise<void>
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const sessions = new LaunchSessions()
  let port = 0
  const server = createServer((req, res) => {
    handle(req, res, port, sessions, options).catch((error: unknown) => {
      // One line: the stack is of no use to the user reading the terminal.
      console.error(`sourcemark: could not answer a request: ${error instanceof Error ? error.message : String(error)}`)
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error.')
      else res.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    port,
    launchUrl: (lifetimeMs = LAUNCH_CODE_LIFETIME_MS) => `http://127.0.0.1:${port}/?code=${sessions.issueCode(lifetimeMs)}`,
    close: () => new Promise((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    }),
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, port: number, sessions: LaunchSessions, options: ServerOptions): Promise<void> {
  const refusal = checkOrigin(req, port)
  if (refusal) return send(res, refusal.status, 'text/plain; charset=utf-8', refusal.message)
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
  const cookie = readCookie(req, port)
  const signedIn = sessions.isSession(cookie)

  if (url.pathname.startsWith('/api/')) {
    if (!signedIn) return sendJson(res, 401, { ok: false, error: { code: 'invalid-input', message: 'Not signed in: open the address Sourcemark printed.' } })
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'invalid-input', message: 'API calls use POST.' } })
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, { ok: false, error: { code: 'invalid-input', message: 'API calls send application/json.' } })
    }
    const body = await readBody(req)
    if (body === null) return sendJson(res, 413, { ok: false, error: { code: 'invalid-input', message: `The request is larger than ${MAX_BODY / 1024 / 1024} MB, more than Sourcemark takes at once.` } })
    if (jsonDeeperThan(body)) return sendJson(res, 400, { ok: false, error: { code: 'invalid-input', message: `The request nests lists or objects more than ${MAX_JSON_DEPTH} levels deep; no file Sourcemark reads does.` } })
    let payload: unknown
    try {
      payload = body.length ? JSON.parse(body) : {}
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid-input', message: 'Request body is not valid JSON.' } })
    }
    const method = decodedPath(url.pathname.slice('/api/'.length))
    if (method === null) return sendJson(res, 400, { ok: false, error: { code: 'invalid-input', message: 'The address is not valid percent-encoding.' } })
    const early = req.headers[EARLY_CALL_HEADER.toLowerCase()] === '1' && options.early !== undefined
    const outcome = await dispatch(await (early ? options.early! : options.api), method, payload)
    return sendJson(res, outcome.ok ? 200 : STATUS[outcome.error.code], outcome)
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.')
  const code = url.searchParams.get('code')
  if (url.pathname === '/' && code !== null) {
    const redeemed = sessions.redeem(code, cookie)
    if (!redeemed.ok) return send(res, 401, 'text/plain; charset=utf-8', `${redeemed.message} Start Sourcemark again to get a new one.`)
    // On to the plain address at once: the code leaves the address bar and
    // the history, and the cookie does the rest.
    return send(res, 303, 'text/plain; charset=utf-8', 'Signed in.', { Location: '/', 'Set-Cookie': sessionCookie(port, redeemed.session) })
  }
  if (!signedIn) return send(res, 401, 'text/plain; charset=utf-8', 'Not signed in. Open the address Sourcemark printed.')
  const asset = ASSETS[url.pathname] ?? chunkAsset(url.pathname)
  if (!asset) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.')
  let body: Buffer
  try {
    body = await readFile(join(options.rendererDir, asset.file))
  } catch (error) {
    // A chunk of another build (or none): not found, not a server error.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return send(res, 404, 'text/plain; charset=utf-8', 'Not found.')
    throw error
  }
  send(res, 200, asset.type, body)
}

// A client's mistake, answered 400: never an exception (and a stack) here.
function decodedPath(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

// The body, or null once it passes the limit (answered at once, 413).
// What follows is read and dropped, so that the client, still sending, is
// not cut off before it reads the answer; but only so much of it: a client
// that goes on sending past that is cut off. A body of any length costs at
// most MAX_BODY of memory and a bounded time.
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY) return void chunks.push(chunk)
      chunks.length = 0
      resolve(null)
      if (size > MAX_BODY + MAX_DROPPED) req.destroy()
    })
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendJson(res: ServerResponse, status: number, body: Outcome): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body))
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...extra,
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  })
  res.end(body)
}
