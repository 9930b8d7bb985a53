// npm run lint: ESLint (type-aware rules, the import boundaries), then knip
// (unused files and exports), each timed, since both share loaded machines.
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'

const steps = [
  ['eslint', ['--max-warnings', '0', '.']],
  ['knip', ['--no-progress']],
]
for (const [tool, args] of steps) {
  const started = performance.now()
  // npm run puts node_modules/.bin on the PATH.
  const { status, error } = spawnSync(tool, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (error) throw error
  console.log(`lint: ${tool} ${status === 0 ? 'passed' : 'failed'} in ${seconds} s`)
  if (status !== 0) process.exit(status ?? 1)
}
