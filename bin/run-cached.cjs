// Runs a CommonJS bundle as require() would, with V8's code cache kept
// beside it: compiling the 2 MB CLI bundle is most of the server's start
// before it prints its address (60-280 ms of CPU, by the load; with the
// cache, 6-10 ms). Node 20 has no compile cache of its own (22 has).
//
// The cache is named after the bundle's size and time, so a rebuilt bundle
// never meets an old cache (V8 itself checks only the source's length, its
// own version and flags, and rejects what does not match). It is written
// once, after a start that had none or had it rejected: a few seconds in,
// or at exit if that comes first, so the functions the start compiled
// lazily are in it too. A folder that cannot be written (an installed
// copy) only means no cache.

const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs')
const Module = require('node:module')
const { dirname } = require('node:path')
const vm = require('node:vm')

// After the start's own work, off its path (a short command exits first).
const WRITE_AFTER_MS = 5000

function runCached(file) {
  const { size, mtimeMs } = statSync(file)
  const cachePath = `${file}.${size}-${Math.trunc(mtimeMs)}.v8cache`
  let cachedData
  try {
    cachedData = readFileSync(cachePath)
  } catch {
    cachedData = undefined
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData })
  if (!cachedData || script.cachedDataRejected) {
    let written = false
    const write = () => {
      if (written) return
      written = true
      try {
        const temp = `${cachePath}.${process.pid}.tmp`
        writeFileSync(temp, script.createCachedData())
        renameSync(temp, cachePath)
      } catch {
        // No cache: the next start compiles, as this one did.
      }
    }
    setTimeout(write, WRITE_AFTER_MS).unref()
    process.once('exit', write)
  }
  const module = new Module(file, require.main)
  module.filename = file
  module.paths = Module._nodeModulePaths(dirname(file))
  const run = script.runInThisContext({ displayErrors: true })
  run.call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file))
  module.loaded = true
}

module.exports = { runCached }
