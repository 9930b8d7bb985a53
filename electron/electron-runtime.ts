// Finds the Electron runtime binary without requiring the 'electron' package:
// its index.js downloads synchronously, with inherited output, as a side
// effect of require(). Here a missing runtime is fetched once, on demand,
// with a time limit, and a failure becomes one short line the CLI can show.

import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export type RuntimeResult = { ok: true; executable: string } | { ok: false; reason: string }

export interface RuntimeOptions {
  timeoutMs?: number
  log?: (line: string) => void
  env?: NodeJS.ProcessEnv
  platform?: NodeJS.Platform
  // The electron package folder; found with require.resolve when absent.
  packageDir?: string
  // false: only look for a runtime already here (tests never download).
  download?: boolean
}

export async function ensureElectronRuntime(opts: RuntimeOptions = {}): Promise<RuntimeResult> {
  const env = opts.env ?? process.env
  const platform = opts.platform ?? process.platform
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { ok: false, reason: 'no display' }

  const packageDir = opts.packageDir ?? findPackageDir()
  if (!packageDir) return { ok: false, reason: 'the electron package is not installed (npm install)' }

  // As electron/index.js does: an override dist folder is used as is. It is
  // never downloaded into, since install.js would not put it there either.
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const executable = join(override, executableName(packageDir, platform))
    return existsSync(executable) ? { ok: true, executable } : { ok: false, reason: `no Electron runtime at ${executable} (ELECTRON_OVERRIDE_DIST_PATH)` }
  }

  const present = installedExecutable(packageDir)
  if (present) return { ok: true, executable: present }

  if (opts.download === false) return { ok: false, reason: 'the Electron runtime is not downloaded' }
  opts.log?.('Downloading the Electron runtime (once)...')
  const failure = await runInstall(packageDir, env, opts.timeoutMs ?? 90_000)
  if (failure) return { ok: false, reason: `could not download the Electron runtime (${failure})` }
  const installed = installedExecutable(packageDir)
  return installed ? { ok: true, executable: installed } : { ok: false, reason: 'the Electron runtime download finished but no binary was found' }
}

function findPackageDir(): string | undefined {
  try {
    return dirname(require.resolve('electron/package.json'))
  } catch {
    return undefined
  }
}

// path.txt is written only after the zip is extracted, but the binary is
// checked too: a half-deleted dist must not count as a runtime.
function installedExecutable(packageDir: string): string | undefined {
  const relative = readPathTxt(packageDir)
  if (!relative) return undefined
  const executable = join(packageDir, 'dist', relative)
  return existsSync(executable) ? executable : undefined
}

function readPathTxt(packageDir: string): string | undefined {
  try {
    return readFileSync(join(packageDir, 'path.txt'), 'utf8').trim() || undefined
  } catch {
    return undefined
  }
}

// The name install.js would write to path.txt for this platform.
function executableName(packageDir: string, platform: NodeJS.Platform): string {
  const written = readPathTxt(packageDir)
  if (written) return written
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return platform === 'win32' ? 'electron.exe' : 'electron'
}

// install.js prints err.stack, and for a network failure that is only
// "TypeError: fetch failed"; the cause (DNS, refused, ...) is in err.cause.
// This preload, run in the child only, puts the cause in the message.
const REVEAL_FETCH_CAUSE =
  'const f = globalThis.fetch; if (f) globalThis.fetch = (...a) => f(...a).catch((e) => { throw e && e.cause && e.cause.message ? new Error(String(e.cause.message)) : e })'

// Resolves to undefined on success, else a one-line reason.
function runInstall(packageDir: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const args = ['--import', `data:text/javascript,${encodeURIComponent(REVEAL_FETCH_CAUSE)}`, join(packageDir, 'install.js')]
    const child = spawn(process.execPath, args, {
      cwd: packageDir,
      env: { ...env, ELECTRON_GET_NO_PROGRESS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const collect = (chunk: Buffer) => { output = (output + chunk.toString('utf8')).slice(-20_000) }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve(error.message)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (timedOut) resolve(`timed out after ${timeoutMs / 1000} s`)
      else if (code === 0) resolve(undefined)
      else resolve(usefulLine(output) ?? `install.js exited with code ${code}`)
    })
  })
}

// The first error line of a stack trace, without its "XxxError: " prefix.
function usefulLine(output: string): string | undefined {
  const lines = output.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('at '))
  const line = lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.at(-1)
  if (!line) return undefined
  const text = line.replace(/^\w*Error:\s*/, '')
  return text.length > 200 ? `${text.slice(0, 197)}...` : text
}
