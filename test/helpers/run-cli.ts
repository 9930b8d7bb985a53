// Runs the sourcemark command line from sources, as a user would type it,
// optionally under another user (`as`: e.g. setpriv's arguments).

import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const CLI = join(REPO_ROOT, 'electron', 'cli.ts')

export function runCli(args: readonly string[], as: readonly string[] = []): { code: number | null; out: string; err: string } {
  const [command, ...rest] = [...as, process.execPath, '--import', 'tsx', CLI, ...args]
  const run = spawnSync(command!, rest, { cwd: REPO_ROOT, encoding: 'utf8' })
  return { code: run.status, out: run.stdout, err: run.stderr }
}
