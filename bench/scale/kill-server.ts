// The real server (the built app, as the scale suite runs it) killed and
// started again on a kept library, for the kill benchmark (kill.ts).

import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { checkDataDir } from '../../test/helpers/data-dir-check.ts'
import { startServer, type ServerClient } from './server-client.ts'

export interface Restarted { client: ServerClient; printedMs: number; answeredMs: number }

// SIGKILL: no handler runs.
export async function killServer(client: ServerClient): Promise<void> {
  const { server } = client
  if (server.exitCode !== null || server.signalCode !== null) throw new Error(`the server had already exited (${server.exitCode ?? server.signalCode})`)
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill('SIGKILL')
  await exited
}

// Started again after a kill: to its address, and to the library listed.
export async function restart(dir: string): Promise<Restarted> {
  const t0 = performance.now()
  const client = await startServer(dir, { stderr: 'ignore' })
  await client.call('listDocuments')
  return { client, printedMs: client.printedMs, answeredMs: performance.now() - t0 }
}

// Each document's files (snapshot, journal, backups) by inode, size and
// modification time: a file written again, or appended to, shows.
export async function documentStamps(dir: string): Promise<Map<string, string>> {
  const stamps = new Map<string, string>()
  for (const name of (await readdir(join(dir, 'documents'))).sort()) {
    if (name.endsWith('.tmp')) continue
    const id = name.replace(/\.(json|journal\.jsonl)(\.bak)?$/, '')
    const s = await stat(join(dir, 'documents', name), { bigint: true }).catch(() => null)
    stamps.set(id, `${stamps.get(id) ?? ''} ${name} ${s?.ino} ${s?.size} ${s?.mtimeNs}`)
  }
  return stamps
}

// Ids whose files differ between two digests.
export function changedDocuments(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const ids = new Set([...before.keys(), ...after.keys()])
  return [...ids].filter((id) => before.get(id) !== after.get(id))
}

// Every file of the folder parses and passes its schema, every
// acknowledged annotation on disk (test/helpers/data-dir-check.ts); ms.
// only: the documents to read (the others unchanged since a whole check).
export async function diskChecked(dir: string, expected: ReadonlyMap<string, ReadonlySet<string>>, only?: ReadonlySet<string>): Promise<{ files: number; ms: number }> {
  const t0 = performance.now()
  const files = await checkDataDir(dir, expected, { allowSearchCache: true, ...(only ? { only } : {}) })
  return { files, ms: performance.now() - t0 }
}
