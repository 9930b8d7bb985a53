// Loaded into a child process (node --import) to make the disk refuse to
// flush on demand: while the file named by SOURCEMARK_TEST_FLUSH_FAILS
// exists, every fsync (through a file handle or a descriptor) fails with EIO after the
// writes before it went in whole, as a failing disk's does; while the file
// named by SOURCEMARK_TEST_TRUNCATE_FAILS exists, cutting a file short
// fails too. With SOURCEMARK_TEST_FLUSH_FAILS_ON=folders only the flush of
// a folder (after a rename in it) fails. (A real failing disk cannot be
// had in a test run.) Loaded with --import, or imported after setting them.

import fs, { existsSync, statSync } from 'node:fs'
import fsp, { type FileHandle } from 'node:fs/promises'
import { syncBuiltinESMExports } from 'node:module'

const flush = process.env.SOURCEMARK_TEST_FLUSH_FAILS
const cut = process.env.SOURCEMARK_TEST_TRUNCATE_FAILS
const foldersOnly = process.env.SOURCEMARK_TEST_FLUSH_FAILS_ON === 'folders'
const folders = new WeakSet<FileHandle>()
const failed = (syscall: string) => Object.assign(new Error(`EIO: i/o error, ${syscall}`), { code: 'EIO', errno: -5, syscall })

// FileHandle is not exported: its prototype is patched at the first open.
function patch(proto: FileHandle): void {
  const sync = proto.sync
  const truncate = proto.truncate
  Object.assign(proto, {
    async sync(this: FileHandle) {
      if (flush && existsSync(flush) && (!foldersOnly || folders.has(this))) throw failed('fsync')
      return sync.call(this)
    },
    async truncate(this: FileHandle, length?: number) {
      if (cut && existsSync(cut)) throw failed('ftruncate')
      return truncate.call(this, length)
    },
  })
}

// A journal's append flushes its descriptor (fs.fsync / fs.fdatasync) and
// cuts a failed line back with fs.ftruncateSync: those fail the same way.
type Flush = (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => void
function failing(real: Flush, syscall: string): Flush {
  return (fd, done) => {
    if (flush && existsSync(flush) && !foldersOnly) {
      process.nextTick(done, failed(syscall))
      return
    }
    real(fd, done)
  }
}

if (flush) {
  fs.fsync = failing(fs.fsync, 'fsync') as typeof fs.fsync
  fs.fdatasync = failing(fs.fdatasync, 'fdatasync') as typeof fs.fdatasync
  const ftruncateSync = fs.ftruncateSync
  fs.ftruncateSync = ((fd: number, length?: number) => {
    if (cut && existsSync(cut)) throw failed('ftruncate')
    ftruncateSync(fd, length)
  })
  const open = fsp.open
  let patched = false
  fsp.open = async (...args: Parameters<typeof open>) => {
    const handle = await open(...args)
    if (foldersOnly && statSync(args[0], { throwIfNoEntry: false })?.isDirectory()) folders.add(handle)
    if (!patched) {
      patched = true
      patch(Object.getPrototypeOf(handle) as FileHandle)
    }
    return handle
  }
  syncBuiltinESMExports()
}
