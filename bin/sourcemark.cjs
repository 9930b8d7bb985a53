#!/usr/bin/env node
// The `sourcemark` command: runs the built CLI (npm run build makes it).
const { existsSync } = require('node:fs')
const { join } = require('node:path')
const { runCached } = require('./run-cached.cjs')
const cli = join(__dirname, '..', 'dist', 'electron', 'cli.cjs')
if (!existsSync(cli)) {
  console.error('sourcemark: the app is not built yet; run `npm run build` first.')
  process.exit(1)
}
runCached(cli)
