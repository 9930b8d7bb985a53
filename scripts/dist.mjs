// npm run dist [-- electron-builder flags, e.g. --dir]: builds, then makes
// the installers with build/electron-builder.yml. electron-builder needs the
// Electron runtime download; where that site cannot be reached this says so
// in one line instead of a stack trace, and fails.

import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
// Network failures of the runtime download, as got and Node word them.
const DOWNLOAD_FAILED = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|CERT_|UNABLE_TO_GET_ISSUER|SELF_SIGNED)\w*|HTTPError: Response code 40[34]/

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (data) => { output += data })
    child.stderr.on('data', (data) => { output += data })
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}

const built = await run(process.execPath, ['scripts/build.mjs'])
if (built.code !== 0) {
  process.stderr.write(built.output)
  process.exit(built.code)
}
const builder = require.resolve('electron-builder/cli.js')
const { code, output } = await run(process.execPath, [builder, '--config', 'build/electron-builder.yml', ...process.argv.slice(2)])
if (code === 0) {
  process.stdout.write(output)
} else if (DOWNLOAD_FAILED.test(output) && /electron|github|download|packaging/i.test(output)) {
  const version = require('electron/package.json').version
  const why = DOWNLOAD_FAILED.exec(output)[0]
  console.error(`Sourcemark: installers need the Electron ${version} runtime download, which cannot be reached from here (${why}); set ELECTRON_MIRROR or build where it can.`)
  process.exit(1)
} else {
  process.stderr.write(output)
  process.exit(code)
}
