// `sourcemark serve` as a real child process on a folder, signed in as the
// browser is: its process, its exit, and `call` for the API over HTTP.

import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { CLI, REPO_ROOT } from './run-cli.ts'

export interface ServeChild {
  child: ReturnType<typeof spawn>
  exited: Promise<number | null>
  // headers: added to the call's (e.g. the page's first script's mark).
  call: (method: string, input: unknown, headers?: Record<string, string>) => Promise<{ ok: boolean; value: unknown; error?: { message: string } }>
  stderr: () => string
}

// preload: a module the child loads first (a test's stand-in for the disk);
// env: added to the child's environment.
export async function serve(dir: string, { preload, env }: { preload?: string; env?: Record<string, string> } = {}): Promise<ServeChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...(preload ? ['--import', preload] : []), CLI, 'serve', '--data-dir', dir, '--no-open'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const printed = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^Sourcemark running at (\S+)$/.exec(line)
      if (match) resolve(match[1]!)
    })
    void exited.then((code) => reject(new Error(`serve exited ${code}: ${stderr}`)))
  })
  const signIn = await fetch(printed, { redirect: 'manual' })
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!
  const call = async (method: string, input: unknown, headers: Record<string, string> = {}) => {
    const answer = await fetch(new URL(`/api/${method}`, printed), { method: 'POST', headers: { 'content-type': 'application/json', cookie, ...headers }, body: JSON.stringify(input) })
    return await answer.json() as { ok: boolean; value: unknown; error?: { message: string } }
  }
  return { child, exited, call, stderr: () => stderr }
}
