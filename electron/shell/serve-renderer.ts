// Answers the window's sourcemark://app/ requests from the built renderer
// folder, every answer with the CSP; which file a path names is decided in
// renderer-files.ts.

import { readFile } from 'node:fs/promises'
import { CONTENT_SECURITY_POLICY as CSP } from '../csp.ts'
import { HOST } from './policy.ts'
import { contentTypeOf, fileUnder } from './renderer-files.ts'

export async function serveRenderer(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed')
  const url = new URL(request.url)
  const file = url.host === HOST ? fileUnder(rendererDir, url.pathname) : undefined
  if (!file) return plain(404, 'Not found')
  let body: Buffer
  try {
    body = await readFile(file)
  } catch {
    return plain(404, 'Not found')
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    headers: {
      'Content-Type': contentTypeOf(file),
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  })
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP } })
}
