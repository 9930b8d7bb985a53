// Signs a test client in to the browser-mode server as the browser does:
// load a one-time launch address, keep the session cookie it sets.

import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { startServer, type RunningServer } from '../../electron/http/server.ts'

export function signIn(server: RunningServer): Promise<string> {
  const launch = new URL(server.launchUrl())
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method: 'GET', path: `${launch.pathname}${launch.search}`, headers: { host: launch.host } }, (res) => {
      res.resume()
      const cookie = res.headers['set-cookie']?.[0]?.split(';')[0]
      if (res.statusCode === 303 && cookie) resolve(cookie)
      else reject(new Error(`sign-in answered ${res.statusCode}`))
    })
    req.on('error', reject)
    req.end()
  })
}

// One API call as the page makes it, with the signed-in cookie: the status and the body's text.
// headers: more request headers (early.js's mark).
export function callApi(server: RunningServer, cookie: string, method: string, payload: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method: 'POST', path: `/api/${method}`, headers: { ...headers, 'content-type': 'application/json', cookie } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(JSON.stringify(payload))
  })
}

// A browser-mode server over `dataDir` with a one-line page for its
// renderer, signed in: for tests that call the API as the page does.
export interface SignedInServer { call(method: string, payload: unknown): Promise<{ status: number; body: string }>; close(): Promise<void> }

export async function signedInServer(root: string, dataDir: string, resourcesDir: string): Promise<SignedInServer> {
  const rendererDir = join(root, 'renderer')
  await mkdir(rendererDir, { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>')
  const server = await startServer({ api: await openServices({ dataDir, resourcesDir }), rendererDir })
  const cookie = await signIn(server)
  return { call: (method, payload) => callApi(server, cookie, method, payload), close: () => server.close() }
}
