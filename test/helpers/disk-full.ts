// Loaded into a child process (node --import) to make its disk "full" on
// demand: while the file named by SOURCEMARK_TEST_DISK_FULL exists, every
// write through a file handle, and every writeSync (a journal's append),
// the store's ways to write, puts down half its bytes and then fails with
// ENOSPC, as a disk that fills up in the middle of a write does. A small tmpfs would do it for real, but mounting
// one needs privileges a test run does not have.

import fs, { existsSync } from 'node:fs'
import fsp, { type FileHandle } from 'node:fs/promises'
import { syncBuiltinESMExports } from 'node:module'

const flag = process.env.SOURCEMARK_TEST_DISK_FULL
const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' })

// FileHandle is not exported: its prototype is patched at the first open.
function patch(proto: FileHandle): void {
  // Called with the handle's own arguments, whichever overload they are.
  const write = proto.write as (this: FileHandle, ...args: unknown[]) => Promise<unknown>
  const writeFile = proto.writeFile
  Object.assign(proto, {
    async write(this: FileHandle, buffer: Uint8Array, offset = 0, length = buffer.length - offset, position?: number | null) {
      if (!existsSync(flag!)) return write.call(this, buffer, offset, length, position)
      if (length > 1) await write.call(this, buffer, offset, Math.floor(length / 2), position)
      throw full()
    },
    async writeFile(this: FileHandle, data: string | Uint8Array, options?: unknown) {
      if (!existsSync(flag!)) return writeFile.call(this, data, options as never)
      if (data.length > 1) await writeFile.call(this, data.slice(0, Math.floor(data.length / 2)))
      throw full()
    },
  })
}

if (flag) {
  // The store calls it as (fd, buffer, offset, length, position).
  const writeSync = fs.writeSync as (fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null) => number
  fs.writeSync = ((fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null) => {
    if (!existsSync(flag)) return writeSync(fd, buffer, offset, length, position)
    if (length > 1) writeSync(fd, buffer, offset, Math.floor(length / 2), position)
    throw full()
  }) as typeof fs.writeSync
  const open = fsp.open
  let patched = false
  fsp.open = async (...args: Parameters<typeof open>) => {
    const handle = await open(...args)
    if (!patched) {
      patched = true
      patch(Object.getPrototypeOf(handle) as FileHandle)
    }
    return handle
  }
  syncBuiltinESMExports()
}
