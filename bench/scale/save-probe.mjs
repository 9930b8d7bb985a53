// Loaded into the app's server by bench/reader-add.ts --server (node
// --import, with SOURCEMARK_SAVE_PROBE naming a file): for each
// createAnnotation request, when it reached the server, when the flushes
// (fdatasync and fsync, and a file handle's sync and datasync: a new
// journal's folder) made while it was under way began and ended, and when
// its answer was handed to the socket, on the clock the page uses
// (performance.timeOrigin + now, ms since the epoch). One JSON line a save,
// appended synchronously. Only the bench loads it: the app is unchanged.

import fs from 'node:fs'
import http from 'node:http'
import { performance } from 'node:perf_hooks'

const out = process.env.SOURCEMARK_SAVE_PROBE
const now = () => performance.timeOrigin + performance.now()
// The saves under way, each with the flushes begun while it was.
const open = new Set()

// A flush begun now, told to the saves under way.
function begin(name) {
  const flush = { name, start: now(), end: 0 }
  for (const save of open) save.flushes.push(flush)
  return flush
}

if (out) {
  for (const name of ['fdatasync', 'fsync']) {
    const real = fs[name]
    fs[name] = (fd, callback) => {
      const flush = begin(name)
      real(fd, (...args) => { flush.end = now(); callback(...args) })
    }
  }
  // FileHandle is not exported: taken from a handle.
  const handle = await fs.promises.open(process.execPath, 'r')
  const FileHandle = Object.getPrototypeOf(handle)
  await handle.close()
  for (const name of ['sync', 'datasync']) {
    const real = FileHandle[name]
    FileHandle[name] = async function (...args) {
      const flush = begin(`handle.${name}`)
      try {
        return await real.apply(this, args)
      } finally {
        flush.end = now()
      }
    }
  }
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (event, req, res) {
    if (event === 'request' && req.url === '/api/createAnnotation') {
      const save = { arrived: now(), flushes: [], answered: 0 }
      open.add(save)
      const end = res.end
      res.end = function (...args) {
        save.answered = now()
        open.delete(save)
        fs.appendFileSync(out, `${JSON.stringify(save)}\n`)
        return end.apply(this, args)
      }
    }
    return emit.apply(this, arguments)
  }
}
