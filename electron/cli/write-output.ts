// Where an export goes: standard output (no -o, or "-o -"), or a file that
// must not exist yet unless --force says to replace it. The export is
// written whole to a temp file beside it first, then put in place (a hard
// link, which fails if the name was taken meanwhile, or with --force a
// rename): a disk that fills up half way leaves the file that was there,
// never a cut-off export in its place. The temp file is flushed before it
// is put in place (a power cut after a rename of unflushed data can leave
// an empty file where the old export was), and temp files that an export
// killed before it finished left beside the same name are removed.

import { randomBytes } from 'node:crypto'
import { link, open, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

class OutputExists extends Error {}

export function toStandardOutput(output: string | undefined): boolean {
  return output === undefined || output === '-'
}

export async function writeOutput(text: string, output: string, force: boolean): Promise<void> {
  const temp = `${output}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
  await removeLeftTemps(output)
  try {
    await writeFlushed(temp, text)
    if (force) await rename(temp, output)
    else await placeNew(temp, output, text)
  } catch (error) {
    if (error instanceof OutputExists) throw error
    throw new Error(`cannot write ${output}: ${outputWords(error, output)}`)
  } finally {
    await rm(temp, { force: true }).catch(() => {})
  }
}

async function writeFlushed(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx')
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
}

// "<name>.<pid>-<8 hex>.tmp" of an export whose process is gone (killed
// before it could remove it); one of a running export is left alone.
async function removeLeftTemps(output: string): Promise<void> {
  const name = basename(output)
  const entries = await readdir(dirname(output)).catch(() => [])
  for (const entry of entries) {
    if (!entry.startsWith(`${name}.`)) continue
    const match = /^(\d+)-[0-9a-f]{8}\.tmp$/.exec(entry.slice(name.length + 1))
    if (match && !alive(Number(match[1]))) await rm(join(dirname(output), entry), { force: true }).catch(() => {})
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

// The temp file linked in under its name, refused if that is taken; where
// the file system has no hard links, written in place with O_EXCL.
async function placeNew(temp: string, output: string, text: string): Promise<void> {
  try {
    await link(temp, output)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new OutputExists(`${output} already exists; add --force to replace it`)
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error
    try {
      await writeFile(output, text, { encoding: 'utf8', flag: 'wx' })
    } catch (inPlace) {
      if ((inPlace as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputExists(`${output} already exists; add --force to replace it`)
      throw inPlace
    }
  }
}

function outputWords(error: unknown, output: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT': return `the folder ${dirname(output)} does not exist`
    case 'ENOTDIR': return `part of the path ${dirname(output)} is a file, not a folder`
    case 'EISDIR': return 'it is a folder'
    case 'EACCES':
    case 'EPERM': return `you may not write in ${dirname(output)}`
    case 'EROFS': return 'that disk is read-only'
    case 'ENOSPC': return 'the disk is full; nothing was written'
    case 'EDQUOT': return 'your disk quota is used up; nothing was written'
    case 'EFBIG': return 'the file would be larger than this system allows; nothing was written'
    default: return (error as Error).message
  }
}
