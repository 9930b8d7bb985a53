// The search index's cache file (search-index.bin): "SMIX", the header's
// length in bytes, the header (UTF-8 JSON), zeros up to a multiple of 4,
// then the postings as 32-bit little-endian numbers. Loading reads the file
// and looks at the postings where they lie: nothing to parse but the header.
// Written aside and renamed into place: a crash leaves the old file or the
// new one, and either is checked when read (LibraryIndex.load); the temp
// file a crash leaves is removed when the cache is next written.

import { open, readFile, rename } from 'node:fs/promises'
import { endianness } from 'node:os'
import { basename, dirname } from 'node:path'
import { removeLeftTemps } from '../write-aside.ts'
import { LibraryIndex } from '../../shared/library/search-index.ts'
import { inSteps, turnsEvery, type Pause } from './turns.ts'

const MAGIC = 'SMIX'
// The postings are the machine's own numbers; a big-endian one builds anew.
const LITTLE = endianness() === 'LE'

// Read in steps (pause between them): see turns.ts.
export async function readIndexFile(file: string, pause: Pause = turnsEvery()): Promise<LibraryIndex> {
  const bytes = await readFile(file)
  if (!LITTLE || bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a search index file')
  const headerLength = bytes.readUInt32LE(4)
  const headerEnd = 8 + headerLength
  const postingsStart = Math.ceil(headerEnd / 4) * 4
  if (postingsStart > bytes.length || (bytes.length - postingsStart) % 4 !== 0) throw new Error('search index file cut short')
  const header = bytes.toString('utf8', 8, headerEnd)
  // A view needs its start on a multiple of 4 in the buffer; copied when not.
  const at = bytes.byteOffset + postingsStart
  const count = (bytes.length - postingsStart) / 4
  const postings = at % 4 === 0
    ? new Uint32Array(bytes.buffer, at, count)
    : new Uint32Array(bytes.buffer.slice(at, at + count * 4))
  return inSteps(LibraryIndex.loading(header, postings), pause)
}

// In pieces, letting other work in between.
export async function writeIndexFile(file: string, index: LibraryIndex): Promise<void> {
  const { header, postings } = index.snapshot()
  const headerBytes = Buffer.from(header, 'utf8')
  const start = Buffer.alloc(8)
  start.write(MAGIC, 0, 'latin1')
  start.writeUInt32LE(headerBytes.length, 4)
  const padding = Buffer.alloc((4 - ((8 + headerBytes.length) % 4)) % 4)
  const temp = `${file}.${process.pid}.tmp`
  // One left by a kill while writing is a whole index's size: not kept.
  await removeLeftTemps(dirname(file), new RegExp(`^${basename(file).replace(/\./g, '\\.')}\\.(\\d+)\\.tmp$`))
  const handle = await open(temp, 'w')
  try {
    await handle.write(Buffer.concat([start, headerBytes, padding]))
    // About 1 MB at a time.
    let piece: Uint32Array[] = []
    let size = 0
    const flush = async () => {
      await handle.write(Buffer.concat(piece.map((p) => new Uint8Array(p.buffer, p.byteOffset, p.byteLength))))
      piece = []
      size = 0
    }
    for (const p of postings) {
      piece.push(p)
      size += p.length
      if (size >= 1 << 18) await flush()
    }
    if (size > 0) await flush()
  } finally {
    await handle.close()
  }
  await rename(temp, file)
}
