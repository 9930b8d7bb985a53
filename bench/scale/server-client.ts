// The real browser-mode server (bin/sourcemark.cjs serve) driven over HTTP
// without a browser: for timing the server alone (its start, an API call's
// answer) where the page would only add noise. Signs in with the printed
// one-time address, as a browser does, and keeps the session cookie.

import type { ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { printedUrl, spawnServer } from './app.ts'

const ROOT = resolve(import.meta.dirname, '..', '..')

export interface ServerClient {
  server: ChildProcess
  // Milliseconds from the spawn to the printed address.
  printedMs: number
  call<T = unknown>(method: string, input?: unknown): Promise<T>
  // The answer as it came, refused or not.
  outcome(method: string, input?: unknown): Promise<Outcome>
  stop(): Promise<void>
}

interface Outcome { ok: boolean; value: unknown; error?: { message: string } }

export interface StartOptions {
  // Another checkout's build to run (a baseline); default this one.
  root?: string
  // Flags for node itself (--cpu-prof, --trace-gc ...).
  nodeArgs?: string[]
  // Where the server's stderr goes; default this process's.
  stderr?: 'inherit' | 'ignore'
}

export async function startServer(dataDir: string, { root = ROOT, nodeArgs = [], stderr = 'inherit' }: StartOptions = {}): Promise<ServerClient> {
  const t0 = performance.now()
  const { server, stop } = spawnServer(root, dataDir, nodeArgs, stderr)
  try {
    const url = new URL(await printedUrl(server))
    const printedMs = performance.now() - t0
    const signIn = await fetch(url, { redirect: 'manual' })
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0]
    if (signIn.status !== 303 || !cookie) throw new Error(`signing in answered ${signIn.status}`)
    const outcome = async (method: string, input: unknown = {}): Promise<Outcome> => {
      const res = await fetch(new URL(`/api/${method}`, url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(input),
      })
      return await res.json() as Outcome
    }
    const call = async <T>(method: string, input: unknown = {}): Promise<T> => {
      const answer = await outcome(method, input)
      if (!answer.ok) throw new Error(`${method}: ${answer.error?.message}`)
      return answer.value as T
    }
    return { server, printedMs, call, outcome, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
