// A save that starts a file (a document's first journal line of a session)
// flushes its bytes and its name in the folder at the same time, not one
// after the other, and answers once both are on disk (durable-file.ts).
// Real files; fsync and the folder's sync are watched, not replaced.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import { open, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { appendDurably } from '../../electron/store/durable-file.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('new-file-flush')

async function watched<T>(run: (seen: string[]) => Promise<T>, { holdFileUntilFolder = false } = {}): Promise<T> {
  const dir = await open('.', 'r')
  const proto = Object.getPrototypeOf(dir) as { sync(): Promise<void> }
  await dir.close()
  const realSync = proto.sync
  const realFsync = fs.fsync
  const seen: string[] = []
  let folderStarted!: () => void
  const folder = new Promise<void>((resolve) => { folderStarted = resolve })
  proto.sync = function (this: unknown) {
    seen.push('folder flush started')
    folderStarted()
    return realSync.call(this).finally(() => seen.push('folder flushed'))
  }
  fs.fsync = ((fd: number, done: (error: Error | null) => void) => {
    seen.push('file flush started')
    const go = () => realFsync(fd, (error) => { seen.push('file flushed'); done(error) })
    if (holdFileUntilFolder) void folder.then(go)
    else go()
  }) as typeof fs.fsync
  try {
    return await run(seen)
  } finally {
    proto.sync = realSync
    fs.fsync = realFsync
  }
}

test('a new file\'s bytes and its name in the folder are flushed together, and the append answers after both', async () => {
  const file = join(await tempDir(), 'doc.journal.jsonl')
  // The file's flush is held until the folder's has begun: flushed one
  // after the other, the append would never finish.
  const result = await watched(async (seen) => {
    const appended = appendDurably(file, '{"seq":1}\n')
    let timer: ReturnType<typeof setTimeout> | undefined
    const stuck = new Promise<'stuck'>((resolve) => { timer = setTimeout(() => resolve('stuck'), 30_000) })
    const outcome = await Promise.race([appended, stuck])
    clearTimeout(timer)
    return { outcome, seen: [...seen] }
  }, { holdFileUntilFolder: true })
  assert.notEqual(result.outcome, 'stuck', 'the folder\'s flush waited for the file\'s')
  assert.ok(result.outcome && typeof result.outcome === 'object')
  assert.deepEqual(result.seen.slice(0, 2).sort(), ['file flush started', 'folder flush started'])
  assert.ok(result.seen.includes('file flushed') && result.seen.includes('folder flushed'), 'answered after both')
  assert.equal(await readFile(file, 'utf8'), '{"seq":1}\n')
})

test('an append to a file already there flushes its data only, not the folder', async () => {
  const file = join(await tempDir(), 'doc.journal.jsonl')
  await appendDurably(file, '{"seq":1}\n')
  const seen = await watched(async (seen) => {
    await appendDurably(file, '{"seq":2}\n', Buffer.byteLength('{"seq":1}\n'), true)
    return [...seen]
  })
  assert.deepEqual(seen, [], 'fdatasync, no fsync and no folder flush')
  assert.equal(await readFile(file, 'utf8'), '{"seq":1}\n{"seq":2}\n')
})
