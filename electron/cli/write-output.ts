// Where an export goes: standard output (no -o, or "-o -"), or a file that
// must not exist yet unless --force says to replace it. The file is opened
// with O_EXCL ("wx"), so nothing that appears meanwhile is overwritten either.

import { writeFile } from 'node:fs/promises'

class OutputExists extends Error {}

export function toStandardOutput(output: string | undefined): boolean {
  return output === undefined || output === '-'
}

export async function writeOutput(text: string, output: string, force: boolean): Promise<void> {
  try {
    await writeFile(output, text, { encoding: 'utf8', flag: force ? 'w' : 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputExists(`${output} already exists; add --force to replace it`)
    throw new Error(`cannot write ${output}: ${(error as Error).message}`)
  }
}
