// ensureElectronRuntime against real temp folders: a fake electron package
// whose install.js stands in for the download, so nothing here touches the
// network or the real node_modules/electron.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureElectronRuntime } from '../../electron/electron-runtime.ts'

const withDisplay = { DISPLAY: ':99' }

async function tempDir(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sourcemark-runtime-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function fakeBinary(path: string): Promise<void> {
  await writeFile(path, '#!/bin/sh\n', { mode: 0o755 })
}

// A package folder whose install.js runs the given script body.
async function fakePackage(dir: string, installScript: string): Promise<string> {
  const pkg = join(dir, 'electron')
  await mkdir(pkg)
  await writeFile(join(pkg, 'install.js'), installScript)
  return pkg
}

test('linux without DISPLAY or WAYLAND_DISPLAY reports no display before looking further', async (t) => {
  const dir = await tempDir(t)
  await fakeBinary(join(dir, 'electron'))
  const result = await ensureElectronRuntime({ platform: 'linux', env: { ELECTRON_OVERRIDE_DIST_PATH: dir }, packageDir: dir })
  assert.deepEqual(result, { ok: false, reason: 'no display' })
})

test('a Wayland display counts as a display', async (t) => {
  const dir = await tempDir(t)
  await fakeBinary(join(dir, 'electron'))
  const result = await ensureElectronRuntime({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0', ELECTRON_OVERRIDE_DIST_PATH: dir }, packageDir: dir })
  assert.deepEqual(result, { ok: true, executable: join(dir, 'electron') })
})

test('ELECTRON_OVERRIDE_DIST_PATH with a binary in it is used as is', async (t) => {
  const dir = await tempDir(t)
  const pkg = await fakePackage(dir, 'throw new Error("install.js must not run")')
  const dist = join(dir, 'override')
  await mkdir(dist)
  await fakeBinary(join(dist, 'electron'))
  const result = await ensureElectronRuntime({ platform: 'linux', env: { ...withDisplay, ELECTRON_OVERRIDE_DIST_PATH: dist }, packageDir: pkg })
  assert.deepEqual(result, { ok: true, executable: join(dist, 'electron') })
})

test('ELECTRON_OVERRIDE_DIST_PATH to an empty folder fails without downloading', async (t) => {
  const dir = await tempDir(t)
  // Would leave a marker if it ran.
  const pkg = await fakePackage(dir, `require('fs').writeFileSync(${JSON.stringify(join(dir, 'ran'))}, '')`)
  const dist = join(dir, 'empty')
  await mkdir(dist)
  const result = await ensureElectronRuntime({ platform: 'linux', env: { ...withDisplay, ELECTRON_OVERRIDE_DIST_PATH: dist }, packageDir: pkg })
  assert.equal(result.ok, false)
  assert.match(!result.ok ? result.reason : '', /ELECTRON_OVERRIDE_DIST_PATH/)
  assert.deepEqual(await readdir(dir), ['electron', 'empty'])
})

test('an installed runtime (path.txt and the binary) is found without running install.js', async (t) => {
  const dir = await tempDir(t)
  const pkg = await fakePackage(dir, 'process.exit(1)')
  await writeFile(join(pkg, 'path.txt'), 'electron')
  await mkdir(join(pkg, 'dist'))
  await fakeBinary(join(pkg, 'dist', 'electron'))
  const result = await ensureElectronRuntime({ platform: 'linux', env: withDisplay, packageDir: pkg })
  assert.deepEqual(result, { ok: true, executable: join(pkg, 'dist', 'electron') })
})

test('path.txt without the binary is not a runtime: the download is tried and its failure reported in one line', async (t) => {
  const dir = await tempDir(t)
  const pkg = await fakePackage(dir, 'console.error(new Error("Response code 404 (Not Found) for https://example.invalid/e.zip").stack); process.exit(1)')
  await writeFile(join(pkg, 'path.txt'), 'electron')
  const result = await ensureElectronRuntime({ platform: 'linux', env: withDisplay, packageDir: pkg })
  assert.deepEqual(result, { ok: false, reason: 'could not download the Electron runtime (Response code 404 (Not Found) for https://example.invalid/e.zip)' })
})

test('a failed fetch is reported by its cause, not as "fetch failed"', async (t) => {
  const dir = await tempDir(t)
  // What install.js does on a network failure: print err.stack, exit 1.
  const pkg = await fakePackage(dir, 'fetch("https://sourcemark-test.invalid/").catch((e) => { console.error(e.stack); process.exit(1) })')
  const result = await ensureElectronRuntime({ platform: 'linux', env: withDisplay, packageDir: pkg })
  assert.equal(result.ok, false)
  assert.match(!result.ok ? result.reason : '', /^could not download the Electron runtime \(getaddrinfo \w+ sourcemark-test\.invalid\)$/)
})

test('a download that hangs is killed at the time limit', async (t) => {
  const dir = await tempDir(t)
  const pkg = await fakePackage(dir, 'setInterval(() => {}, 1000)')
  const started = Date.now()
  const result = await ensureElectronRuntime({ platform: 'linux', env: withDisplay, packageDir: pkg, timeoutMs: 300 })
  assert.deepEqual(result, { ok: false, reason: 'could not download the Electron runtime (timed out after 0.3 s)' })
  assert.ok(Date.now() - started < 5000)
})

test('a successful download is picked up from path.txt', async (t) => {
  const dir = await tempDir(t)
  const pkg = await fakePackage(dir, [
    'const fs = require("fs"), path = require("path")',
    'fs.mkdirSync(path.join(__dirname, "dist"))',
    'fs.writeFileSync(path.join(__dirname, "dist", "electron"), "", { mode: 0o755 })',
    'fs.writeFileSync(path.join(__dirname, "path.txt"), "electron")',
  ].join('\n'))
  const lines: string[] = []
  const result = await ensureElectronRuntime({ platform: 'linux', env: withDisplay, packageDir: pkg, log: (line) => lines.push(line) })
  assert.deepEqual(result, { ok: true, executable: join(pkg, 'dist', 'electron') })
  assert.equal(lines.length, 1)
})
